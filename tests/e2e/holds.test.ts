import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { mainNav, signInAndWait as signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;
const rpcSignIn = web.signInOverRpc;

async function setHoldExpiry(minutes: number): Promise<void> {
  await rpcSignIn('系统管理员', '900000');
  const saved = await rpc('settings.update', { holdExpiryMinutes: minutes });
  expect(saved).toMatchObject({ ok: true, data: { holdExpiryMinutes: minutes } });
  await rpc('auth.signOut');
}

/** Hands the shared PC to the next person: Ctrl+L locks, they sign in. */
async function switchTo(page: Page, name: string, pin: string): Promise<void> {
  await page.keyboard.press('Control+l');
  await expect.poll(() => page.getByRole('heading', { name: '屏幕已锁定' }).isVisible()).toBe(true);
  await signIn(page, name, pin);
}

const nav = mainNav;

/** A project of several buildings shows one at a time: picks one in the building selector 楼栋. */
async function chooseBuilding(page: Page, building: string): Promise<void> {
  await page.getByLabel('楼栋', { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: building })
    .first()
    .click();
}
/**
 * A consultant reads no board (000:719-721): they ask whether a named unit is free and, when it
 * is, ask to hold it from the answer.
 */
async function askAndRequest(page: Page, label: string, customer: string, phone: string): Promise<void> {
  await page.getByRole('combobox', { name: '房源' }).click();
  await page.keyboard.type(label.split('-').pop()!);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: label })
    .first()
    .click();
  await page.getByRole('button', { name: '询问', exact: true }).click();
  const answer = page.getByRole('status').filter({ hasText: `${label}：可售` });
  await expect.poll(() => answer.isVisible()).toBe(true);
  await answer.getByRole('button', { name: '申请销控' }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`申请销控 ${label}`) });
  await dialog.getByLabel('客户姓名').fill(customer);
  await dialog.getByLabel('客户电话').fill(phone);
  await dialog.getByLabel('客户电话').press('Enter');
  const mine = page.getByRole('row').filter({ hasText: label });
  await expect.poll(() => mine.filter({ hasText: '待审批' }).isVisible()).toBe(true);
}

const CSV = [
  '楼栋,单元,楼层,房号,户型,面积,总价',
  '2栋,1单元,1,A101,两室两厅,89.50,1880000',
  '2栋,1单元,1,A102,三室两厅,120,abc',
  '2栋,1单元,2,A201,三室两厅,120.00,2500000',
].join('\n');

describe('unit hold control in Chromium', () => {
  test('import units from a CSV; a consultant requests; the manager approves; countdown; a deposit reserves it', async () => {
    const { context, page } = await web.openDesk({ viewport: { width: 1280, height: 900 } });

    await signIn(page, '李经理', '1111');
    await nav(page).getByText('房源', { exact: true }).click();
    await page
      .getByLabel('房源文件')
      .setInputFiles({ name: 'b2.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await expect.poll(() => page.getByText('预览：3 行，可导入 2 行，拒绝 1 行').isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: '总价不是有效金额' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: '导入可导入的行' }).click();
    await expect.poll(() => page.getByLabel('楼栋', { exact: true }).isVisible()).toBe(true);
    await chooseBuilding(page, '2栋');
    await expect.poll(() => page.getByRole('cell', { name: 'A201' }).first().isVisible()).toBe(true);
    await screenshot(page, 'holds-import');

    await switchTo(page, '张伟', '5555');
    await nav(page).getByText('销控表', { exact: true }).click();
    expect(await page.getByRole('tab', { name: '销控表' }).count()).toBe(0);
    await chooseBuilding(page, '2栋');
    await askAndRequest(page, '2栋-1单元-A101', '王先生', '13812345678');

    await switchTo(page, '李经理', '1111');
    await nav(page).getByText('销控表', { exact: true }).click();
    // the manager's tabs come with the page's access answer, which also takes away the
    // consultant's notice above them
    await expect.poll(() => page.getByRole('tab', { name: '销控表' }).isVisible()).toBe(true);
    await page.getByRole('tab', { name: /待审批/ }).click();
    await page.getByRole('button', { name: '批准 2栋-1单元-A101' }).click();
    await page.getByRole('tab', { name: '销控表' }).click();
    await chooseBuilding(page, '2栋');
    const held = page.getByRole('button', { name: 'A101，保留中' });
    await expect.poll(() => held.isVisible()).toBe(true);
    await expect.poll(() => held.getByRole('timer').textContent()).toMatch(/剩余 (30:00|29:\d\d)/);
    await held.scrollIntoViewIfNeeded();
    await screenshot(page, 'holds-board');

    await held.click();
    const actions = page.getByRole('dialog', { name: /2栋-1单元-A101/ });
    await actions.getByRole('button', { name: '登记定金' }).click();
    const deposit = page.getByRole('dialog', { name: '登记定金：2栋-1单元-A101' });
    await deposit.getByLabel('定金金额（元）').fill('50000');
    await deposit.getByText('转账', { exact: true }).click();
    await deposit.getByLabel('收据号').fill('SJ-0001');
    await deposit.getByLabel('定购协议号').fill('DG-0001');
    await deposit.getByLabel('收款人', { exact: true }).click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '李经理' })
      .first()
      .click();
    await deposit.getByLabel('定购协议号').press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'A101，已下定' }).isVisible()).toBe(true);

    await page.getByRole('tab', { name: '销控登记表' }).click();
    await expect.poll(() => page.getByRole('cell', { name: '登记定金' }).isVisible()).toBe(true);
    await screenshot(page, 'holds-register');
    await context.close();
  });

  // 60 s of hold, up to 30 s until the app's background job runs, the board's refresh: a real clock.
  test(
    'the hold expires on its own and the unit is free again, released by the system',
    { timeout: 240_000 },
    async () => {
      await rpc('auth.signOut');
      await setHoldExpiry(1);
      const { context, page } = await web.openPage({ viewport: { width: 1280, height: 900 } });
      try {
        await signIn(page, '张伟', '5555');
        await nav(page).getByText('销控表', { exact: true }).click();
        await askAndRequest(page, '1栋-1单元-602', '赵女士', '13900001111');

        await switchTo(page, '李经理', '1111');
        await nav(page).getByText('销控表', { exact: true }).click();
        await expect.poll(() => page.getByRole('tab', { name: '销控表' }).isVisible()).toBe(true);
        await page.getByRole('tab', { name: /待审批/ }).click();
        await page.getByRole('button', { name: '批准 1栋-1单元-602' }).click();
        await page.getByRole('tab', { name: '销控表' }).click();
        const held = page.getByRole('button', { name: '602，保留中' });
        await expect.poll(() => held.isVisible()).toBe(true);
        await expect.poll(() => held.getByRole('timer').textContent()).toMatch(/剩余 (1:00|0:\d\d)/);

        await expect
          .poll(() => page.getByRole('button', { name: '602，可售' }).isVisible(), {
            timeout: 150_000,
            interval: 2_000,
          })
          .toBe(true);
        expect(await held.isVisible()).toBe(false);
      } finally {
        await context.close();
      }

      // The board frees a lapsed hold at once; the register records the release when the job runs.
      await rpc('auth.signOut');
      await rpcSignIn('李经理', '1111');
      const released = async () => {
        const events = await data('holds.register', { kind: 'released' });
        return events.filter((e) => e.unitLabel === '1栋-1单元-602');
      };
      await expect
        .poll(released, { timeout: 45_000, interval: 2_000 })
        .toEqual([expect.objectContaining({ unitLabel: '1栋-1单元-602', actorName: null })]);
      const board = await data('holds.board');
      expect(board.units.find((u) => u.building === '1栋' && u.room === '602')?.status).toBe('available');
      await rpc('auth.signOut');
      await setHoldExpiry(30);
    },
  );

  test('a deputy’s deposit asks for a discount’s reason and the manager’s PIN only once the price is below the list price', async () => {
    await rpcSignIn('李经理', '1111');
    const board = await data('holds.board');
    const unit = board.units.find((u) => u.building === '1栋' && u.status === 'available')!;
    await rpc('auth.signOut');
    await rpcSignIn('张伟', '5555');
    const pending = await data('holds.request', {
      unitId: unit.id,
      customerName: '王先生',
      customerPhone: '13812345678',
    });
    await rpc('auth.signOut');
    await rpcSignIn('李经理', '1111');
    await data('holds.approve', { holdId: pending.id });

    const { context, page } = await web.openDesk();
    try {
      await signIn(page, '赵副理', '2222');
      await nav(page).getByText('销控表', { exact: true }).click();
      await chooseBuilding(page, '1栋');
      await page.getByRole('button', { name: `${unit.room}，保留中` }).click();
      await page
        .getByRole('dialog', { name: new RegExp(unit.room) })
        .getByRole('button', { name: '登记定金' })
        .click();
      const deposit = page.getByRole('dialog', { name: /^登记定金：/ });
      await expect.poll(() => deposit.getByLabel('成交价（元）').isVisible()).toBe(true);
      // at the list price: nothing of a discount (the fields are in the form, hidden)
      expect(await deposit.getByLabel('优惠原因').isVisible()).toBe(false);
      expect(await deposit.getByLabel('批准优惠的专案经理').isVisible()).toBe(false);
      expect(await deposit.getByLabel('专案经理 PIN（会签优惠）').isVisible()).toBe(false);

      await deposit.getByLabel('成交价（元）').fill(((unit.listPriceFen! - 100_000) / 100).toFixed(2));
      await expect.poll(() => deposit.getByLabel('优惠原因').isVisible()).toBe(true);
      expect(await deposit.getByLabel('批准优惠的专案经理').isVisible()).toBe(true);
      expect(await deposit.getByLabel('专案经理 PIN（会签优惠）').isVisible()).toBe(true);
      await deposit.getByRole('button', { name: '取消' }).click();
    } finally {
      await context.close();
    }
    await rpc('auth.signOut');
  });
});

import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';
import { seeded } from '../support/seeded';

const web = useWebHost();
const { rpc, data } = web;

const row = (page: Page, tag: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });

async function pick(page: Page, label: string, option: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: label }).click();
  await page.keyboard.type(option);
  await page.keyboard.press('Enter');
}

test('the front desk issues and takes back keys in Chromium; a restricted key needs the manager; an overdue key is flagged', async () => {
  const { context, page } = await web.openDesk({ viewport: { width: 1360, height: 860 } });
  await signIn(page, '王芳', '3333');
  await page.getByRole('menuitem', { name: '钥匙' }).click();
  const tag = page.getByLabel('钥匙编号');
  await expect.poll(() => tag.isVisible()).toBe(true);

  // a show-flat key to a consultant, one tag and Enter
  await tag.fill('yba');
  await tag.press('Enter');
  await expect
    .poll(() => page.getByRole('dialog', { name: '借出 YBA 样板房 A 钥匙' }).isVisible())
    .toBe(true);
  await pick(page, '员工', '张伟');
  await page.getByRole('dialog').getByLabel('用途').fill('带客户看样板房');
  await page.getByRole('dialog').getByLabel('用途').press('Enter');
  await expect.poll(() => row(page, 'YBA').first().getByText('张伟').isVisible()).toBe(true);

  // ... and back: the tag and the Return button
  await tag.fill('YBA');
  await page.getByRole('button', { name: /^归\s?还$/ }).click(); // antd spaces two-character labels
  await expect.poll(() => row(page, 'YBA').first().getByText('在位').isVisible()).toBe(true);

  // the sales-control drawer key: refused without a countersign, refused with a wrong PIN, then issued
  expect(
    await rpc('keys.issue', { tag: 'XK', holder: { kind: 'staff', userId: 1 }, purpose: '取认购书' }),
  ).toMatchObject({ ok: false, error: { code: 'COUNTERSIGN_REQUIRED' } });
  await tag.fill('XK');
  await tag.press('Enter');
  const dialog = page.getByRole('dialog', { name: /借出 XK/ });
  await expect.poll(() => dialog.isVisible()).toBe(true);
  await pick(page, '员工', '刘敏');
  await dialog.getByLabel('用途').fill('取认购书');
  await pick(page, '会签经理', '李经理');
  await dialog.getByLabel('会签 PIN').fill('0000');
  await dialog.getByLabel('会签 PIN').press('Enter');
  await expect.poll(() => dialog.getByRole('alert').textContent()).toContain('PIN 或密码错误');
  await screenshot(page, 'keys-countersign');
  await dialog.getByLabel('会签 PIN').fill('1111');
  await dialog.getByLabel('会签 PIN').press('Enter');
  await expect.poll(() => row(page, 'XK').getByText('刘敏').isVisible()).toBe(true);

  // an office key lent to a consultant for a moment, then overdue
  const zhou = (await web.staffIds())('周强');
  await data('keys.issue', {
    tag: 'BGS',
    holder: { kind: 'staff', userId: zhou },
    purpose: '开会议室',
    dueBack: new Date(Date.now() + 1500).toISOString(),
  });
  await page.waitForTimeout(2000);
  await page.getByRole('menuitem', { name: '首页' }).click();
  await page.getByRole('menuitem', { name: '钥匙' }).click();
  await expect.poll(() => row(page, 'BGS').getByText('逾期').isVisible()).toBe(true);
  await expect.poll(() => page.getByText('1 把逾期未还').isVisible()).toBe(true);
  await screenshot(page, 'keys-board');
  await page.getByRole('button', { name: '通知' }).click();
  await expect
    .poll(() => page.getByText('钥匙 BGS（办公室钥匙）第 1 把逾期未还：周强').isVisible())
    .toBe(true);
  await context.close();
});

test('through /rpc: after a random sequence of movements every holder matches a replay of the register', async () => {
  await rpc('auth.signOut');
  const id = await web.staffIds();
  await data('auth.signIn', { userId: id('陈静'), secret: '3344' });
  const random = seeded(7);
  const pickOf = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const keys = (await data('keys.board')).filter((k) => !k.restricted);
  const people = ['张伟', '孙丽', '吴娜', '刘敏'];
  for (let step = 0; step < 80; step++) {
    const key = pickOf(keys);
    const copyNo = 1 + Math.floor(random() * key.copies);
    const op = pickOf(['issue', 'return', 'handOver'] as const);
    if (op === 'issue') {
      await rpc('keys.issue', {
        tag: key.tag,
        copyNo,
        holder: { kind: 'staff', userId: id(pickOf(people)) },
        purpose: '巡检',
      });
    } else if (op === 'return') {
      await rpc('keys.return', { tag: key.tag, copyNo });
    } else {
      await rpc('keys.handOver', { tag: key.tag, copyNo, toUserId: id(pickOf(people)) });
    }
  }
  const movements = await data('keys.movements', { limit: 5000 });
  const replay = new Map<string, string | null>();
  for (const m of movements.sort((a, b) => a.id - b.id)) {
    replay.set(
      `${m.tag}#${m.copyNo}`,
      m.kind === 'issued' || m.kind === 'handed_over' ? m.holder!.name : null,
    );
  }
  let compared = 0;
  for (const k of await data('keys.board')) {
    for (const c of k.copyStates) {
      expect(c.holder?.name ?? null, `${k.tag}#${c.copyNo}`).toBe(replay.get(`${k.tag}#${c.copyNo}`) ?? null);
      compared++;
    }
  }
  expect(compared).toBe(7);
  expect(movements.length).toBeGreaterThan(20);
});

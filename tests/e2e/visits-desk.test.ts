import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DENOMINATIONS_FEN } from '../../shared/contract/dayclose';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { mainNav, signIn, signInAndWait } from './support/desk';
import { useWebHost } from './support/useWebHost';

/**
 * The walk-in and call forms as a new receptionist meets them at 1366×768: what is typed is
 * never guessed at, the named consultant is found by typing, Enter submits.
 */
const web = useWebHost();
const { data, rpc } = web;
const DESK = { width: 1366, height: 768 };

async function openVisits(page: Page): Promise<void> {
  await signInAndWait(page, '王芳', '3333');
  await mainNav(page).getByText('来访登记', { exact: true }).click();
  await expect.poll(() => page.getByLabel('电话', { exact: true }).isVisible()).toBe(true);
}

/** An option of the open antd list (the listbox's role=option nodes are hidden a11y copies). */
const option = (page: Page, name: string) =>
  page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name });

const visitCount = async () => (await data('visits.day', { limit: 500 })).total;

test('the first visitor names a consultant: found by typing pinyin, Enter picks, Enter registers', async () => {
  const idOf = await web.startTheDay();
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await openVisits(page);

  await page.getByLabel('客户称呼').fill('钱女士');
  const named = page.getByRole('combobox', { name: '曾与哪位顾问联系过？' });
  await named.focus();
  await page.keyboard.type('sl'); // 孙丽's initials
  await expect.poll(() => option(page, '孙丽').isVisible()).toBe(true);
  await expect.poll(() => option(page, '张伟').count()).toBe(0);
  await page.keyboard.press('Enter'); // picks 孙丽
  await expect.poll(() => page.locator('.walk-in-receiver').innerText()).toContain('接待顾问：孙丽');
  await page.keyboard.press('Enter'); // the list is closed: submits
  await expect.poll(() => page.getByText('已登记 钱女士，已通知 孙丽 接待').isVisible()).toBe(true);
  const day = await data('visits.day');
  expect(day.visits.map((v) => [v.customer.name, v.consultantName, v.chosenBy])).toEqual([
    ['钱女士', '孙丽', 'named'],
  ]);
  expect(day.visits[0]!.consultantId).toBe(idOf('孙丽'));

  // By characters too, and Enter on the closed list submits a complete form at once.
  await page.getByLabel('客户称呼').fill('周先生');
  await named.focus();
  await page.keyboard.type('吴');
  await expect.poll(() => option(page, '吴娜').isVisible()).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(() => page.locator('.walk-in-receiver').innerText()).toContain('接待顾问：吴娜');
  await page.keyboard.press('Enter');
  await expect.poll(() => page.getByText('已登记 周先生，已通知 吴娜 接待').isVisible()).toBe(true);
  expect(await visitCount()).toBe(2);
  await context.close();
});

test('a party of 0 or 100, a broken phone: an error beside the field, nothing written', async () => {
  await web.startTheDay();
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await openVisits(page);
  const before = await visitCount();
  const party = page.getByLabel('来访人数');
  const form = page.locator('form#walkIn');

  for (const typed of ['0', '100', '-2', '1.5', 'abc']) {
    await page.getByLabel('客户称呼').fill('孙先生');
    await party.fill(typed);
    await party.press('Enter');
    await expect
      .poll(() => form.getByText('来访人数须为 1–50 的整数').isVisible(), { message: typed })
      .toBe(true);
    // what was typed stays as typed: never turned into 1 or 50
    expect(await party.inputValue()).toBe(typed);
  }
  expect(await visitCount()).toBe(before);

  await party.fill('2');
  const area = page.getByLabel('意向面积（㎡）');
  for (const typed of ['0', '-90', '12.5', '九十']) {
    await area.fill(typed);
    await area.press('Enter');
    await expect
      .poll(() => form.getByText('意向面积须为 1–10000 的整数').isVisible(), { message: typed })
      .toBe(true);
    expect(await area.inputValue()).toBe(typed);
  }
  expect(await visitCount()).toBe(before);
  await area.fill('');
  await page.getByLabel('电话', { exact: true }).fill('138123');
  await page.getByLabel('客户称呼').press('Enter');
  await expect.poll(() => form.getByText('电话号码格式不对').isVisible()).toBe(true);
  expect(await visitCount()).toBe(before);
  await context.close();
});

test('a returning visitor recognised by phone: the name is filled in, the manager asked about ownership', async () => {
  await web.startTheDay();
  await data('visits.record', { customerName: '冯女士', phone: '13512345678', channel: '路过' });
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await openVisits(page);
  await page.getByLabel('电话', { exact: true }).fill('135 1234 5678');
  await expect.poll(() => page.getByLabel('客户称呼').inputValue()).toBe('冯女士');
  await expect
    .poll(() => page.locator('.walk-in-proposal').innerText())
    .toMatch(/未说出顾问姓名，按新客户轮排接待.*经理确认归属/);
  // a name typed by the desk is never overwritten
  await page.getByLabel('客户称呼').fill('冯小姐');
  const asked = page.waitForResponse((r) => r.url().endsWith('/rpc/visits.propose'));
  await page.getByLabel('电话', { exact: true }).fill('13512345678');
  await asked; // the recognised customer came back, and the typed name stayed
  expect(await page.getByLabel('客户称呼').inputValue()).toBe('冯小姐');
  await context.close();
});

test('calls have their own channels; the page says 来电渠道', async () => {
  await web.startTheDay();
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await signInAndWait(page, '王芳', '3333');
  await mainNav(page).getByText('来电登记', { exact: true }).click();
  const channel = page.getByRole('combobox', { name: '来电渠道' });
  await expect.poll(() => channel.isVisible()).toBe(true);
  expect(await page.getByText('来访渠道').count()).toBe(0);
  await channel.click();
  await expect.poll(() => option(page, '网络/新媒体').isVisible()).toBe(true);
  expect(await option(page, '路过').count()).toBe(0);
  await page.keyboard.press('Escape');

  await page.getByLabel('电话', { exact: true }).fill('1390000');
  await page.getByLabel('来电人称呼').fill('刘女士');
  await page.getByLabel('来电人称呼').press('Enter');
  await expect.poll(() => page.getByText('电话号码格式不对').isVisible()).toBe(true);
  await page.getByLabel('电话', { exact: true }).fill('13900001234');
  await page.getByLabel('来电人称呼').press('Enter');
  await expect.poll(() => page.getByText('已登记 刘女士 的来电，王芳 接听').isVisible()).toBe(true);
  await context.close();
});

test('the slip’s print button is on screen at 1366×768', async () => {
  await web.startTheDay();
  await data('visits.record', { customerName: '郑先生', channel: '路过', notes: '带两个孩子' });
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await openVisits(page);
  await page.getByRole('button', { name: '打印 郑先生 的来人条' }).click();
  const print = page.getByRole('dialog').getByRole('button', { name: /打\s?印/ });
  await expect.poll(() => print.isVisible()).toBe(true);
  const box = await print.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.y + box!.height).toBeLessThanOrEqual(DESK.height);
  await context.close();
});

test('来人来电分析: the picker shows the dates analysed, the range clear of the figures', async () => {
  await web.startTheDay();
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await signInAndWait(page, '王芳', '3333');
  const today = (await rpc('auth.session')).data!.businessDate;
  await mainNav(page).getByText('来人来电分析', { exact: true }).click();
  const picker = page.getByLabel('日期', { exact: true });
  await expect.poll(() => picker.inputValue()).toBe(today); // not an empty 请选择日期

  const range = page.getByText(`${today} 至 ${today}`);
  const first = page.getByText('新客来访', { exact: true }).first(); // the statistic, above the charts
  const [a, b] = [await range.boundingBox(), await first.boundingBox()];
  const overlap = (x: typeof a, y: typeof b) =>
    !!x && !!y && x.x < y.x + y.width && y.x < x.x + x.width && x.y < y.y + y.height && y.y < x.y + x.height;
  expect(overlap(a, b)).toBe(false);
  expect(b!.y).toBeGreaterThanOrEqual(a!.y + a!.height); // the figures start below the controls

  // The week: the picker names the week, the range its Monday to Sunday.
  await page.getByText('本周', { exact: true }).click();
  await expect
    .poll(() => page.getByText(/\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}/).innerText())
    .not.toBe(`${today} 至 ${today}`);
  expect(await picker.inputValue()).toMatch(/^\d{4}-\d{1,2}周$/);
  await context.close();
});

test('sign-in names are grouped by role, then in pinyin order', async () => {
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  const picker = page.getByRole('radiogroup', { name: '选择您的名字' });
  await expect.poll(() => picker.getByRole('radio').count()).toBeGreaterThan(5);
  const names = await picker
    .getByRole('radio')
    .evaluateAll((radios) =>
      radios.map((r) =>
        r.getAttribute('aria-labelledby')
          ? document.getElementById(r.getAttribute('aria-labelledby')!)!.textContent
          : '',
      ),
    );
  expect(names).toEqual([
    '陈静', // 前台接待员: chen
    '王芳', // wang
    '刘敏', // 客务助理
    '孙丽', // 置业顾问: sun, wu, zhang, zhou
    '吴娜',
    '张伟',
    '周强',
    '赵副理', // 专案副理
    '李经理', // 专案经理
    '钱出纳', // 财务出纳
    '系统管理员',
  ]);
  const groups = await picker.getByRole('group').allInnerTexts();
  expect(groups[0]).toContain('前台接待员');
  // grouped, the names still leave the PIN and the button on screen at 1366×768
  const button = await page.getByRole('button', { name: /登\s?录/ }).boundingBox();
  expect(button!.y + button!.height).toBeLessThanOrEqual(DESK.height);
  await signIn(page, '王芳', '3333');
  await context.close();
});

test('a countersign dialog says how many wrong PINs the picked person may still type', async () => {
  await web.startTheDay();
  const types = await data('tickets.catalogue');
  const twoD = types.types.find((t) => t.name === '2D 电影票')!.id;
  await data('tickets.receive', { typeId: twoD, count: 10, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await signInAndWait(page, '王芳', '3333');
  await mainNav(page).getByText('电影票', { exact: true }).click();
  await page.getByRole('tab', { name: '出入库流水' }).click();
  await page
    .getByRole('button', { name: /^作废 #/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /作废售票记录/ });
  await dialog.getByLabel('作废原因').fill('顾客改期');
  await dialog.getByLabel('会签人', { exact: true }).click();
  await option(page, '李经理').first().click();
  await expect.poll(() => dialog.getByText('李经理 还可输错 5 次，之后将被锁定').isVisible()).toBe(true);
  await dialog.getByLabel('会签人 PIN').fill('0000');
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect.poll(() => dialog.getByText(/PIN 或密码错误/).isVisible()).toBe(true);
  await dialog.getByLabel('会签人 PIN').focus(); // typing again: the count is asked again
  await expect.poll(() => dialog.getByText('李经理 还可输错 4 次，之后将被锁定').isVisible()).toBe(true);
  await context.close();
});

test('the manager’s home counts the slips the consultants have not completed', async () => {
  await web.startTheDay();
  await data('visits.record', { customerName: '郑先生', channel: '路过' });
  // this file's earlier visits are on the same ledger: the home must show them all
  const { total, byConsultant } = await data('visits.incompleteSlips', {});
  expect(total).toBeGreaterThanOrEqual(1);
  await data('auth.signOut');
  const { context, page } = await web.openPage({ viewport: DESK });
  await signInAndWait(page, '李经理', '1111');
  await expect.poll(() => page.getByText(`未填完的来人条：${total} 张`).isVisible()).toBe(true);
  for (const c of byConsultant) {
    expect(await page.getByText(`${c.name}：${c.count} 张`, { exact: true }).isVisible()).toBe(true);
  }
  await context.close();
});

test('after the evening close: a walk-in is logged into the next open date, the party still in the office stays on the list', async () => {
  const idOf = await web.startTheDay();
  const closed = (await rpc('auth.session')).data!.businessDate;
  const staying = await data('visits.record', { customerName: '留在售楼处的孙先生', channel: '路过' });
  // The day is closed (through the host, as the desk would with the three signatures).
  const sign = (name: string, secret: string) => ({ userId: idOf(name), secret });
  // What this file's earlier tests left on the ledger: the cash held, the tickets on hand.
  const prep = await data('dayclose.prepare', { businessDate: closed });
  // blind counts keep the figures off the close: the desk's own cash and the drawer, as counted
  const own = await data('cash.balances', { businessDate: closed });
  const drawer = await data('tickets.stock', {});
  let rest = own.people.reduce((sum, h) => sum + h.balanceFen, 0);
  const pieces: Record<string, number> = {};
  for (const fen of DENOMINATIONS_FEN) {
    if (rest >= fen) pieces[String(fen)] = Math.floor(rest / fen);
    rest %= fen;
  }
  await data('dayclose.countCash', { businessDate: closed, pieces, countersign: sign('钱出纳', '6666') });
  await data('checks.sign', {
    kind: 'closing',
    date: closed,
    items: DEFAULT_SETTINGS.closingChecklist.map((name) => ({ name, ticked: true })),
    signer: sign('王芳', '3333'),
  });
  await data('dayclose.close', {
    businessDate: closed,
    stock: prep.stock.map((line) => ({
      typeId: line.typeId,
      counted: drawer.find((d) => d.typeId === line.typeId)?.onHand ?? 0,
    })),
    signatures: {
      receptionist: sign('王芳', '3333'),
      cashier: sign('钱出纳', '6666'),
      manager: sign('李经理', '1111'),
    },
  });
  await data('auth.signOut');

  const { context, page } = await web.openPage({ viewport: DESK });
  await openVisits(page);
  const table = page.getByRole('table', { name: '今日来访' });
  await expect.poll(() => table.getByText('留在售楼处的孙先生').isVisible()).toBe(true);

  await page.getByLabel('客户称呼').fill('晚来的赵先生');
  await page.getByLabel('客户称呼').press('Enter');
  await expect.poll(() => page.getByText(/^已登记 晚来的赵先生，已通知 .+ 接待$/).isVisible()).toBe(true);
  const day = await data('visits.day');
  expect(day.date > closed).toBe(true);
  const late = day.visits.find((v) => v.customer.name === '晚来的赵先生')!;
  expect(late.businessDate).toBe(day.date);

  // The desk sees the late walk-in listed first before pressing the other party's 已离开: were
  // the list to move the row between the press and the release, the browser would fire no click.
  await expect.poll(() => table.getByText('晚来的赵先生').isVisible()).toBe(true);
  // the party from the closed date leaves: a leaving time on its own date, as for any other
  await page.getByRole('button', { name: '留在售楼处的孙先生 已离开' }).click();
  const leftAt = async () =>
    (await data('visits.day', { date: closed, limit: 500 })).visits.find((v) => v.id === staying.visit.id)
      ?.leftAt ?? null;
  await expect.poll(leftAt).not.toBeNull();
  const record = await data('dayclose.record', { businessDate: closed });
  expect(record?.status).toBe('closed');
  expect(staying.visit.businessDate).toBe(closed);
  await context.close();
});

import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signInAndWait as signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

test('a receptionist receives 50 tickets, sells for cash and WeChat, voids one with a manager PIN, and hands the cash to the cashier', async () => {
  const { context, page } = await web.openDesk({ viewport: { width: 1280, height: 900 } });
  await signIn(page, '王芳', '3333');
  await page.getByRole('navigation', { name: '主导航' }).getByText('电影票', { exact: true }).click();

  // Receive 50 2D tickets from the cinema.
  const receive = page.getByRole('form', { name: '影院送票入库' });
  await choose(page, receive, '票种', '2D 电影票');
  await receive.getByLabel('张数').fill('50');
  await receive.getByLabel('批次').fill('WD-1123');
  await receive.getByRole('button', { name: '入库' }).click();
  await expect.poll(() => page.getByText('已入库 50 张 2D 电影票').isVisible()).toBe(true);

  // Sell 3 for cash, then 2 by WeChat, from the keyboard.
  const sale = page.getByRole('form', { name: '快速售票' });
  await choose(page, sale, '票种', '2D 电影票');
  await sale.getByLabel('张数').fill('3');
  await sale.getByLabel('张数').press('Enter');
  await expect.poll(() => page.getByText('已售出 3 张 2D 电影票，¥105.00').isVisible()).toBe(true);
  await sale.getByLabel('微信').check();
  await sale.getByLabel('张数').fill('2');
  await sale.getByLabel('张数').press('Enter');
  await expect.poll(() => page.getByText('已售出 2 张 2D 电影票，¥70.00').isVisible()).toBe(true);
  const stock = page.getByRole('table', { name: '库存' });
  await expect.poll(() => stock.getByRole('row', { name: /2D 电影票/ }).innerText()).toMatch(/\b45\b/);
  await screenshot(page, 'tickets-desk');

  // Her cash balance: only the cash sale.
  await page.getByRole('tab', { name: '票款保管' }).click();
  const balances = page.getByRole('table', { name: '个人保管的票款' });
  await expect.poll(() => balances.getByRole('row', { name: /王芳/ }).innerText()).toMatch(/¥105\.00/);

  // Void the WeChat sale, the manager countersigning in the same dialog.
  await page.getByRole('tab', { name: '出入库流水' }).click();
  await page
    .getByRole('button', { name: /^作废 #/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog', { name: /作废售票记录/ });
  // The dialog shows the sale being voided: type, count, amount, payment and seller.
  const voiding = dialog.getByLabel('要作废的售票');
  await expect
    .poll(() => voiding.innerText())
    .toMatch(/2D 电影票[\s\S]*2[\s\S]*¥70\.00[\s\S]*微信[\s\S]*王芳/);
  await dialog.getByLabel('作废原因').fill('顾客改期');
  await choose(page, dialog, '会签人', '李经理');
  await dialog.getByLabel('会签人 PIN').fill('1111');
  await dialog.getByRole('button', { name: '作废' }).click();
  await expect.poll(() => page.getByText('已作废', { exact: true }).first().isVisible()).toBe(true);
  await screenshot(page, 'tickets-movements');

  // Hand the day's cash to the cashier, who countersigns with her PIN.
  await page.getByRole('tab', { name: '票款保管' }).click();
  await page.getByRole('button', { name: '交出纳' }).click();
  const hand = page.getByRole('dialog', { name: '把今天的票款交给财务出纳' });
  await expect.poll(() => hand.getByText('账面应交：¥105.00').isVisible()).toBe(true);
  await hand.getByLabel('实点金额（元）').fill('105.00');
  await choose(page, hand, '出纳', '钱出纳');
  await hand.getByLabel('出纳 PIN').fill('6666');
  await hand.getByRole('button', { name: '交出纳' }).click();
  await expect.poll(() => page.getByText('已交接 ¥105.00').isVisible()).toBe(true);
  await expect.poll(() => balances.getByRole('row', { name: /王芳/ }).innerText()).toMatch(/¥0\.00/);
  await screenshot(page, 'tickets-cash');
  await context.close();

  // The main process agrees.
  await rpc('auth.signIn', { userId: await userId('李经理'), secret: '1111' });
  const stockNow = await data('tickets.stock');
  expect(stockNow.find((l) => l.name === '2D 电影票')?.onHand).toBe(47);
  const transfers = await data('cash.transfers');
  expect(transfers[0]).toMatchObject({ toName: '钱出纳', amountFen: 10500 });
  await rpc('auth.signOut');
});

test('the receptionist sells, the assistant stands in and hands her cash over, and the cashier receives the day; every balance equals our arithmetic', async () => {
  await rpc('auth.signOut');
  // What the ledger holds before this scenario (the first one left its own figures behind).
  await rpc('auth.signIn', { userId: await userId('李经理'), secret: '1111' });
  const before = await figures();
  await rpc('auth.signOut');
  const PRICE = 4500; // 3D 电影票, fen

  const { context, page } = await web.openPage({ viewport: { width: 1280, height: 900 } });
  const openTickets = () =>
    page.getByRole('navigation', { name: '主导航' }).getByText('电影票', { exact: true }).click();
  const sale = page.getByRole('form', { name: '快速售票' });
  async function sell(count: number, method: '现金' | '微信') {
    await choose(page, sale, '票种', '3D 电影票');
    await sale.getByLabel(method).check();
    await sale.getByLabel('张数').fill(String(count));
    await sale.getByLabel('张数').press('Enter');
    const amount = ((count * PRICE) / 100).toFixed(2);
    await expect
      .poll(() => page.getByText(`已售出 ${count} 张 3D 电影票，¥${amount}`).last().isVisible())
      .toBe(true);
  }
  async function switchTo(name: string, pin: string) {
    await page.getByRole('button', { name: '退出登录' }).click();
    await signIn(page, name, pin);
    await openTickets();
  }

  // 王芳 receives 50 3D tickets, sells 4 for cash and 3 by WeChat.
  await signIn(page, '王芳', '3333');
  await openTickets();
  const receive = page.getByRole('form', { name: '影院送票入库' });
  await choose(page, receive, '票种', '3D 电影票');
  await receive.getByLabel('张数').fill('50');
  await receive.getByRole('button', { name: '入库' }).click();
  await expect.poll(() => page.getByText('已入库 50 张 3D 电影票').isVisible()).toBe(true);
  await sell(4, '现金');
  await sell(3, '微信');

  // 刘敏 stands in (替岗) and sells 2 for cash, then 1 by WeChat.
  await switchTo('刘敏', '4444');
  await sell(2, '现金');
  await sell(1, '微信');

  // At the next shift she hands her ticket cash to 王芳, who types her PIN in the same dialog.
  await page.getByRole('tab', { name: '票款保管' }).click();
  const balances = page.getByRole('table', { name: '个人保管的票款' });
  await expect.poll(() => balances.getByRole('row', { name: /刘敏/ }).innerText()).toMatch(/¥90\.00/);
  await page.getByRole('button', { name: '票款交给前台' }).click();
  const transfer = page.getByRole('dialog', { name: '把票款交给前台接待员' });
  await transfer.getByLabel('金额（元）').fill('90.00');
  await choose(page, transfer, '接收人（前台接待员）', '王芳');
  await transfer.getByLabel('接收人 PIN').fill('3333');
  await transfer.getByRole('button', { name: '票款交给前台' }).click();
  await expect.poll(() => page.getByText('已交接 ¥90.00').isVisible()).toBe(true);
  await expect.poll(() => balances.getByRole('row', { name: /刘敏/ }).innerText()).toMatch(/¥0\.00/);

  // 王芳 hands the day's ticket cash to the cashier, counted, 钱出纳 countersigning.
  await switchTo('王芳', '3333');
  await page.getByRole('tab', { name: '票款保管' }).click();
  const herDay = before.balances['王芳']! + 4 * PRICE + 2 * PRICE;
  const herDayYuan = (herDay / 100).toFixed(2);
  await page.getByRole('button', { name: '交出纳' }).click();
  const hand = page.getByRole('dialog', { name: '把今天的票款交给财务出纳' });
  await expect.poll(() => hand.getByText(`账面应交：¥${herDayYuan}`).isVisible()).toBe(true);
  await hand.getByLabel('实点金额（元）').fill(herDayYuan);
  await choose(page, hand, '出纳', '钱出纳');
  await hand.getByLabel('出纳 PIN').fill('6666');
  await hand.getByRole('button', { name: '交出纳' }).click();
  await expect.poll(() => page.getByText(`已交接 ¥${herDayYuan}`).isVisible()).toBe(true);
  await screenshot(page, 'tickets-handover');

  // The register downloads as .xlsx in the browser; its last row is the stand-in's WeChat sale.
  await page.getByRole('tab', { name: '出入库流水' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^电影票流水_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0]!;
  const last = sheet.getRow(sheet.rowCount);
  expect([5, 6, 8, 9, 10].map((c) => last.getCell(c).value)).toEqual([
    '售出',
    -1,
    PRICE / 100,
    '微信',
    '刘敏',
  ]);
  await context.close();

  // The manager reads every balance through /rpc; each equals our own arithmetic.
  await rpc('auth.signIn', { userId: await userId('李经理'), secret: '1111' });
  const after = await figures();
  expect(after.stock['3D 电影票']).toBe(before.stock['3D 电影票']! + 50 - 4 - 3 - 2 - 1);
  expect(after.stock['2D 电影票']).toBe(before.stock['2D 电影票']);
  expect(after.balances['王芳']).toBe(0);
  expect(after.balances['刘敏'] ?? 0).toBe(0);
  expect(after.balances['钱出纳'] ?? 0).toBe(before.balances['钱出纳'] ?? 0); // received, not held as ticket cash
  expect(after.totalFen).toBe(before.totalFen - before.balances['王芳']! - (before.balances['刘敏'] ?? 0));
  const transfers = await data('cash.transfers');
  expect(transfers.slice(0, 2)).toMatchObject([
    {
      kind: 'to_cashier',
      fromName: '王芳',
      toName: '钱出纳',
      expectedFen: herDay,
      amountFen: herDay,
      varianceFen: 0,
    },
    { kind: 'to_colleague', fromName: '刘敏', toName: '王芳', amountFen: 2 * PRICE },
  ]);
  const sales = await data('tickets.movements', { kind: 'sold', limit: 4 });
  expect(sales.map((m) => [m.actorName, m.paymentMethod, m.amountFen])).toEqual([
    ['刘敏', 'wechat', PRICE],
    ['刘敏', 'cash', 2 * PRICE],
    ['王芳', 'wechat', 3 * PRICE],
    ['王芳', 'cash', 4 * PRICE],
  ]);
  await rpc('auth.signOut');
});

/** Stock per type and ticket cash per person, by name, as the signed-in manager sees them. */
async function figures() {
  const stock = await data('tickets.stock');
  const cash = await data('cash.balances');
  return {
    stock: Object.fromEntries(stock.map((l) => [l.name, l.onHand])) as Record<string, number>,
    balances: Object.fromEntries(cash.people.map((p) => [p.name, p.balanceFen])) as Record<string, number>,
    totalFen: cash.totalFen,
  };
}

async function userId(name: string): Promise<number> {
  return (await web.staffIds())(name);
}

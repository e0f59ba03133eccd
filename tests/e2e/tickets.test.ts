import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchChromium } from './support/browser';
import { screenshot } from './support/screenshots';
import { startWebHost, type RunningHost } from './support/webHost';

let host: RunningHost;
let browser: Browser;

beforeAll(async () => {
  host = await startWebHost({ demo: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

async function rpc(channel: string, input: unknown = {}): Promise<{ ok: boolean; data?: unknown }> {
  const res = await fetch(`${host.origin}/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sitedesk-token': host.token },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; data?: unknown };
}

async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).check();
  await page.getByLabel('PIN 码').fill(pin);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect.poll(() => page.getByTitle(`当前用户：${name}`).isVisible()).toBe(true);
}

/** Opens an antd Select by its label and picks an option by its text. */
async function choose(page: Page, scope: ReturnType<Page['locator']> | Page, label: string, option: string) {
  await scope.getByLabel(label, { exact: true }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

test('a receptionist receives 50 tickets, sells for cash and WeChat, voids one with a manager PIN, and hands the cash to the cashier', async () => {
  await rpc('auth.signOut');
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(host.url);
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
  const stockNow = (await rpc('tickets.stock')).data as { name: string; onHand: number }[];
  expect(stockNow.find((l) => l.name === '2D 电影票')?.onHand).toBe(47);
  const transfers = (await rpc('cash.transfers')).data as { toName: string; amountFen: number }[];
  expect(transfers[0]).toMatchObject({ toName: '钱出纳', amountFen: 10500 });
  await rpc('auth.signOut');
});

async function userId(name: string): Promise<number> {
  const roster = (await rpc('auth.roster')).data as { id: number; name: string }[];
  return roster.find((u) => u.name === name)!.id;
}

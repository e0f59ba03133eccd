import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { signIn } from './support/desk';
import { screenshot } from './support/screenshots';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { rpc, data } = web;

/** The machine is shared; a PIN check (scrypt) and a handover's reads may take a few seconds. */
const WAIT = { timeout: 15_000 };

const TASK = '回访 3 栋李女士：认购书未签';

/** The outgoing person writes the handover to `to`, with an optional new open task. */
async function writeHandover(page: Page, to: string, task?: string) {
  await page.getByRole('menuitem', { name: '交接班' }).click();
  const incoming = page.getByRole('combobox', { name: '接班人' });
  await expect.poll(() => incoming.isVisible(), WAIT).toBe(true);
  await incoming.click();
  await page.keyboard.type(to);
  await page.keyboard.press('Enter');
  if (task) await page.getByLabel('新增未完成工作（每行一项）').fill(task);
  await page.getByRole('button', { name: '保存交接，请接班人核对' }).click();
  await expect.poll(() => page.getByRole('heading', { name: /^接班核对/ }).isVisible(), WAIT).toBe(true);
}

/**
 * The incoming person counts every item, ticket type and the cash as they find them (here: as
 * the ledgers say), answers every key copy and waiting letter "相符", reviews the differences
 * (none) and signs with their PIN in the same form.
 */
async function acknowledge(page: Page, who: string, pin: string, shot?: string) {
  const form = page.locator('form#handover-ack');
  const radios = form.getByRole('radiogroup', { name: /核对$/ });
  await expect.poll(() => radios.count(), WAIT).toBe(7); // every key copy on the board
  const [pending] = await data('handover.log');
  const view = await data('handover.get', { handoverId: pending!.id });
  const snap = await data('handover.snapshot', { fromId: pending!.fromId });
  for (const item of view.items) await form.getByLabel(`${item.name} 清点数`).fill(String(item.count));
  for (const line of snap.tickets) await form.getByLabel(`${line.name} 清点张数`).fill(String(line.expected));
  await form.getByLabel('清点票款（元）').fill((snap.cashExpectedFen! / 100).toFixed(2));
  for (const group of await radios.all()) await group.getByRole('radio', { name: '相符' }).check();
  await form.getByRole('button', { name: '核对差异' }).click();
  const summary = form.getByRole('region', { name: '差异汇总' });
  await expect.poll(() => summary.getByText('0 处差异').isVisible(), WAIT).toBe(true);
  await form.getByLabel(`${who} 的 PIN`).fill(pin);
  if (shot) {
    await page.getByRole('heading', { name: /^接班核对/ }).scrollIntoViewIfNeeded();
    await screenshot(page, shot);
  }
  await form.getByRole('button', { name: '确认差异并签收' }).click();
  await expect
    .poll(() => page.getByText(new RegExp(`${who} 已签收 .* 的交接：0 处差异`)).isVisible(), WAIT)
    .toBe(true);
}

test('day shift hands over to night shift with a key out, tickets sold and an open task; the next morning still sees the task', async () => {
  const { context, page } = await web.openDesk({ viewport: { width: 1360, height: 1000 } });
  await signIn(page, '王芳', '3333');
  await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);

  // The day: 王芳 holds the front-desk key, a show-flat key is out with a consultant, tickets sold.
  const id = await web.staffIds();
  await data('keys.issue', { tag: 'QT', holder: { kind: 'staff', userId: id('王芳') }, purpose: '当班' });
  await data('keys.issue', {
    tag: 'YBA',
    holder: { kind: 'staff', userId: id('张伟') },
    purpose: '带客户看样板房',
  });
  const types = await data('tickets.catalogue');
  const twoD = types.types.find((t) => t.name === '2D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 30, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 3, paymentMethod: 'cash' });
  const dayCash = 3 * twoD.priceFen;

  // 王芳 writes the handover to 陈静 (night shift); 陈静 checks and signs with her PIN.
  await writeHandover(page, '陈静', TASK);
  await expect.poll(() => page.getByText(TASK).isVisible(), WAIT).toBe(true);
  await expect
    .poll(() => page.getByText(/YBA 样板房 A 钥匙 第 1 把 · 借出 张伟/).isVisible(), WAIT)
    .toBe(true);
  await acknowledge(page, '陈静', '3344', 'handover-form');

  const [day] = await data('handover.log');
  expect(day).toMatchObject({ fromName: '王芳', toName: '陈静', differenceCount: 0 });
  const dayView = await data('handover.get', { handoverId: day!.id });
  expect(dayView.acknowledgement!.keysPassed.map((k) => k.tag)).toEqual(['QT']);
  expect(dayView.acknowledgement!.cash.passedFen).toBe(dayCash);
  const board = await data('keys.board');
  expect(board.find((k) => k.tag === 'QT')!.copyStates[0]!.holder?.name).toBe('陈静');
  expect(board.find((k) => k.tag === 'YBA')!.copyStates[0]!.holder?.name).toBe('张伟');
  // a locked handover cannot be edited
  expect(await rpc('handover.save', { handoverId: day!.id, items: [], notes: '改' })).toMatchObject({
    ok: false,
    error: { code: 'HANDOVER_LOCKED' },
  });

  // Next morning: 陈静 hands over to 王芳; the open task is on the new handover, still open.
  await page.getByRole('button', { name: '退出登录' }).click();
  await signIn(page, '陈静', '3344');
  await expect.poll(() => page.getByRole('menuitem', { name: '交接班' }).isVisible(), WAIT).toBe(true);
  await page.getByRole('menuitem', { name: '交接班' }).click();
  await expect.poll(() => page.getByText(TASK).isVisible(), WAIT).toBe(true);
  await writeHandover(page, '王芳');
  await expect.poll(() => page.getByText(TASK).isVisible(), WAIT).toBe(true);
  await acknowledge(page, '王芳', '3333');
  const [morning] = await data('handover.log');
  const morningView = await data('handover.get', { handoverId: morning!.id });
  expect(morningView).toMatchObject({ fromName: '陈静', toName: '王芳' });
  expect(morningView.acknowledgement!.openTasks.map((t) => t.text)).toEqual([TASK]);
  expect(morningView.acknowledgement!.cash.passedFen).toBe(dayCash);

  // The handover log, and the A4 print view of the morning's handover.
  await page.getByRole('tab', { name: '前台交接日志' }).click();
  await page.getByRole('button', { name: `查看/打印 #${morning!.id}` }).click();
  const sheet = page.getByRole('article', { name: '前台交接日志' });
  await expect.poll(() => sheet.isVisible(), WAIT).toBe(true);
  await expect.poll(() => sheet.getByText(TASK).isVisible(), WAIT).toBe(true);
  await screenshot(page, 'handover-print');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.shell-sider').isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  await context.close();
});

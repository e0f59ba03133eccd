import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import { addDays } from '../../shared/domain/businessDate';
import { DeskModel, expectSheetConsistent, expectSheetMatchesModel } from '../support/dayModel';
import { countStock, nextStep, openTheClose, passKeys, passNoTakings, pick } from './support/closeWalk';
import { signIn } from './support/desk';
import { useWebHost } from './support/useWebHost';

const web = useWebHost();
const { data } = web;

const VIEWPORT = { width: 1366, height: 768 };

/** Whether the element is inside the window as it stands, without scrolling to it. */
async function inView(page: Page, name: string): Promise<boolean> {
  const box = await page.getByRole('button', { name, exact: true }).boundingBox();
  const scrolled = await page.evaluate(() => window.scrollY);
  return box !== null && scrolled === 0 && box.y >= 0 && box.y + box.height <= VIEWPORT.height;
}

test('closed, a ¥35 cash sale on the next date, reopened and closed again at the desk: the sheet holds', async () => {
  // The day, over /rpc as 王芳: 20 2D tickets in, two sold for cash, the ¥70 counted and handed,
  // the date closed with the three signatures.
  const id = await web.startTheDay();
  const twoD = (await data('tickets.catalogue')).types.find((t) => t.name === '2D 电影票')!;
  const threeD = (await data('tickets.catalogue')).types.find((t) => t.name === '3D 电影票')!;
  await data('tickets.receive', { typeId: twoD.id, count: 20, batch: 'E2E' });
  await data('tickets.sell', { typeId: twoD.id, count: 2, paymentMethod: 'cash' });
  const prep = await data('dayclose.prepare', {});
  const day = prep.businessDate;
  const next = addDays(day, 1);
  await data('dayclose.countCash', {
    businessDate: day,
    pieces: { 5000: 1, 2000: 1 },
    countersign: { userId: id('钱出纳'), secret: '6666' },
  });
  const sign = {
    receptionist: { userId: id('王芳'), secret: '3333' },
    cashier: { userId: id('钱出纳'), secret: '6666' },
    manager: { userId: id('李经理'), secret: '1111' },
  };
  await data('checks.sign', {
    kind: 'closing',
    date: day,
    items: DEFAULT_SETTINGS.closingChecklist.map((name) => ({ name, ticked: true })),
    signer: { userId: id('王芳'), secret: '3333' },
  });
  await data('dayclose.close', {
    businessDate: day,
    stock: [
      { typeId: twoD.id, counted: 18 },
      { typeId: threeD.id, counted: 0 },
    ],
    signatures: sign,
  });
  // After the close a ¥35 cash sale: dated the next business date.
  const late = await data('tickets.sell', { typeId: twoD.id, count: 1, paymentMethod: 'cash' });
  expect(late.businessDate).toBe(next);
  await web.signInOverRpc('李经理', '1111');
  await data('dayclose.reopen', { businessDate: day, reason: '核对票款' });

  const model = new DeskModel();
  model.receive(day, '2D 电影票', 20);
  model.sell(day, '王芳', '2D 电影票', 2, twoD.priceFen, true);
  model.handToCashier(day, '王芳', 7000);
  model.sell(next, '王芳', '2D 电影票', 1, twoD.priceFen, true);

  // The receptionist closes it again at the desk, at 1366×768.
  const { context, page } = await web.openDesk({ viewport: VIEWPORT });
  await signIn(page, '王芳', '3333');
  await openTheClose(page);
  // Blind counts: the date's figures are not on the page before the drawer is counted.
  expect(await page.getByText(/盲点：先按抽屉实物清点/).isVisible()).toBe(true);
  const twoDRow = page.getByRole('row').filter({ hasText: '2D 电影票' });
  expect(await twoDRow.textContent()).not.toContain('18');
  // The drawer as it is now: one was sold since, on the next date; it agrees, so the step goes on.
  await countStock(page, { '2D 电影票': 17, '3D 电影票': 0 });

  // The cash of the date went to the cashier at the first close: nothing is asked of the desk.
  await expect.poll(() => page.getByText('已清点 ¥70.00，交出纳 ¥70.00（钱出纳）').isVisible()).toBe(true);
  expect(await page.getByText(/仍有票款未交出纳/).count()).toBe(0);
  await nextStep(page);
  await passNoTakings(page);
  await passKeys(page);
  // the closing check signed at the first close stands
  await expect.poll(() => page.getByText('6 项全部正常').isVisible()).toBe(true);
  await nextStep(page);
  await nextStep(page);

  // The signatures: the receptionist signed in is already picked; the totals signed are shown.
  await expect.poll(() => page.getByLabel('前台接待员 PIN').isVisible()).toBe(true);
  expect(
    await page.getByRole('combobox', { name: '前台接待员', exact: true }).locator('..').textContent(),
  ).toContain('王芳');
  expect(await page.getByText('交出纳 ¥70.00').count()).toBeGreaterThan(0);
  expect(await inView(page, '签字并日结')).toBe(true);
  await page.getByLabel('前台接待员 PIN').fill('3333');
  await pick(page, '财务出纳', '钱出纳');
  await page.getByLabel('财务出纳 PIN').fill('6666');
  await pick(page, '专案经理', '李经理');
  await page.getByLabel('专案经理 PIN').fill('1111');
  await page.getByLabel('专案经理 PIN').press('Enter');
  await expect.poll(() => page.getByText(`${day} 已日结`).isVisible()).toBe(true);

  // The sheet opens on the date just closed and shows its figures on the page.
  await page.getByRole('menuitem', { name: '日结对账单' }).click();
  const doc = page.getByRole('article', { name: '日结对账单' });
  await expect.poll(() => doc.isVisible()).toBe(true);
  expect(await page.getByLabel('营业日').inputValue()).toBe(day);
  const ticketRow = doc.getByRole('row').filter({ hasText: '2D 电影票' }).first();
  const cells = await ticketRow.getByRole('cell').allTextContents();
  // 票种 单价 期初 入库 售出 作废 退回 调整 期末
  expect(cells.slice(2, 9)).toEqual(['0', '20', '2', '0', '0', '0', '18']);
  const countRow = doc.getByRole('row').filter({ hasText: '2D 电影票' }).nth(1);
  expect((await countRow.getByRole('cell').allTextContents()).slice(1, 4)).toEqual(['18', '18', '0']);
  expect(await doc.getByText(/重新日结/).count()).toBeGreaterThan(0);
  expect(await doc.getByText(/核对票款/).count()).toBeGreaterThan(0);
  expect(await doc.textContent()).not.toContain('-¥35.00');
  await context.close();

  await web.signInOverRpc('李经理', '1111');
  const sheet = await data('exports.daySheet', { date: day });
  expectSheetMatchesModel(sheet, model);
  expectSheetConsistent(sheet);
  const nextSheet = await data('exports.daySheet', { date: next });
  expectSheetMatchesModel(nextSheet, model);
  expectSheetConsistent(nextSheet);
});

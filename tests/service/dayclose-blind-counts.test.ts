import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { testDesk } from '../support/desk';
import { DAY, sellADay } from '../support/dayclose';
import { rowCount } from '../support/rows';
import { countersign } from '../support/tickets';

/**
 * Blind counts (000:595-597; the hotels' blind drop): with the setting on — the default — the
 * close's counting steps are not told what the ledger expects until the count is submitted.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

// The day: 20 2D and 10 3D received, two 2D sold for cash at ¥35.00.
const EXPECTED = { twoD: 18, threeD: 10, cashFen: 2 * 3500 };

test('the close’s review call withholds the expected cash and stock until the count is in', async () => {
  desk = await testDesk();
  const types = await sellADay(desk);
  expect((await desk.ok('settings.get')).blindCounts).toBe(true);

  const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
  expect(prep.blindCounts).toBe(true);
  expect(prep.stock.map((l) => [l.name, l.expected, l.onHandNow])).toEqual([
    ['2D 电影票', null, null],
    ['3D 电影票', null, null],
  ]);
  expect(prep.cashHeld).toEqual([{ userId: desk.userId('王芳'), name: '王芳', balanceFen: null }]);
  // nowhere in the answer: not the cash, not the stock
  const text = JSON.stringify(prep);
  expect(text).not.toContain(`"expected":${EXPECTED.twoD}`);
  expect(text).not.toContain(String(EXPECTED.cashFen));

  // The stock: every type counted before anything is told; then the figures, and the count is on record.
  expect(
    await desk.refused('dayclose.checkStock', {
      businessDate: DAY,
      stock: [{ typeId: types.twoD, counted: 17 }],
    }),
  ).toBe('DAYCLOSE_STOCK_MISSING');
  const told = await desk.ok('dayclose.checkStock', {
    businessDate: DAY,
    stock: [
      { typeId: types.twoD, counted: 17 },
      { typeId: types.threeD, counted: 10 },
    ],
  });
  expect(told.map((l) => [l.typeId, l.expected, l.onHandNow, l.counted, l.variance])).toEqual([
    [types.twoD, EXPECTED.twoD, EXPECTED.twoD, 17, 17 - EXPECTED.twoD],
    [types.threeD, EXPECTED.threeD, EXPECTED.threeD, 10, 0],
  ]);
  const audited = desk.ledger.sqlite
    .prepare("SELECT count(*) AS n FROM audit_log WHERE channel = 'dayclose.checkStock' AND outcome = 'ok'")
    .get() as { n: number };
  expect(audited.n).toBe(1);

  // The cash: counted, handed in; a difference is told (with the ledger's figure) only then.
  const short = await desk.router.call('dayclose.countCash', {
    businessDate: DAY,
    pieces: { 5000: 1, 1000: 1 },
    countersign: countersign(desk, '钱出纳'),
  });
  expect(short).toMatchObject({ ok: false, error: { code: 'VARIANCE_UNEXPLAINED' } });
  expect(!short.ok && short.error.message).toContain('¥70.00');
  expect(rowCount(desk, 'day_close_cash_counts')).toBe(0);

  // With the setting off, the close shows the figures from the start.
  await desk.signInAs('系统管理员');
  await desk.ok('settings.update', { blindCounts: false });
  await desk.signInAs('王芳');
  const open = await desk.ok('dayclose.prepare', { businessDate: DAY });
  expect(open.blindCounts).toBe(false);
  expect(open.stock.map((l) => l.expected)).toEqual([EXPECTED.twoD, EXPECTED.threeD]);
  expect(open.cashHeld).toEqual([
    { userId: desk.userId('王芳'), name: '王芳', balanceFen: EXPECTED.cashFen },
  ]);
});

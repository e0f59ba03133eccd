import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { closeADay, closeInput, DAY, EVENING, handTheCash, MIN, NEXT, signatures } from '../support/dayclose';
import { DeskModel, expectSheetConsistent, expectSheetMatchesModel } from '../support/dayModel';
import { doClosingCheck } from '../support/people';
import { demoTypes } from '../support/tickets';

let desk: TestDesk;
afterEach(async () => desk?.close());

const TWO_D = '2D 电影票';
const THREE_D = '3D 电影票';

/** What closeADay does, in the model's book: 20 2D and 10 3D in, two 2D sold for cash, ¥70 handed. */
function modelOfTheClosedDay(): DeskModel {
  const model = new DeskModel();
  model.receive(DAY, TWO_D, 20);
  model.receive(DAY, THREE_D, 10);
  model.sell(DAY, '王芳', TWO_D, 2, 3500, true);
  model.handToCashier(DAY, '王芳', 7000);
  return model;
}

async function sheetsAsManager(...dates: string[]) {
  await desk.signInAs('李经理');
  return Promise.all(dates.map((date) => desk.ok('exports.daySheet', { date })));
}

describe('reopen and reclose', () => {
  test('closed, a ¥35 cash sale dated the next day, reopened, closed again: the date keeps its own figures', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { twoD, threeD } = await closeADay(desk);
    const model = modelOfTheClosedDay();

    // After the close the desk sells on: the sale is dated the next business date.
    desk.clock.advance(10 * MIN);
    await desk.signInAs('王芳');
    const late = await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
    expect(late.businessDate).toBe(NEXT);
    model.sell(NEXT, '王芳', TWO_D, 1, 3500, true);

    desk.clock.advance(10 * MIN);
    await desk.signInAs('李经理');
    await desk.ok('dayclose.reopen', { businessDate: DAY, reason: '核对票款' });

    // Closed again: the date's expected figures are its own, not the desk's now.
    desk.clock.advance(10 * MIN);
    await desk.signInAs('王芳');
    const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
    expect(prep.cashHeld).toEqual([]);
    // blind counts: the figures are told once the drawer's count is in
    expect(prep.stock.find((l) => l.typeId === twoD)).toMatchObject({ expected: null, onHandNow: null });
    const told = await desk.ok('dayclose.checkStock', {
      businessDate: DAY,
      stock: [
        { typeId: twoD, counted: 17 },
        { typeId: threeD, counted: 10 },
      ],
    });
    expect(told.find((l) => l.typeId === twoD)).toMatchObject({ expected: 18, onHandNow: 17, variance: 0 });
    // 王芳 counts the drawer as it is now: 17 2D tickets (one went with the next day's sale).
    const record = await desk.ok('dayclose.close', {
      businessDate: DAY,
      stock: [
        { typeId: twoD, counted: 17 },
        { typeId: threeD, counted: 10 },
      ],
      signatures: signatures(desk),
    });
    expect(record).toMatchObject({
      status: 'closed',
      handedFen: 7000,
      reopenings: [{ by: '李经理', reason: '核对票款' }],
    });
    expect(record.cashCounts).toHaveLength(1);
    expect(record.stock.find((s) => s.typeId === twoD)).toMatchObject({
      expected: 18,
      counted: 18,
      variance: 0,
      countedOnHand: 17,
      afterwards: -1,
    });
    // Both closes are kept, each with its own counts.
    expect(record.closes.map((c) => c.stock.find((s) => s.typeId === twoD)?.counted)).toEqual([18, 18]);
    expect(record.closes.map((c) => c.signatures.map((s) => s.name))).toEqual([
      ['王芳', '钱出纳', '李经理'],
      ['王芳', '钱出纳', '李经理'],
    ]);

    const [day, next] = await sheetsAsManager(DAY, NEXT);
    expectSheetMatchesModel(day!, model);
    expectSheetConsistent(day!);
    expectSheetMatchesModel(next!, model);
    expectSheetConsistent(next!);
    expect(day!.summary).toMatchObject({ handedToCashierFen: 7000, ticketCashFen: 7000, ticketsSold: 2 });
    expect(day!.close).toMatchObject({
      closed: true,
      reclosed: true,
      ticketCounts: expect.arrayContaining([
        expect.objectContaining({ typeId: twoD, expected: 18, counted: 18 }),
        expect.objectContaining({ typeId: threeD, expected: 10, counted: 10 }),
      ]),
      handedToCashierFen: 7000,
      history: [
        expect.objectContaining({ kind: 'closed', by: '王芳', reason: null }),
        expect.objectContaining({ kind: 'reopened', by: '李经理', reason: '核对票款' }),
        expect.objectContaining({ kind: 'closed', by: '王芳', reason: null }),
      ],
    });
    expect(day!.close!.cashByDenomination.filter((d) => d.pieces > 0)).toEqual([
      { denominationFen: 5000, pieces: 1 },
      { denominationFen: 2000, pieces: 1 },
    ]);
    expect(day!.cash.holders.every((h) => h.closingFen >= 0)).toBe(true);
    expect(next!.tickets.find((l) => l.typeId === twoD)).toMatchObject({ opening: 18, sold: 1, closing: 17 });
  });

  test('a cash count taken again after the reopening is the date’s, dated into it', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { twoD, threeD } = await closeADay(desk);
    const model = modelOfTheClosedDay();
    desk.clock.advance(5 * MIN);
    await desk.signInAs('王芳');
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' }); // the next day's
    model.sell(NEXT, '王芳', TWO_D, 1, 3500, true);
    await desk.signInAs('李经理');
    await desk.ok('dayclose.reopen', { businessDate: DAY, reason: '漏记一笔售票' });

    // Open again on its own evening: the missed sale is written into the date.
    await desk.signInAs('王芳');
    const missed = await desk.ok('tickets.sell', { typeId: threeD, count: 1, paymentMethod: 'cash' });
    expect(missed.businessDate).toBe(DAY);
    model.sell(DAY, '王芳', THREE_D, 1, 4500, true);
    const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
    expect(prep.cashHeld).toEqual([{ userId: desk.userId('王芳'), name: '王芳', balanceFen: null }]);
    expect(
      await desk.refused('dayclose.close', {
        ...closeInput(desk, { twoD, threeD }),
        stock: [
          { typeId: twoD, counted: 17 },
          { typeId: threeD, counted: 9 },
        ],
      }),
    ).toBe('DAYCLOSE_CASH_NOT_HANDED');
    // Only the date's ¥45 is the date's to hand in; the next day's ¥35 stays with 王芳.
    const count = await handTheCash(desk, DAY, { 2000: 2, 500: 1 });
    expect(count).toMatchObject({ expectedFen: 4500, countedFen: 4500, handedFen: 4500 });
    model.handToCashier(DAY, '王芳', 4500);
    await desk.ok('dayclose.close', {
      ...closeInput(desk, { twoD, threeD }),
      stock: [
        { typeId: twoD, counted: 17 },
        { typeId: threeD, counted: 9 },
      ],
    });

    const [day, next] = await sheetsAsManager(DAY, NEXT);
    for (const sheet of [day!, next!]) {
      expectSheetMatchesModel(sheet, model);
      expectSheetConsistent(sheet);
    }
    expect(day!.summary.handedToCashierFen).toBe(7000 + 4500);
    expect(day!.close!.cashCounts.map((c) => c.countedFen)).toEqual([7000, 4500]);
    expect(next!.cash.holders.find((h) => h.name === '王芳')).toMatchObject({
      openingFen: 0,
      salesFen: 3500,
      closingFen: 3500,
    });
  });

  test('closed the next morning after that morning’s sales: the date’s cash and stock only', async () => {
    desk = await testDesk();
    const types = await demoTypes(desk);
    await desk.signInAs('王芳');
    const model = new DeskModel();
    await desk.ok('tickets.receive', { typeId: types.twoD, count: 20 });
    model.receive(DAY, TWO_D, 20);
    await desk.ok('tickets.sell', { typeId: types.twoD, count: 2, paymentMethod: 'cash' });
    model.sell(DAY, '王芳', TWO_D, 2, 3500, true);

    desk.clock.set('2026-11-24T01:00:00.000Z'); // 09:00 the next day, the date not closed yet
    await desk.signInAs('王芳');
    await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'cash' });
    model.sell(NEXT, '王芳', TWO_D, 1, 3500, true);

    const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
    expect(prep.cashHeld).toEqual([{ userId: desk.userId('王芳'), name: '王芳', balanceFen: null }]);
    const told = await desk.ok('dayclose.checkStock', {
      businessDate: DAY,
      stock: [
        { typeId: types.twoD, counted: 17 },
        { typeId: types.threeD, counted: 0 },
      ],
    });
    expect(told.find((l) => l.typeId === types.twoD)).toMatchObject({ expected: 18, onHandNow: 17 });
    const count = await handTheCash(desk);
    expect(count).toMatchObject({ expectedFen: 7000, handedFen: 7000 });
    model.handToCashier(DAY, '王芳', 7000);
    await doClosingCheck(desk, DAY);
    await desk.ok('dayclose.close', {
      ...closeInput(desk, types),
      stock: [
        { typeId: types.twoD, counted: 17 },
        { typeId: types.threeD, counted: 0 },
      ],
    });
    const [day, next] = await sheetsAsManager(DAY, NEXT);
    for (const sheet of [day!, next!]) {
      expectSheetMatchesModel(sheet, model);
      expectSheetConsistent(sheet);
    }
  });

  test('a date is reopened only while no later date is closed', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { twoD, threeD } = await closeADay(desk);
    desk.clock.set('2026-11-24T12:00:00.000Z'); // the next evening
    await desk.signInAs('王芳');
    await handTheCash(desk, NEXT, {});
    await doClosingCheck(desk, NEXT);
    await desk.ok('dayclose.close', closeInput(desk, { twoD, threeD }, NEXT));
    await desk.signInAs('李经理');
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '更正' })).toBe(
      'DAYCLOSE_LATER_CLOSED',
    );
    await desk.ok('dayclose.reopen', { businessDate: NEXT, reason: '更正' });
    await desk.ok('dayclose.reopen', { businessDate: DAY, reason: '更正' });
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { DEPOSIT_METHODS, type DepositMethod } from '../../shared/domain/vocab';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import { decode, openWorkbook, sumFormulas, totalOf } from '../support/daysheet';
import { testDesk, type TestDesk } from '../support/desk';
import { boardUnit, depositInput, heldUnit } from '../support/holds';

/**
 * The day sheet's 定金 (000:639, 000:45, 004:461): deposits by method, discounts with who approved
 * them, refunds approved, paid and owed — as of the end of each date, whenever it is asked for,
 * and checked against a model of what was done, written here.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY = 24 * 60 * 60_000;
const MANAGER_PIN = (d: TestDesk) => ({ userId: d.userId('李经理'), secret: '1111' });

/** One deposit in each method, in this order, on these rooms, for these amounts (fen). */
const PLAN: { method: DepositMethod; room: string; amountFen: number }[] = [
  { method: 'cash', room: '101', amountFen: 1_000_000 },
  { method: 'wechat', room: '102', amountFen: 2_000_000 },
  { method: 'alipay', room: '103', amountFen: 3_000_000 },
  { method: 'card', room: '104', amountFen: 4_000_000 },
  { method: 'transfer', room: '201', amountFen: 5_000_000 },
];
const DISCOUNT_FEN = 50_000; // on the WeChat deposit's unit, approved by 李经理's PIN
const REFUND_FEN = 5_000_000; // the transfer's reservation is cancelled the same day

function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function sheetAs(d: TestDesk, name: string, date: string) {
  await d.signInAs(name);
  return d.ok('exports.daySheet', { date });
}

describe('the day sheet’s 定金', () => {
  test('deposits in each method, a discount, a refund paid late: each date’s facts hold, in the .xlsx too', async () => {
    desk = await testDesk();
    const holdIds: number[] = [];
    let listOfDiscounted = 0;
    for (const p of PLAN) {
      const held = await heldUnit(desk, p.room);
      holdIds.push(held.id);
      await desk.signInAs('赵副理');
      const input = {
        ...depositInput(desk, held.id, p.amountFen, `SJ-${p.room}`),
        method: p.method,
        receivedBy: desk.userId('王芳'),
        receiverSign: { userId: desk.userId('王芳'), secret: '3333' },
      };
      if (p.method === 'wechat') {
        listOfDiscounted = (await boardUnit(desk, held.unitId)).listPriceFen!;
        await desk.ok('holds.deposit', {
          ...input,
          agreedPriceFen: listOfDiscounted - DISCOUNT_FEN,
          discount: { reason: '老带新', countersign: MANAGER_PIN(desk) },
        });
      } else {
        await desk.ok('holds.deposit', input);
      }
    }
    await desk.signInAs('李经理');
    await desk.ok('holds.cancel', { holdId: holdIds[4]!, refundFen: REFUND_FEN, reason: '客户退定' });
    const first = (await desk.ok('exports.daySheet', {})).businessDate;
    const due = plusDays(first, 7);

    // The model: what was done, by method.
    const byMethod = DEPOSIT_METHODS.map((method) => {
      const rows = PLAN.filter((p) => p.method === method);
      return { method, count: rows.length, amountFen: rows.reduce((s, p) => s + p.amountFen, 0) };
    });
    const total = PLAN.reduce((s, p) => s + p.amountFen, 0);

    const managersSheet = await sheetAs(desk, '李经理', first);
    const day1 = managersSheet.deposits;
    expect(day1.restricted).toBe(false);
    expect(day1.byMethod).toEqual(byMethod);
    expect(day1.totalFen).toBe(total);
    expect(day1.deposits.map((x) => [x.receiptNo, x.method, x.amountFen, x.receivedByName])).toEqual(
      PLAN.map((p) => [`SJ-${p.room}`, p.method, p.amountFen, '王芳']),
    );
    expect(day1.deposits.map((x) => x.state)).toEqual([
      'with_receiver',
      'to_confirm',
      'to_confirm',
      'to_confirm',
      'to_confirm',
    ]);
    expect(day1.discounts).toEqual([
      {
        receiptNo: 'SJ-102',
        unitLabel: '1栋-1单元-102',
        listPriceFen: listOfDiscounted,
        agreedPriceFen: listOfDiscounted - DISCOUNT_FEN,
        discountFen: DISCOUNT_FEN,
        approvedByName: '李经理',
        reason: '老带新',
      },
    ]);
    expect(day1.refunds.approved).toMatchObject([
      { unitLabel: '1栋-1单元-201', amountFen: REFUND_FEN, approvedByName: '李经理', dueDate: due },
    ]);
    expect(day1.refunds.paid).toEqual([]);
    expect(day1.refunds.outstanding).toMatchObject([{ amountFen: REFUND_FEN, daysOverdue: 0 }]);
    expect([day1.refunds.approvedFen, day1.refunds.paidFen, day1.refunds.outstandingFen]).toEqual([
      REFUND_FEN,
      0,
      REFUND_FEN,
    ]);

    // The print page carries the same 定金 as the .xlsx.
    const html = daySheetHtml(managersSheet);
    for (const words of [
      '定金按收款方式',
      '优惠（经专案经理批准）',
      '退定（当日批准）',
      'SJ-102',
      '老带新',
      '定购协议号',
    ]) {
      expect(html, words).toContain(words);
    }

    // The desk reads the money, never the units, customers, prices or discounts (000:721).
    const desksSheet = await sheetAs(desk, '王芳', first);
    const desk1 = desksSheet.deposits;
    const desksHtml = daySheetHtml(desksSheet);
    expect(desksHtml).toContain('SJ-102');
    expect(desksHtml).not.toMatch(/老带新|王先生|成交价/);
    expect(desk1.restricted).toBe(true);
    expect(desk1.totalFen).toBe(total);
    expect(desk1.discounts).toEqual([]);
    expect(desk1.deposits.every((x) => x.unitLabel === null && x.customerName === null)).toBe(true);
    expect(desk1.deposits.every((x) => x.agreedPriceFen === null && x.discountFen === null)).toBe(true);
    expect(JSON.stringify(desk1)).not.toContain('王先生');

    // Day 2 the cashier confirms the WeChat money; day 10 she pays the refund, two days late.
    desk.clock.advance(DAY);
    await desk.signInAs('钱出纳');
    const wechat = (await desk.ok('holds.deposits', { state: 'to_confirm' })).find(
      (x) => x.method === 'wechat',
    )!;
    await desk.ok('holds.confirmDeposit', { depositId: wechat.id, statementRef: 'WX-1' });
    desk.clock.advance(8 * DAY);
    await desk.signInAs('钱出纳');
    const [refund] = await desk.ok('holds.refunds', { open: true });
    await desk.ok('holds.payRefund', { refundId: refund!.id, method: 'transfer', reference: 'TX-9' });
    const tenth = plusDays(first, 9);

    // Asked again later, the first date says what it said: the confirmation and the payment came after.
    expect((await sheetAs(desk, '李经理', first)).deposits).toEqual(day1);
    const day2 = (await sheetAs(desk, '李经理', plusDays(first, 1))).deposits;
    expect(day2.deposits).toEqual([]);
    expect(day2.refunds.outstanding).toMatchObject([{ amountFen: REFUND_FEN, daysOverdue: 0 }]);
    const day9 = (await sheetAs(desk, '李经理', plusDays(first, 8))).deposits;
    expect(day9.refunds.outstanding).toMatchObject([{ dueDate: due, daysOverdue: 1 }]);
    const day10 = (await sheetAs(desk, '李经理', tenth)).deposits;
    expect(day10.refunds.outstanding).toEqual([]);
    expect(day10.refunds.paid).toMatchObject([
      { amountFen: REFUND_FEN, method: 'transfer', reference: 'TX-9', cashierName: '钱出纳', dueDate: due },
    ]);
    expect(day10.refunds.paidByMethod.find((m) => m.method === 'transfer')!.amountFen).toBe(REFUND_FEN);
    expect(day10.refunds.paidFen).toBe(REFUND_FEN);

    // The .xlsx: a 定金 sheet whose totals are the model's, every total the sum of its lines.
    const book1 = await openWorkbook(decode(await desk.ok('exports.daySheetXlsx', { date: first })));
    expect(book1.worksheets.map((w) => w.name)).toContain('定金');
    expect(totalOf(book1, '定金', '定金')).toBeCloseTo(total / 100, 2);
    expect(totalOf(book1, '定金', '定金', 1)).toBeCloseTo(total / 100, 2);
    expect(totalOf(book1, '定金', '优惠')).toBeCloseTo(DISCOUNT_FEN / 100, 2);
    for (const check of sumFormulas(book1).filter((c) => c.sheet === '定金')) {
      expect(check.cached, check.cell).toBeCloseTo(check.rowsSum, 2);
    }
    const book10 = await openWorkbook(decode(await desk.ok('exports.daySheetXlsx', { date: tenth })));
    expect(totalOf(book10, '定金', '退款')).toBeCloseTo(REFUND_FEN / 100, 2);
  });
});

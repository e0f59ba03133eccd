import { afterEach, expect, test } from 'vitest';
import type { TakingsMethod } from '../../shared/domain/vocab';
import type { TestDesk } from '../support/desk';
import { testDesk } from '../support/desk';
import { closeInput, DAY, EVENING, handTheCash, sellADay } from '../support/dayclose';
import { depositInput, heldUnit } from '../support/holds';
import { doClosingCheck } from '../support/people';
import { rowCount } from '../support/rows';
import { countersign } from '../support/tickets';

/**
 * Non-cash takings at the close (000:595-597): per method, the ledger (tickets, deposits, less
 * refunds paid out by it) beside the cashier's statement figure, a difference explained, signed
 * with her PIN; each close keeps its own figures.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const PRICE_2D = 3500;

/** The day as the desk lived it, written down independently of the service. */
const model = {
  wechat: { tickets: 3 * PRICE_2D, deposits: 0, refunds: 0 },
  alipay: { tickets: PRICE_2D, deposits: 0, refunds: 0 },
  card: { tickets: 0, deposits: 500_000, refunds: 500_000 },
  transfer: { tickets: 0, deposits: 2_000_000, refunds: 0 },
} satisfies Record<TakingsMethod, { tickets: number; deposits: number; refunds: number }>;
const ledgerOf = (m: TakingsMethod) => model[m].tickets + model[m].deposits - model[m].refunds;
const METHODS = ['wechat', 'alipay', 'card', 'transfer'] as const;

async function dayWithNonCashTakings() {
  desk = await testDesk();
  const types = await sellADay(desk); // two 2D for cash
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 3, paymentMethod: 'wechat' });
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'alipay' });
  const big = await heldUnit(desk, '101');
  await desk.ok('holds.deposit', depositInput(desk, big.id, 2_000_000, 'SJ-101'));
  const small = await heldUnit(desk, '102');
  await desk.ok('holds.deposit', { ...depositInput(desk, small.id, 500_000, 'SJ-102'), method: 'card' });
  await desk.ok('holds.cancel', { holdId: small.id, refundFen: 500_000, reason: '客户退定' });
  const [refund] = await desk.ok('holds.refunds', { open: true });
  await desk.ok('holds.payRefund', {
    refundId: refund!.id,
    method: 'card',
    reference: 'POS-9',
    countersign: countersign(desk, '钱出纳'),
  });
  desk.clock.set(EVENING);
  await desk.signInAs('王芳');
  await handTheCash(desk);
  await doClosingCheck(desk, DAY);
  return types;
}

const statements = (
  over: Partial<Record<TakingsMethod, { statementFen: number; explanation?: string }>> = {},
) => METHODS.map((method) => ({ method, statementFen: ledgerOf(method), ...over[method] }));

test('the close asks for the cashier’s statements; differences explained; her PIN; refusals write nothing', async () => {
  const types = await dayWithNonCashTakings();
  const stock = (sold: number) => ({
    ...closeInput(desk, types),
    stock: [
      { typeId: types.twoD, counted: 20 - sold },
      { typeId: types.threeD, counted: 10 },
    ],
  });

  const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
  expect(prep.takings.confirmed).toBeNull();
  expect(prep.takings.ledger).toEqual(
    METHODS.map((method) => ({
      method,
      ticketsFen: model[method].tickets,
      depositsFen: model[method].deposits,
      refundsFen: model[method].refunds,
      ledgerFen: ledgerOf(method),
    })),
  );
  expect(await desk.refused('dayclose.close', stock(6))).toBe('DAYCLOSE_TAKINGS_NOT_CONFIRMED');

  const confirm = (lines: ReturnType<typeof statements>, pin?: string) =>
    ({ businessDate: DAY, lines, countersign: countersign(desk, '钱出纳', pin) }) as const;
  const short = { wechat: { statementFen: ledgerOf('wechat') - 500 } };
  expect(await desk.refused('dayclose.confirmTakings', confirm(statements().slice(1)))).toBe(
    'DAYCLOSE_TAKINGS_MISSING',
  );
  expect(await desk.refused('dayclose.confirmTakings', confirm(statements(short)))).toBe(
    'DAYCLOSE_TAKINGS_UNEXPLAINED',
  );
  expect(await desk.refused('dayclose.confirmTakings', confirm(statements(), '0000'))).toBe('WRONG_SECRET');
  expect(rowCount(desk, 'day_close_takings')).toBe(0);
  expect(rowCount(desk, 'day_close_takings_lines')).toBe(0);

  const explained = { wechat: { ...short.wechat, explanation: '微信手续费' } };
  const first = await desk.ok('dayclose.confirmTakings', confirm(statements(explained)));
  expect(first.cashierName).toBe('钱出纳');
  expect(first.lines.find((l) => l.method === 'wechat')).toMatchObject({
    ledgerFen: ledgerOf('wechat'),
    statementFen: ledgerOf('wechat') - 500,
    differenceFen: -500,
    explanation: '微信手续费',
  });
  const audit = desk.ledger.sqlite
    .prepare(
      "SELECT countersigned_by FROM audit_log WHERE channel = 'dayclose.confirmTakings' AND outcome = 'ok'",
    )
    .get();
  expect(audit).toEqual({ countersigned_by: desk.userId('钱出纳') });

  // One more WeChat sale after her check: the close asks her to confirm again.
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'wechat' });
  model.wechat.tickets += PRICE_2D;
  expect(await desk.refused('dayclose.close', stock(7))).toBe('DAYCLOSE_TAKINGS_STALE');
  const second = statements({
    wechat: { statementFen: ledgerOf('wechat') - 500, explanation: '微信手续费' },
  });
  await desk.ok('dayclose.confirmTakings', confirm(second));
  const closed = await desk.ok('dayclose.close', stock(7));
  expect(closed.takings!.lines.map((l) => [l.method, l.ledgerFen, l.statementFen])).toEqual(
    METHODS.map((m) => [m, ledgerOf(m), m === 'wechat' ? ledgerOf(m) - 500 : ledgerOf(m)]),
  );

  // Reopened and closed again: each close keeps its own figures; the record shows the last.
  await desk.signInAs('李经理');
  await desk.ok('dayclose.reopen', { businessDate: DAY, reason: '微信差额查明' });
  await desk.signInAs('王芳');
  expect(await desk.refused('dayclose.close', stock(7))).toBe('DAYCLOSE_TAKINGS_NOT_CONFIRMED');
  await desk.ok('dayclose.confirmTakings', confirm(statements()));
  const reclosed = await desk.ok('dayclose.close', stock(7));
  expect(reclosed.closes).toHaveLength(2);
  expect(reclosed.closes[0]!.takings!.lines.find((l) => l.method === 'wechat')!.differenceFen).toBe(-500);
  expect(reclosed.takings!.lines.every((l) => l.differenceFen === 0)).toBe(true);
  const recorded = await desk.ok('dayclose.record', { businessDate: DAY });
  expect(recorded!.closes.map((c) => c.takings)).toEqual(reclosed.closes.map((c) => c.takings));
  await desk.signInAs('李经理');
  expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
});

test('a day with no non-cash takings closes without the step', async () => {
  desk = await testDesk();
  const types = await sellADay(desk);
  await handTheCash(desk);
  await doClosingCheck(desk, DAY);
  const record = await desk.ok('dayclose.close', closeInput(desk, types));
  expect(record.takings).toBeNull();
});

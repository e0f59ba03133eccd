import { afterEach, expect, test } from 'vitest';
import type { DaySheet } from '../../shared/contract/exports';
import { addDays } from '../../shared/domain/businessDate';
import { testDesk, type TestDesk } from '../support/desk';
import { DAY, driveDay } from '../support/daysheet';

let desk: TestDesk;
afterEach(async () => desk?.close());

const NEXT = addDays(DAY, 1);

/** A line's opening and closing by its id, from a sheet. */
const ticketsOf = (s: DaySheet) => new Map(s.tickets.map((l) => [l.typeId, [l.opening, l.closing]]));
const cashOf = (s: DaySheet) => new Map(s.cash.holders.map((h) => [h.userId, [h.openingFen, h.closingFen]]));

test("each date's opening stock and cash are the previous date's closing, line by line", async () => {
  desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' }); // 09:00 in Shanghai
  await driveDay(desk);
  // The next day: more sales by two people, a receipt, cash handed between them.
  desk.clock.set('2026-11-24T02:00:00.000Z');
  await desk.signInAs('刘敏');
  const types = await desk.ok('tickets.stock');
  const stocked = types.filter((t) => t.onHand > 0);
  await desk.ok('tickets.sell', { typeId: stocked[0]!.typeId, count: 2, paymentMethod: 'cash' });
  await desk.signInAs('王芳');
  await desk.ok('tickets.sell', { typeId: stocked.at(-1)!.typeId, count: 1, paymentMethod: 'cash' });
  await desk.ok('tickets.receive', { typeId: stocked[0]!.typeId, count: 10, batch: 'B2' });
  await desk.signInAs('李经理');

  const sheets = new Map<string, DaySheet>();
  for (const date of [addDays(DAY, -1), DAY, NEXT]) {
    sheets.set(date, await desk.ok('exports.daySheet', { date }));
  }
  const [before, day, next] = [...sheets.values()] as [DaySheet, DaySheet, DaySheet];
  expect(day.tickets.length).toBeGreaterThan(0);
  expect(next.cash.holders.length).toBeGreaterThan(1);
  for (const [earlier, later] of [
    [before, day],
    [day, next],
  ] as const) {
    const closed = ticketsOf(earlier);
    for (const [typeId, [opening]] of ticketsOf(later)) {
      expect(opening, `ticket type ${typeId} on ${later.businessDate}`).toBe(closed.get(typeId)?.[1] ?? 0);
    }
    const held = cashOf(earlier);
    for (const [userId, [opening]] of cashOf(later)) {
      expect(opening, `holder ${userId} on ${later.businessDate}`).toBe(held.get(userId)?.[1] ?? 0);
    }
  }
  // The day's own arithmetic still holds line by line, and the closing is the ledger's stock now.
  for (const l of next.tickets) {
    expect(l.opening + l.received - l.sold + l.voided - l.returned + l.adjusted).toBe(l.closing);
  }
  const stock = await desk.ok('tickets.stock');
  for (const l of next.tickets) expect(l.closing).toBe(stock.find((s) => s.typeId === l.typeId)!.onHand);
  expect(next.tickets.some((l) => l.opening > 0 && l.received > 0)).toBe(true);
});

import { afterEach, describe, expect, test } from 'vitest';
import { cashBalance, expectedCash } from '../../electron/core/services/cash/custody';
import { expectedStock, onHandOf } from '../../electron/core/services/tickets/stock';
import { testDesk, type TestDesk } from '../support/desk';
import { busySequence } from '../support/runningBalances';

/**
 * The stock and cash "at the end of a date" (the close, the day sheet): every type's stock, every
 * holder's cash and one holder's are read as the kept running balance less what moved after the
 * date (one type's stock still sums up to it). All four are held here to the plain sums of the
 * movements up to each date, taken by hand, for every date of a busy week and the days around it.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY = 24 * 3600 * 1000;

function datesAround(first: string, last: string): string[] {
  const out: string[] = [];
  for (let t = Date.parse(first) - DAY; t <= Date.parse(last) + DAY; t += DAY) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

describe('figures at the end of a date', () => {
  test('stock per type and cash per holder equal the movements summed up to each date', async () => {
    desk = await testDesk();
    let step = 0;
    await busySequence(desk, 4242, 140, () => {
      // a new business date every 20 steps, some of them with nothing moved
      if (++step % 20 === 0) desk.clock.advance(step % 40 === 0 ? 2 * DAY : DAY);
    });
    const db = desk.ledger.sqlite;
    const span = db
      .prepare('SELECT min(business_date) AS first, max(business_date) AS last FROM ticket_movements')
      .get() as { first: string; last: string };
    const days = new Set(
      (db.prepare('SELECT DISTINCT business_date AS d FROM cash_movements').all() as { d: string }[]).map(
        (r) => r.d,
      ),
    );
    expect(days.size).toBeGreaterThan(4);
    const types = db.prepare('SELECT id FROM ticket_types ORDER BY id').all() as { id: number }[];
    const holders = db.prepare('SELECT DISTINCT holder_id AS id FROM cash_movements').all() as {
      id: number;
    }[];
    const stockByHand = db.prepare(
      'SELECT coalesce(sum(delta), 0) AS n FROM ticket_movements WHERE type_id = ? AND business_date <= ?',
    );
    const cashByHand = db.prepare(
      'SELECT holder_id AS id, sum(delta_fen) AS n FROM cash_movements WHERE business_date <= ? GROUP BY holder_id ORDER BY holder_id',
    );
    const q = desk.ledger.db;
    for (const date of datesAround(span.first, span.last)) {
      const stock = await expectedStock(q, { businessDate: date });
      for (const { id } of types) {
        const n = (stockByHand.get(id, date) as { n: number }).n;
        expect(stock.find((l) => l.typeId === id)?.onHand, `type ${id} on ${date}`).toBe(n);
        expect(await onHandOf(q, id, { businessDate: date }), `type ${id} on ${date}`).toBe(n);
      }
      const cash = cashByHand.all(date) as { id: number; n: number }[];
      expect([...(await expectedCash(q, { businessDate: date }))], date).toEqual(
        cash.map((r) => [r.id, r.n]),
      );
      for (const { id } of holders) {
        const n = cash.find((r) => r.id === id)?.n ?? 0;
        expect(await cashBalance(q, id, { businessDate: date }), `holder ${id} on ${date}`).toBe(n);
      }
    }
  });
});

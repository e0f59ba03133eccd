import type BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { recordStatements } from '../support/statements';

/**
 * The covering indexes of 0013, 0014 and 0016 exist so that a read is answered from the index
 * alone. That holds only while the read asks for nothing the index lacks; a column added to its
 * SELECT or WHERE silently turns it back into a row read per entry. So for each such read, the
 * statements the service really runs — recorded as the call runs them, with their values — are
 * asked for their plan, on a ledger with rows in each table. No ANALYZE is run (none is in the
 * app), so the plans are the planner's own rules, the same on every machine.
 */

interface Plan {
  sql: string;
  steps: string[];
}

/** The plan of each statement the connection runs while `call` runs (prepared from now on). */
function recordPlans(sqlite: BetterSqlite3.Database) {
  const prepare = sqlite.prepare.bind(sqlite); // the plans' own statements are not recorded
  const ran = recordStatements(sqlite);
  return async function plans(call: () => Promise<unknown>): Promise<Plan[]> {
    const from = ran.length;
    await call();
    return ran.slice(from).map(({ sql, params }) => ({
      sql,
      steps: (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map(
        (r) => r.detail,
      ),
    }));
  };
}

const PAST_DATE = '2026-11-23';
let desk: TestDesk;
let plans: ReturnType<typeof recordPlans>;

beforeAll(async () => {
  // Rows in every table read below: ticket and cash movements, visits and a call of a returning
  // customer, holds with their events, a key's movements.
  const dataDir = tempDir();
  const seed = await testDesk({ dataDir, start: `${PAST_DATE}T02:00:00.000Z` });
  await seed.signInAs('王芳');
  for (const { typeId } of await seed.ok('tickets.stock', {})) {
    await seed.ok('tickets.receive', { typeId, count: 20 });
    await seed.ok('tickets.sell', { typeId, count: 2, paymentMethod: 'cash' });
  }
  await seed.ok('rotation.setOrder', { consultantIds: ['张伟', '孙丽'].map((n) => seed.userId(n)) });
  for (const [customerName, phone] of [
    ['王先生', '13812345678'],
    ['王先生', '13812345678'],
    ['李女士', '13987654321'],
  ] as const) {
    await seed.ok('visits.record', { customerName, phone, channel: '路过', partySize: 2 });
    seed.clock.advance(60_000);
  }
  await seed.ok('calls.record', { callerName: '王先生', phone: '13812345678', channel: '其他' });
  await seed.ok('keys.issue', {
    tag: 'QT',
    holder: { kind: 'staff', userId: seed.userId('王芳') },
    purpose: '当班',
  });
  await seed.ok('keys.return', { tag: 'QT' });
  await seed.signInAs('李经理');
  const units = (await seed.ok('holds.board')).units;
  await seed.signInAs('张伟');
  for (const unit of units.slice(0, 3)) {
    await seed.ok('holds.request', { unitId: unit.id, customerName: '王先生', customerPhone: '13812345678' });
  }
  await seed.close();

  // The next day, on a fresh connection recorded from its first statement: every statement a
  // call runs is prepared on it after this point, so the record misses none.
  desk = await testDesk({ dataDir, start: '2026-11-24T02:00:00.000Z' });
  plans = recordPlans(desk.ledger.sqlite);
  await desk.signInAs('李经理');
});
afterAll(async () => desk?.close());

/** Whether a step of some statement's plan reads `index` alone. */
function readsAlone(all: Plan[], index: string): boolean {
  return all.some((p) =>
    p.steps.some((step) => new RegExp(`\\bUSING COVERING INDEX ${index}\\b`).test(step)),
  );
}

function shown(all: Plan[]): string {
  return all.map((p) => `${p.sql.replace(/\s+/g, ' ').trim()}\n  ${p.steps.join('\n  ')}`).join('\n');
}

describe('reads answered from a covering index alone', () => {
  test("no statistics: the plans are the planner's rules, not the data's", () => {
    const stats = desk.ledger.sqlite
      .prepare(`SELECT name FROM sqlite_master WHERE name LIKE 'sqlite\\_stat%' ESCAPE '\\'`)
      .all();
    expect(stats).toEqual([]);
  });

  test.each([
    // 0013: a past day's sheet sums stock and ticket cash up to its date
    ['exports.daySheet', { date: PAST_DATE }, 'ticket_movements_stock_by_date'],
    ['exports.daySheet', { date: PAST_DATE }, 'cash_movements_custody_by_date'],
    // 0014: a customer's visits, calls and last seen, beside the name
    ['customers.search', { query: '王先生' }, 'visits_by_customer_arrival'],
    ['customers.search', { query: '王先生' }, 'calls_by_customer_time'],
  ] as const)('%s %j reads %s alone', async (channel, input, index) => {
    // the same question asked twice is answered from memory the second time: read it afresh
    desk.router.forgetKeptAnswers();
    const ran = await plans(() => desk.untyped.ok(channel, input));
    expect(
      readsAlone(ran, index),
      `no statement of ${channel} reads ${index} alone; its plans:\n${shown(ran)}`,
    ).toBe(true);
  });

  test.each(['holds.queue', 'holds.dueCount'])(
    '%s reads the open holds off hold_status_open (0050), not every claimed unit',
    async (channel) => {
      const ran = await plans(() => desk.untyped.ok(channel, {}));
      const steps = ran.flatMap((p) => p.steps);
      expect(
        steps.some((s) => /\bINDEX hold_status_open\b/.test(s)),
        shown(ran),
      ).toBe(true);
      expect(
        steps.some((s) => /\bsqlite_autoindex_unit_claims_1 \(hold_id>\?\)/.test(s)),
        shown(ran),
      ).toBe(false);
    },
  );

  test("holds.board reads each claimed hold's kept status (0049), not its events", async () => {
    const ran = await plans(() => desk.ok('holds.board', {}));
    expect(
      ran.some((p) => /\bhold_status\b/.test(p.sql)),
      shown(ran),
    ).toBe(true);
    expect(
      ran.some((p) => p.steps.some((step) => /\bhold_events_by_hold_facts\b/.test(step))),
      shown(ran),
    ).toBe(false);
  });

  test('keys.movements narrowed to one key reads its movements newest first by key_movements_by_key, unsorted (0016)', async () => {
    const ran = await plans(() => desk.ok('keys.movements', { tag: 'QT' }));
    const register = ran.filter((p) =>
      p.steps.some((s) => /\bUSING INDEX key_movements_by_key \(key_id=\?\)/.test(s)),
    );
    expect(
      register,
      `no statement of keys.movements searches key_movements_by_key; its plans:\n${shown(ran)}`,
    ).toHaveLength(1);
    expect(register[0]!.steps.filter((s) => s.includes('TEMP B-TREE'))).toEqual([]);
  });
});

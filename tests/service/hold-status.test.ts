import { afterEach, describe, expect, test } from 'vitest';
import path from 'node:path';
import { holdStatusProblems } from '../../electron/core/audit/holdStatus';
import type { HoldState } from '../../shared/domain/vocab';
import { testDesk, type TestDesk } from '../support/desk';
import { boardUnit, depositInput, heldUnit, requestAs, unitByRoom } from '../support/holds';
import { rerunMigrations } from '../support/rewind';

/**
 * The status the database keeps of each hold (0049) against the test's own account of what each
 * hold went through; the database refusing any other write of it; audit.verify naming a row
 * edited behind its triggers; and the migration's backfill of an existing ledger.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

interface Kept {
  hold_id: number;
  state: HoldState;
  expires_at: string | null;
  deposit_fen: number | null;
  receipt_no: string | null;
  reported: number;
  last_event_id: number;
}
const keptRows = (d: TestDesk) =>
  d.ledger.sqlite.prepare('SELECT * FROM hold_status ORDER BY hold_id').all() as Kept[];
const newestEvent = (d: TestDesk, holdId: number) =>
  (
    d.ledger.sqlite.prepare('SELECT max(id) AS id FROM hold_events WHERE hold_id = ?').get(holdId) as {
      id: number;
    }
  ).id;

/** Seven holds, one through each road a hold can take; what the test expects of each. */
async function sevenRoads(d: TestDesk) {
  const expected = new Map<number, Omit<Kept, 'hold_id' | 'last_event_id'>>();
  const expect1 = (id: number, e: Partial<Omit<Kept, 'hold_id' | 'last_event_id'>>) =>
    expected.set(id, {
      state: 'pending',
      expires_at: null,
      deposit_fen: null,
      receipt_no: null,
      reported: 0,
      ...e,
    });

  await d.signInAs('李经理');
  const pending = await requestAs(d, '张伟', (await unitByRoom(d, '101')).id);
  expect1(pending.id, {});

  const rejected = await requestAs(d, '张伟', (await unitByRoom(d, '102')).id);
  await d.signInAs('李经理');
  await d.ok('holds.reject', { holdId: rejected.id, reason: '客户资料不全' });
  expect1(rejected.id, { state: 'rejected' });

  const held = await heldUnit(d, '103');
  expect1(held.id, { state: 'held', expires_at: held.expiresAt });

  const extended = await heldUnit(d, '104');
  const longer = await d.ok('holds.extend', { holdId: extended.id, minutes: 240 });
  await d.signInAs('张伟');
  await d.ok('holds.report', { holdId: extended.id, reason: '客户不定了' });
  expect1(extended.id, { state: 'held', expires_at: longer.expiresAt, reported: 1 });

  const released = await heldUnit(d, '201');
  await d.signInAs('李经理');
  await d.ok('holds.release', { holdId: released.id, reason: '客户放弃' });
  // the last expiry an event set stays in the row; the reader keeps it only while held
  expect1(released.id, { state: 'released', expires_at: released.expiresAt });

  const signed = await heldUnit(d, '202');
  await d.ok('holds.deposit', depositInput(d, signed.id, 5_000_000, 'SJ-0001'));
  await d.ok('holds.sign', { holdId: signed.id });
  expect1(signed.id, {
    state: 'signed',
    expires_at: signed.expiresAt,
    deposit_fen: 5_000_000,
    receipt_no: 'SJ-0001',
  });

  const cancelled = await heldUnit(d, '203');
  await d.ok('holds.deposit', depositInput(d, cancelled.id, 2_000_000, 'SJ-0002'));
  await d.ok('holds.cancel', { holdId: cancelled.id, refundFen: 2_000_000, reason: '客户退定' });
  expect1(cancelled.id, {
    state: 'cancelled',
    expires_at: cancelled.expiresAt,
    deposit_fen: 2_000_000,
    receipt_no: 'SJ-0002',
  });
  return { expected, held, pending };
}

function expectKept(d: TestDesk, expected: Map<number, Omit<Kept, 'hold_id' | 'last_event_id'>>) {
  expect(keptRows(d)).toEqual(
    [...expected.entries()]
      .sort(([a], [b]) => a - b)
      .map(([holdId, e]) => ({ hold_id: holdId, ...e, last_event_id: newestEvent(d, holdId) })),
  );
  expect(holdStatusProblems(d.ledger.sqlite)).toEqual([]);
}

describe('the kept status follows the events', () => {
  test('each road a hold takes — and the expiry job — leaves the row the events say', async () => {
    desk = await testDesk();
    const { expected, held, pending } = await sevenRoads(desk);
    expectKept(desk, expected);
    expect((await boardUnit(desk, held.unitId)).status).toBe('held');
    expect((await boardUnit(desk, pending.unitId)).status).toBe('pending');

    // past its expiry the held unit shows free at once, and the job releases it
    desk.clock.set(new Date(Date.parse(held.expiresAt!) + 60_000).toISOString());
    await desk.signInAs('李经理');
    expect((await boardUnit(desk, held.unitId)).status).toBe('available');
    await desk.ok('holds.expireDue');
    expected.set(held.id, { ...expected.get(held.id)!, state: 'released' });
    expectKept(desk, expected);
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: true });
  });
});

describe('nothing writes a status row but the event trigger', () => {
  test('a direct update, insert or delete is refused and changes nothing', async () => {
    desk = await testDesk();
    const { held, pending } = await sevenRoads(desk);
    const db = desk.ledger.sqlite;
    const before = keptRows(desk);
    const refused = [
      `UPDATE hold_status SET state = 'signed' WHERE hold_id = ${held.id}`,
      `UPDATE hold_status SET expires_at = '2099-01-01T00:00:00.000Z' WHERE hold_id = ${held.id}`,
      `UPDATE hold_status SET last_event_id = last_event_id + 1000`,
      `UPDATE hold_status SET reported = 1 WHERE hold_id = ${pending.id}`,
      'DELETE FROM hold_status',
      `INSERT OR REPLACE INTO hold_status VALUES (${held.id}, 'released', NULL, NULL, NULL, 0, 1)`,
      `INSERT INTO hold_status VALUES (99999, 'pending', NULL, NULL, NULL, 0, 1)`,
    ];
    for (const statement of refused) {
      expect(() => db.prepare(statement).run(), statement).toThrow(/never written directly/);
    }
    expect(keptRows(desk)).toEqual(before);

    // an event is appended after every other, or the newest would not be the last step
    const last = (db.prepare('SELECT max(id) AS id FROM hold_events').get() as { id: number }).id;
    const insert = (id: number, holdId: number) =>
      db
        .prepare(
          `INSERT INTO hold_events (id, hold_id, kind, at, business_date, actor_id, reason, audit_id)
           VALUES (?, ?, 'reported', 'x', '2026-11-23', ?, '不定', 1)`,
        )
        .run(id, holdId, desk.userId('张伟'));
    db.exec('BEGIN');
    insert(last + 10, pending.id);
    expect(() => insert(last + 5, held.id)).toThrow(/appended after the last one/);
    db.exec('ROLLBACK');
    expect(keptRows(desk)).toEqual(before);
  });

  test('a row edited behind the triggers is named by the check and by audit.verify', async () => {
    desk = await testDesk();
    const { held, pending } = await sevenRoads(desk);
    const db = desk.ledger.sqlite;
    db.exec('DROP TRIGGER hold_status_follows_events; DROP TRIGGER hold_status_no_delete');
    db.prepare(`UPDATE hold_status SET state = 'signed' WHERE hold_id = ?`).run(held.id);
    db.prepare('DELETE FROM hold_status WHERE hold_id = ?').run(pending.id);
    const named = holdStatusProblems(db).map((p) => p.problem);
    const last = newestEvent(desk, held.id);
    // in the order of the holds: the pending one was asked for first
    expect(named).toEqual([
      `no kept status for hold #${pending.id}`,
      `kept status of hold #${held.id} says ${JSON.stringify(['signed', held.expiresAt, null, null, false, last])} but its events say ${JSON.stringify(['held', held.expiresAt, null, null, false, last])}`,
    ]);
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify', {})).toMatchObject({
      ok: false,
      firstProblem: { table: 'hold_status' },
    });
  });
});

describe('the migration backfills the status from an existing ledger', () => {
  test('a ledger written before 0049 gets rows equal to its events, and keeps them', async () => {
    desk = await testDesk();
    const { expected } = await sevenRoads(desk);
    const before = keptRows(desk);
    desk.ledger.sqlite.exec(`
      DROP TRIGGER hold_events_keep_status;
      DROP TRIGGER hold_status_follows_events;
      DROP TRIGGER hold_status_opened_by_event;
      DROP TRIGGER hold_status_no_delete;
      DROP TABLE hold_status;
    `);
    await rerunMigrations(desk, ['0049_hold_status']);
    const dir = path.dirname(desk.ledger.file);
    await desk.close();

    desk = await testDesk({ dataDir: dir, start: '2026-11-23T12:00:00.000Z' });
    expect(keptRows(desk)).toEqual(before);
    expectKept(desk, expected);
    // and the trigger keeps them from there
    await desk.signInAs('李经理');
    const more = await heldUnit(desk, '301');
    expected.set(more.id, {
      state: 'held',
      expires_at: more.expiresAt,
      deposit_fen: null,
      receipt_no: null,
      reported: 0,
    });
    expectKept(desk, expected);
  });
});

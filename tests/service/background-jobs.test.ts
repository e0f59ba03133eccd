import { afterEach, expect, test, vi } from 'vitest';
import { atFrontDesk, type TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';

let desk: TestDesk;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
  await desk?.close();
});

test('the app flags an overdue key to the managers by itself, with nobody on the key page', async () => {
  desk = await atFrontDesk();
  const dueBack = new Date(desk.clock.now().getTime() + 30 * 60_000).toISOString();
  await desk.ok('keys.issue', {
    tag: 'YBA',
    holder: { kind: 'staff', userId: desk.userId('张伟') },
    purpose: '看房',
    dueBack,
  });
  await desk.ok('auth.signOut');

  // the first run posts what is due (the demo's empty ticket stock is low); a second run, with
  // nothing new, leaves the audit trail alone
  const settle = async () => {
    stop = desk.startBackgroundJobs();
    await new Promise((resolve) => setTimeout(resolve, 400));
    await stop();
  };
  await settle();
  const before = rowCount(desk, 'audit_log');
  await settle();
  const idleRows = desk.ledger.sqlite
    .prepare(
      `SELECT channel FROM audit_log WHERE id > ? AND channel IN ('keys.checkOverdue', 'holds.expireDue', 'tickets.remind')`,
    )
    .all(before);
  expect(idleRows).toEqual([]);
  expect(desk.ledger.sqlite.prepare('SELECT count(*) n FROM key_overdue_notices').get()).toEqual({ n: 0 });

  desk.clock.advance(31 * 60_000);
  stop = desk.startBackgroundJobs();
  await vi.waitFor(async () => {
    await desk.signInAs('李经理');
    const notes = await desk.ok('notifications.list');
    expect(notes.items.map((n) => n.kind)).toContain('overdue_key');
  });
  const sealed = desk.ledger.sqlite
    .prepare("SELECT actor_id FROM audit_log WHERE channel = 'keys.checkOverdue'")
    .all();
  expect(sealed).toEqual([{ actor_id: null }]); // once, by the system
});

import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { openLedger, type Ledger } from '../../db/connection';
import { migrateLedger } from '../../db/migrate';
import { widenChecks, widenCheckSql } from '../../db/migrations/widenChecks';
import { verifyLedger } from '../../electron/core/audit/verify';
import { testDesk, tempDir, type TestDesk } from '../support/desk';

let desk: TestDesk | null = null;
let ledger: Ledger | null = null;
afterEach(async () => {
  await desk?.close();
  await ledger?.close();
  desk = null;
  ledger = null;
});

/** Everything SQLite keeps of a table but its own CREATE text: indexes and triggers. */
function dependants(l: Ledger, table: string): string[] {
  return (
    l.sqlite
      .prepare(`SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type <> 'table' AND sql IS NOT NULL`)
      .all(table) as { sql: string }[]
  )
    .map((r) => r.sql)
    .sort();
}

test('widenCheckSql adds words once, keeps the others and their order, and quotes', () => {
  const create = `CREATE TABLE t (id INTEGER, kind TEXT NOT NULL CHECK (kind IN ('a', 'b')), n INTEGER CHECK (n > 0))`;
  const once = widenCheckSql(create, 'kind', ['c', 'a', "d'x"]);
  expect(once).toBe(
    `CREATE TABLE t (id INTEGER, kind TEXT NOT NULL CHECK (kind IN ('a', 'b', 'c', 'd''x')), n INTEGER CHECK (n > 0))`,
  );
  expect(widenCheckSql(once, 'kind', ['c'])).toBe(once);
  expect(() => widenCheckSql(create, 'n', ['x'])).toThrow(/no CHECK/);
});

test('widenCheckSql widens the chosen CHECK of a column: the first, or a later table CHECK', () => {
  const create = `CREATE TABLE t (kind TEXT CHECK (kind IN ('a', 'b', 'c')), x INTEGER, CHECK (kind NOT IN ('a') OR x > 0), CHECK (kind IN ('a', 'b') OR x IS NOT NULL))`;
  const first = widenCheckSql(create, 'kind', ['d']);
  expect(first).toBe(create.replace(`('a', 'b', 'c')`, `('a', 'b', 'c', 'd')`));
  // "kind NOT IN" is not a closed set: the second closed set is the table's last CHECK
  expect(widenCheckSql(first, 'kind', ['d'], 1)).toBe(
    first.replace(`CHECK (kind IN ('a', 'b') OR`, `CHECK (kind IN ('a', 'b', 'd') OR`),
  );
  expect(() => widenCheckSql(create, 'kind', ['d'], 2)).toThrow(/no CHECK/);
});

test('a widened table keeps its rows, audit ids, indexes and triggers; the ledger still verifies', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const units = (await desk.ok('holds.board')).units;
  await desk.signInAs('张伟');
  await desk.ok('holds.request', {
    unitId: units[0]!.id,
    customerName: '王先生',
    customerPhone: '13812345678',
  });
  const file = desk.ledger.file;
  await desk.close();
  desk = null;

  ledger = openLedger(file);
  const before = ledger.sqlite.prepare('SELECT * FROM hold_events ORDER BY id').all();
  const triggers = dependants(ledger, 'hold_events');
  await widenChecks(ledger.db as never, [
    { table: 'hold_events', column: 'kind', add: ['reported_no_deposit'] },
    { table: 'notifications', column: 'severity', add: ['urgent'] },
  ]);
  // a second migration adding to the same set keeps what the first added
  await widenChecks(ledger.db as never, [{ table: 'hold_events', column: 'kind', add: ['another'] }]);

  expect(ledger.sqlite.prepare('SELECT * FROM hold_events ORDER BY id').all()).toEqual(before);
  expect(dependants(ledger, 'hold_events')).toEqual(triggers);
  const create = (
    ledger.sqlite
      .prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'hold_events'`)
      .get() as {
      sql: string;
    }
  ).sql;
  expect(create).toMatch(/^CREATE TABLE "?hold_events"? /);
  expect(create).toContain("'reported_no_deposit', 'another'");
  expect(ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(ledger.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(verifyLedger(ledger.sqlite).ok).toBe(true);
  // the append-only triggers came back with the table
  expect(() => ledger!.sqlite.prepare('DELETE FROM hold_events').run()).toThrow();
});

test('a migration that fails midway leaves the table as it was', async () => {
  const dir = tempDir();
  ledger = openLedger(path.join(dir, 'ledger.sqlite'));
  await migrateLedger(ledger, path.join(dir, 'backups'));
  const create = () =>
    (
      ledger!.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'hold_events'`).get() as {
        sql: string;
      }
    ).sql;
  const before = create();
  await expect(
    widenChecks(ledger.db as never, [
      { table: 'hold_events', column: 'kind', add: ['x'] },
      { table: 'hold_events', column: 'no_such_column', add: ['y'] },
    ]),
  ).rejects.toThrow(/no CHECK/);
  expect(create()).toBe(before);
  expect(ledger.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
});

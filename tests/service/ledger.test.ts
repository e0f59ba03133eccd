import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME, openLedger } from '../../db/connection';
import { migrateLedger } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { openDesk } from '../../electron/core/desk';
import { verifyLedgerFile } from '../../electron/core/maintenance';
import { atFrontDesk, tempDir, testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** A ledger with some history, closed, so a test can edit the file as a person with sqlite3 would. */
async function ledgerWithHistory(): Promise<string> {
  desk = await testDesk();
  await desk.signInAs('系统管理员');
  await desk.ok('users.create', { name: '新人', roles: ['receptionist'], secret: '1234' });
  await desk.ok('settings.update', { idleLockMinutes: 7 });
  await desk.router.call('auth.signIn', { userId: desk.userId('王芳'), secret: '0000' });
  const file = desk.ledger.file;
  await desk.close();
  desk = null;
  return file;
}

function editByHand(file: string, statements: string): void {
  const ledger = openLedger(file);
  ledger.sqlite.exec(statements);
  ledger.sqlite.close();
}

describe('the database itself refuses what the rules forbid', () => {
  test('append-only tables refuse UPDATE and DELETE', async () => {
    desk = await testDesk();
    await desk.signInAs('王芳'); // so sign_in_attempts has a row to refuse
    const db = desk.ledger.sqlite;
    expect(() => db.exec('UPDATE audit_log SET channel = channel')).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM audit_log')).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM sign_in_attempts')).toThrow(/append-only/);
    expect(() => db.exec("UPDATE users SET roles = 'not json'")).toThrow(/CHECK/);
  });

  test('an audit row is accepted only as the next link of the chain', async () => {
    desk = await atFrontDesk();
    const db = desk.ledger.sqlite;
    const last = db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1').get() as Record<
      string,
      unknown
    > & {
      id: number;
      hash: string;
      prev_hash: string;
    };
    const insert = db.prepare(
      `INSERT INTO audit_log (id, at, business_date, actor_id, countersigned_by, channel, outcome, error_code,
         summary, writes, prev_hash, hash, seal)
       VALUES (@id, @at, @business_date, @actor_id, @countersigned_by, @channel, @outcome, @error_code,
         @summary, @writes, @prev_hash, @hash, @seal)`,
    );
    const forged = { ...last, hash: 'f'.repeat(64), seal: 'a'.repeat(64) };
    // a second row claiming the last row's predecessor (a fork), a gap, a row not chained to the last
    expect(() => insert.run({ ...forged, id: last.id + 1, prev_hash: last.prev_hash })).toThrow(
      /audit chain/,
    );
    expect(() => insert.run({ ...forged, id: last.id + 2, prev_hash: last.hash })).toThrow(/audit chain/);
    expect(() => insert.run({ ...forged, id: last.id + 1, prev_hash: 'e'.repeat(64) })).toThrow(
      /audit chain/,
    );
    // a row without its seal is refused even as the next link
    expect(() => insert.run({ ...forged, id: last.id + 1, prev_hash: last.hash, seal: null })).toThrow(
      /seal/,
    );
    // the next link is accepted (and the verifier then sees a row whose hash does not match)
    insert.run({ ...forged, id: last.id + 1, prev_hash: last.hash });
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: false });
  });

  test('tables are STRICT: a text in an integer column is refused', async () => {
    desk = await testDesk();
    expect(() => desk!.ledger.sqlite.exec("UPDATE users SET active = 'yes'")).toThrow();
  });
});

describe('verify finds any hand edit and names the row', () => {
  test('an untouched ledger verifies', async () => {
    const report = await verifyLedgerFile(await ledgerWithHistory());
    expect(report).toMatchObject({ ok: true, integrity: 'ok', firstProblem: null });
    expect(report.auditRows).toBeGreaterThan(10);
  });

  test.each([
    [
      'a user given the manager role',
      `UPDATE users SET roles = '["receptionist","manager"]' WHERE name = '王芳'`,
      'users',
      /changed after audit/,
    ],
    [
      'a setting changed',
      `UPDATE settings SET value = '60' WHERE key = 'idleLockMinutes'`,
      'settings',
      /changed after audit/,
    ],
    [
      'a failed sign-in erased',
      `DROP TRIGGER sign_in_attempts_no_delete; DELETE FROM sign_in_attempts WHERE ok = 0`,
      'sign_in_attempts',
      /missing/,
    ],
    [
      'a notification forged',
      `INSERT INTO notifications (at, business_date, kind, severity, title_key, params, for_roles, audit_id) VALUES ('2026-11-23T02:00:00.000Z','2026-11-23','system','info','x','{}','[]',1)`,
      'notifications',
      /not written by any audited call/,
    ],
    [
      'an audit row rewritten',
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor_id = NULL WHERE id = 3`,
      'audit_log',
      /altered/,
    ],
    [
      'an audit row removed from the middle',
      `PRAGMA foreign_keys = OFF; DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 5`,
      'audit_log',
      /chain broken/,
    ],
  ])('%s', async (_what, statements, table, problem) => {
    const file = await ledgerWithHistory();
    editByHand(file, statements);
    const report = await verifyLedgerFile(file);
    expect(report.ok).toBe(false);
    expect(report.firstProblem?.table).toBe(table);
    expect(report.firstProblem?.problem).toMatch(problem);
  });

  test('the named row is the one edited', async () => {
    const file = await ledgerWithHistory();
    const ledger = openLedger(file);
    const id = (ledger.sqlite.prepare("SELECT id FROM users WHERE name = '新人'").get() as { id: number }).id;
    ledger.sqlite.close();
    editByHand(file, `UPDATE users SET name = '旧人' WHERE id = ${id}`);
    expect((await verifyLedgerFile(file)).firstProblem).toMatchObject({ table: 'users', rowId: id });
  });

  test('audit.verify answers the same through the router', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    desk.ledger.sqlite.exec(`UPDATE users SET name = '改名' WHERE name = '张伟'`);
    const report = await desk.ok('audit.verify');
    expect(report).toMatchObject({ ok: false, firstProblem: { table: 'users' } });
  });
});

describe('migrations', () => {
  test('a new ledger is migrated without a backup; an existing one is backed up before a new migration', async () => {
    const dir = tempDir();
    const file = path.join(dir, LEDGER_FILE_NAME);
    const first = openLedger(file);
    expect(await migrateLedger(first, path.join(dir, 'backups'))).toMatchObject({
      applied: Object.keys(migrations), // every shipped migration, in order
      backup: null,
    });
    await first.close();

    const second = openLedger(file);
    const next = {
      ...migrations,
      '9000_test': {
        up: async (db: never) =>
          void (await sql`CREATE TABLE probe (id INTEGER PRIMARY KEY) STRICT`.execute(db)),
      },
    };
    const result = await migrateLedger(second, path.join(dir, 'backups'), next);
    await second.close();
    expect(result.applied).toEqual(['9000_test']);
    expect(result.backup).not.toBeNull();
    expect(fs.existsSync(result.backup!)).toBe(true);
    const backup = openLedger(result.backup!, { readonly: true });
    const tables = backup.sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'probe'").all();
    await backup.close();
    expect(tables).toEqual([]); // the backup is the ledger as it was before the migration
  });

  test('a ledger written by a newer SiteDesk is refused, not migrated backwards', async () => {
    const dir = tempDir();
    await (await openDesk({ dataDir: dir })).close();
    editByHand(
      path.join(dir, LEDGER_FILE_NAME),
      `INSERT INTO kysely_migration (name, timestamp) VALUES ('9999_future', '2030-01-01T00:00:00.000Z')`,
    );
    await expect(openDesk({ dataDir: dir })).rejects.toMatchObject({ code: 'LEDGER_TOO_NEW' });
  });

  test('the connection runs WAL with foreign keys and a busy timeout', async () => {
    desk = await testDesk();
    const db = desk.ledger.sqlite;
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { dailyBackupDue, listBackups } from '../../electron/core/backups';
import { openDesk } from '../../electron/core/desk';
import { ledgerFile, verifyLedgerFile } from '../../electron/core/maintenance';
import { closeADay } from '../support/dayclose';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const HOUR = 3_600_000;
const fileHash = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('automatic backups', () => {
  test('each backup is verified after writing, and only the newest `backupKeep` are kept', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { backupKeep: 3 });
    for (let i = 0; i < 5; i++) {
      desk.clock.advance(HOUR);
      const result = await desk.backup('daily');
      expect(result.report.ok).toBe(true);
    }
    const kept = listBackups(desk.dataDir);
    expect(kept).toHaveLength(3);
    expect(kept[0]!.takenAt > kept[2]!.takenAt).toBe(true); // newest first
    for (const b of kept) expect((await verifyLedgerFile(b.file)).ok).toBe(true);
  });

  test('a backup taken while the desk is writing is consistent', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const writes = Array.from({ length: 40 }, (_, i) =>
      desk!.ok('settings.update', { idleLockMinutes: (i % 30) + 1 }),
    );
    const [backup] = await Promise.all([desk.backup('busy'), ...writes]);
    expect((await verifyLedgerFile(backup.file)).ok).toBe(true);
  });

  test('the day-close backup is taken between calls even when the desk goes on writing at once', async () => {
    desk = await testDesk();
    await closeADay(desk);
    await desk.signInAs('系统管理员');
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => desk!.ok('settings.update', { idleLockMinutes: (i % 30) + 1 })),
    );
    await expect
      .poll(() => listBackups(desk!.dataDir).filter((b) => b.file.includes('dayclose')).length, {
        timeout: 20_000,
      })
      .toBe(1);
    const [made] = listBackups(desk.dataDir).filter((b) => b.file.includes('dayclose'));
    expect((await verifyLedgerFile(made!.file)).ok).toBe(true);
  });

  test('once a day: due until a backup exists for today', async () => {
    desk = await testDesk();
    expect(dailyBackupDue(desk.dataDir, desk.clock.now())).toBe(true);
    await desk.backup('daily');
    expect(dailyBackupDue(desk.dataDir, desk.clock.now())).toBe(false);
    desk.clock.advance(24 * HOUR);
    expect(dailyBackupDue(desk.dataDir, desk.clock.now())).toBe(true);
  });

  test('closing the app takes the on-quit backup', async () => {
    desk = await testDesk();
    const dir = desk.dataDir;
    await desk.close({ backup: true });
    desk = null;
    expect(listBackups(dir).map((b) => b.reason)).toEqual(['quit']);
  });
});

describe('start-up checks', () => {
  test('a damaged ledger is refused before anything writes to it, naming the latest good backup', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const good = await desk.backup('daily');
    const dir = desk.dataDir;
    await desk.close();
    desk = null;

    const tamper = openLedger(ledgerFile(dir));
    tamper.sqlite.exec(
      `DROP TRIGGER audit_log_no_update; UPDATE audit_log SET channel = 'users.list' WHERE id = (SELECT max(id) FROM audit_log)`,
    );
    tamper.sqlite.close();
    const before = fileHash(ledgerFile(dir));

    await expect(openDesk({ dataDir: dir })).rejects.toMatchObject({
      code: 'LEDGER_DAMAGED',
      params: { backup: good.file.split(/[\\/]/).pop() },
    });
    expect(fileHash(ledgerFile(dir))).toBe(before); // not a byte written
  });

  test('a file that is not a database at all is refused too', async () => {
    desk = await testDesk();
    const dir = desk.dataDir;
    await desk.close();
    desk = null;
    for (const suffix of ['-wal', '-shm']) fs.rmSync(ledgerFile(dir) + suffix, { force: true });
    fs.writeFileSync(ledgerFile(dir), Buffer.alloc(8192, 7));
    await expect(openDesk({ dataDir: dir })).rejects.toBeDefined();
  });
});

describe('restore from the app (admin)', () => {
  test('the ledger is replaced by the backup while the app runs; everyone signs in again', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const backup = await desk.ok('backups.create');
    expect(backup.bytes).toBeGreaterThan(0);
    await desk.ok('users.create', { name: '备份后新人', roles: ['receptionist'], secret: '1357' });

    const answer = await desk.ok('backups.restore', { name: backup.name });
    expect(answer.name).toBe(backup.name);
    // a call made while the swap happens waits for it, then sees the restored ledger
    const roster = await desk.ok('auth.roster');
    expect(roster.map((u) => u.name)).not.toContain('备份后新人');
    expect((await desk.ok('auth.session')).user).toBeNull();

    await desk.signInAs('系统管理员');
    expect((await desk.ok('audit.verify')).ok).toBe(true);
    const kept = (await desk.ok('backups.list')).backups;
    expect(kept.map((b) => b.reason)).toContain('before-restore'); // the replaced ledger is kept
  });

  test('refusals: not admin, unknown name, a backup that fails verify', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const good = await desk.ok('backups.create');
    expect(await desk.refused('backups.restore', { name: 'sitedesk-20990101T000000-nope.sqlite' })).toBe(
      'BACKUP_NOT_FOUND',
    );
    expect(await desk.refused('backups.restore', { name: '../../etc/passwd' })).toBe('INVALID_INPUT');

    const tampered = listBackups(desk.dataDir).find((b) => b.name === good.name)!;
    const t = openLedger(tampered.file);
    t.sqlite.exec(`UPDATE users SET name = '冒名' WHERE name = '王芳'`);
    t.sqlite.close();
    expect(await desk.refused('backups.restore', { name: good.name })).toBe('BACKUP_INVALID');

    await desk.signInAs('李经理');
    expect(await desk.refused('backups.list')).toBe('FORBIDDEN');
  });
});

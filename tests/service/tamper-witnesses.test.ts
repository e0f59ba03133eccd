import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { AUDITED_TABLES } from '../../db/schema';
import { forgeLedger } from '../support/forger';
import { runDeskCli as run } from '../support/cli';
import { tempDir, testDesk, type TestDesk } from '../support/desk';

/**
 * A knowledgeable forger: holds the ledger file and the source, not the seal key, and rewrites
 * the chain so that the ledger is consistent in itself. Each witness outside the file must catch
 * it on its own, naming itself.
 */
let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

/** This PC's key file, named: where a desktop app on the same PC keeps its key, verify says so instead. */
const KEY = ['--key', path.join(process.env.SITEDESK_KEYS_DIR!, 'seal-key.json')];
const NO_KEY = ['--key', path.join(tempDir('sitedesk-nokey-'), 'absent.json')];

/** A demo office with a backup (and its head file) and a printed day sheet's fingerprint. */
async function witnessedOffice(): Promise<{ dir: string; fingerprint: string; wangFang: number }> {
  const dir = tempDir();
  desk = await testDesk({ dataDir: dir });
  await desk.signInAs('系统管理员');
  await desk.ok('users.create', { name: '备份前新人', roles: ['receptionist'], secret: '1357' });
  const backup = await desk.ok('backups.create');
  expect(fs.existsSync(path.join(dir, 'backups', backup.name.replace(/\.sqlite$/, '.head.json')))).toBe(true);
  await desk.signInAs('李经理');
  const sheet = await desk.ok('exports.daySheet', { date: '2026-11-23' });
  expect(sheet.fingerprint?.text).toMatch(/^\d+:[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
  const wangFang = desk.userId('王芳');
  await desk.close();
  desk = null;
  return { dir, fingerprint: sheet.fingerprint!.text, wangFang };
}

function makeAdmin(dir: string, userId: number): void {
  forgeLedger(path.join(dir, 'sitedesk.sqlite'), (db) =>
    db.prepare(`UPDATE users SET roles = '["admin"]' WHERE id = ?`).run(userId),
  );
}

describe('a forger with the file and the source, without the key', () => {
  test('the untouched ledger passes every witness, the typed fingerprint included', async () => {
    const { dir, fingerprint } = await witnessedOffice();
    const ok = await run('verify', '--data', dir, ...KEY, '--witness', fingerprint);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/seals: checked/);
    expect(ok.out).toMatch(/witnesses: \d+ checked, \d+ hold the ledger/);
  });

  test('a recomputed chain fails on the seal with the key', async () => {
    const { dir, wangFang } = await witnessedOffice();
    makeAdmin(dir, wangFang);
    const bad = await run('verify', '--data', dir, ...KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/seal does not match/);
    expect(bad.err).toMatch(/caught by: this PC's seal key/);
  });

  test('stripping the seals too is caught: this PC recorded the row its sealing began at', async () => {
    const { dir, wangFang } = await witnessedOffice();
    makeAdmin(dir, wangFang);
    forgeLedger(path.join(dir, 'sitedesk.sqlite'), (db) => db.exec('UPDATE audit_log SET seal = NULL'));
    const bad = await run('verify', '--data', dir, ...KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/no seal, though this PC has sealed every row of this ledger since #\d+/);
  });

  test('in the app, audit.verify takes the typed fingerprints and names the witness', async () => {
    const { dir, fingerprint, wangFang } = await witnessedOffice();
    makeAdmin(dir, wangFang);
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    desk = await testDesk({ dataDir: dir });
    await desk.signInAs('李经理');
    const report = await desk.ok('audit.verify', {
      witnesses: [fingerprint.toLowerCase().replace(/-/g, ' ')],
    });
    expect(report.ok).toBe(false);
    expect(report.witnesses.find((w) => w.kind === 'fingerprint')?.verdict).toBe('disagrees');
    expect(report.seals.checked).toBe(true);
    expect(await desk.refused('audit.verify', { witnesses: ['not a fingerprint'] })).toBe(
      'FINGERPRINT_INVALID',
    );
  });

  test('without the key, the backups folder catches it, naming the backup', async () => {
    const { dir, wangFang } = await witnessedOffice();
    makeAdmin(dir, wangFang);
    const bad = await run('verify', '--data', dir, ...NO_KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/seals: NOT checked/);
    expect(bad.err).toMatch(/caught by: Backup sitedesk-\d{8}T\d{6}-manual/);
  });

  test('without the key or the backups, a fingerprint from a printed sheet catches it', async () => {
    const { dir, fingerprint, wangFang } = await witnessedOffice();
    makeAdmin(dir, wangFang);
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    // nothing outside the file is left: the ledger is consistent in itself (the README says so)
    expect((await run('verify', '--data', dir, ...NO_KEY)).code).toBe(0);
    const bad = await run('verify', '--data', dir, ...NO_KEY, '--witness', fingerprint);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`caught by: Printed fingerprint ${fingerprint}`);
  });

  test('the second backup folder (a USB stick) catches it when backups/ is gone too', async () => {
    const dir = tempDir();
    const stick = tempDir('sitedesk-stick-');
    desk = await testDesk({ dataDir: dir });
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { secondBackupDir: stick });
    const backup = await desk.ok('backups.create');
    expect(fs.readdirSync(stick).sort()).toEqual([
      backup.name.replace(/\.sqlite$/, '.head.json'),
      backup.name,
    ]);
    const listed = await desk.ok('backups.list');
    expect(listed.secondFolder).toEqual({ dir: stick, reachable: true });
    expect(listed.backups[0]).toMatchObject({ name: backup.name, inSecondFolder: true });
    expect(listed.backups[0]!.fingerprint).toMatch(/^\d+:/);
    const wangFang = desk.userId('王芳');
    await desk.close();
    desk = null;

    makeAdmin(dir, wangFang);
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    const bad = await run('verify', '--data', dir, ...NO_KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`caught by: Backup ${backup.name} (${stick})`);
  });

  test('an unreachable second folder: the backup is still taken here, and the list says so', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const unplugged = path.join(tempDir('sitedesk-media-'), 'usb');
    await desk.ok('settings.update', { secondBackupDir: unplugged });
    const backup = await desk.ok('backups.create');
    expect(fs.existsSync(unplugged)).toBe(false); // never made on the PC's own disk
    const listed = await desk.ok('backups.list');
    expect(listed.secondFolder).toEqual({ dir: unplugged, reachable: false });
    expect(listed.backups[0]).toMatchObject({ name: backup.name, inSecondFolder: false });
    expect(await desk.refused('settings.update', { secondBackupDir: 'relative/folder' })).toBe(
      'INVALID_INPUT',
    );
  });

  test('deleting the last rows of the chain is caught by the backup head and by the fingerprint', async () => {
    const dir = tempDir();
    desk = await testDesk({ dataDir: dir });
    await desk.signInAs('李经理');
    const fingerprint = (await desk.ok('exports.daySheet', { date: '2026-11-23' })).fingerprint!.text;
    await desk.close({ backup: true }); // the backup on quit, with its head file
    desk = null;
    const file = path.join(dir, 'sitedesk.sqlite');
    // the last two calls cut away, with every row they wrote
    forgeLedger(file, (db) => {
      const { cut } = db.prepare('SELECT max(id) - 2 AS cut FROM audit_log').get() as { cut: number };
      for (const table of Object.keys(AUDITED_TABLES))
        db.prepare(`DELETE FROM ${table} WHERE audit_id > ?`).run(cut);
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(cut);
    });
    const last = Number(fingerprint.split(':')[0]);

    const byBackup = await run('verify', '--data', dir);
    expect(byBackup.code).toBe(1);
    expect(byBackup.err).toContain(`audit_log#${last - 1}`);
    expect(byBackup.err).toMatch(/rows #\d+–#\d+ are missing \(caught by: Backup/);

    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    const byPaper = await run('verify', '--data', dir, ...NO_KEY, '--witness', fingerprint);
    expect(byPaper.code).toBe(1);
    expect(byPaper.err).toContain(`caught by: Printed fingerprint ${fingerprint}`);
  });

  test('a fingerprint that is not one is a usage error', async () => {
    const { dir } = await witnessedOffice();
    const res = await run('verify', '--data', dir, '--witness', '12:ABCD');
    expect(res.code).toBe(2);
    expect(res.err).toMatch(/not a ledger fingerprint/);
  });
});

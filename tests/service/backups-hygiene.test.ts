import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { listBackups, prunable, type BackupFile } from '../../electron/core/backups';
import { ledgerFile } from '../../electron/core/maintenance';
import { runDeskCli as run } from '../support/cli';
import { tempDir, testDesk, type TestDesk } from '../support/desk';

const MINUTE = 60_000; // backups are named by the second; the screen locks after idle minutes
let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const companions = (dir: string) => fs.readdirSync(dir).filter((n) => /-(wal|shm)$/.test(n));

describe('backups leave nothing behind', () => {
  test('pruning and verifying leave exactly keep backups with their head files, no -wal/-shm', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { backupKeep: 2 });
    for (let i = 0; i < 4; i++) {
      await desk.ok('backups.create');
      desk.clock.advance(MINUTE);
    }
    const dir = desk.dataDir;
    const backups = path.join(dir, 'backups');
    expect(await run('verify', '--data', dir)).toMatchObject({ code: 0 });
    expect(companions(backups)).toEqual([]);
    const names = fs.readdirSync(backups).sort();
    expect(names.filter((n) => n.endsWith('.sqlite'))).toHaveLength(2);
    expect(names.filter((n) => n.endsWith('.head.json'))).toHaveLength(2);
    expect(names).toHaveLength(4); // nothing else: no companions, no partial copies
  });

  test('the backup taken before a restore outlives keep until the next day close', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { backupKeep: 1 });
    const first = await desk.ok('backups.create');
    desk.clock.advance(MINUTE);
    await desk.ok('backups.restore', { name: first.name });
    await desk.signInAs('系统管理员');
    for (let i = 0; i < 3; i++) {
      desk.clock.advance(MINUTE);
      await desk.backup('quit');
    }
    expect(listBackups(desk.dataDir).map((b) => b.reason)).toEqual(['quit', 'before-restore']);

    // the pure rule: a day close after the restore lets it go
    const at = (reason: string, takenAt: string): BackupFile => ({
      name: `${reason}-${takenAt}`,
      file: '',
      bytes: 1,
      takenAt,
      reason,
    });
    const list = [at('quit', '2026-11-25'), at('dayclose', '2026-11-24'), at('before-restore', '2026-11-23')];
    expect(prunable(list, 1).map((b) => b.reason)).toEqual(['dayclose', 'before-restore']);
    const beforeClose = [
      at('quit', '2026-11-25'),
      at('before-restore', '2026-11-24'),
      at('dayclose', '2026-11-23'),
    ];
    expect(prunable(beforeClose, 1).map((b) => b.reason)).toEqual(['dayclose']);
  });
});

describe('restore under a running desk', () => {
  test('the CLI restore is refused while a desk holds the folder, and works once it is closed', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const backup = await desk.ok('backups.create');
    await desk.ok('users.create', { name: '恢复前新人', roles: ['receptionist'], secret: '1357' });
    const dir = desk.dataDir;
    const from = path.join(dir, 'backups', backup.name);

    const refused = await run('restore', '--data', dir, '--from', from);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/正在使用这个数据文件夹|running on this data folder/);
    // the running desk goes on writing to the ledger it has open, and nothing was lost
    await desk.ok('users.create', { name: '恢复时新人', roles: ['receptionist'], secret: '2468' });
    expect((await desk.ok('auth.roster')).map((u) => u.name)).toContain('恢复前新人');

    await desk.close();
    desk = null;
    expect(await run('restore', '--data', dir, '--from', from)).toMatchObject({ code: 0 });
  });

  test('a desk whose file was replaced under it stops writing', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const dir = desk.dataDir;
    const copy = path.join(tempDir(), 'other.sqlite');
    fs.copyFileSync(ledgerFile(dir), copy);
    fs.renameSync(copy, ledgerFile(dir)); // as a restore by hand, or another program, would
    expect(
      await desk.refused('users.create', { name: '替换后新人', roles: ['receptionist'], secret: '1357' }),
    ).toBe('LEDGER_REPLACED');
    expect(await desk.refused('auth.roster')).toBe('LEDGER_REPLACED');
  });
});

describe('text must be well-formed', () => {
  test('a lone UTF-16 surrogate is refused, naming the field; a paired one (emoji) is kept', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    for (const name of ['王\ud800芳', 'x\udc00', '\ud83d']) {
      expect(await desk.refused('users.create', { name, roles: ['receptionist'], secret: '1357' })).toBe(
        'TEXT_MALFORMED',
      );
    }
    const res = await desk.router.call('users.create', {
      name: '王\ud800',
      roles: ['receptionist'],
      secret: '1357',
    });
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toContain('name');
    await desk.ok('users.create', { name: '王芳😀', roles: ['receptionist'], secret: '1357' });
    expect((await desk.ok('auth.roster')).map((u) => u.name)).toContain('王芳😀');
  });
});

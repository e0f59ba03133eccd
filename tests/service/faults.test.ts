import fs from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { Router } from '../../electron/core/router';
import { handlers } from '../../electron/core/handlers';
import { ledgerFile } from '../../electron/core/maintenance';
import { backupsDir } from '../../electron/core/paths';
import { DeskSession } from '../../electron/core/session';
import { testDesk, type TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

describe('faults a desk PC will meet', () => {
  test('a full disk: a clear refusal, nothing half-written, reading still works', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const before = rowCount(desk, 'audit_log');
    const pages = desk.ledger.sqlite.pragma('page_count', { simple: true }) as number;
    desk.ledger.sqlite.pragma(`max_page_count = ${pages}`); // the file may not grow: as good as a full disk
    const big = Array.from({ length: 200 }, (_, i) => ({
      name: `大量用户${i}`.padEnd(30, '名'),
      roles: ['receptionist'],
      secret: '1234',
    }));
    let full: string | null = null;
    for (const user of big) {
      const res = await desk.router.call('users.create', user, { locale: 'en' });
      if (!res.ok) {
        full = res.error.code;
        expect(res.error.message).toMatch(/disk is full/);
        break;
      }
    }
    expect(full).toBe('DISK_FULL');
    const answered = rowCount(desk, 'audit_log') - before;
    expect((await desk.ok('users.list', {})).length).toBe(11 + answered); // reads still work
    desk.ledger.sqlite.pragma('max_page_count = 1073741823');
    expect((await desk.ok('audit.verify')).ok).toBe(true);
  });

  test('a read-only ledger: writes refused clearly, reading still works', async () => {
    desk = await testDesk();
    const dir = desk.dataDir;
    const adminId = desk.userId('系统管理员');
    await desk.close();
    desk = null;
    const readOnly = openLedger(ledgerFile(dir), { readonly: true });
    const session = new DeskSession();
    const router = new Router({
      ledger: readOnly,
      desk: session,
      clock: { now: () => new Date() },
      handlers,
      onInternalError: () => {},
    });
    session.signIn(adminId, Date.now());
    const res = await router.call('users.create', { name: '只读', roles: ['receptionist'], secret: '1234' });
    expect(res).toMatchObject({ ok: false, error: { code: 'LEDGER_READ_ONLY' } });
    expect(await router.call('users.list', {})).toMatchObject({ ok: true });
    await readOnly.close();
  });

  test('a ledger locked by another program: LEDGER_BUSY after the busy timeout, nothing written', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const other = openLedger(desk.ledger.file);
    other.sqlite.pragma('busy_timeout = 0');
    other.sqlite.exec('BEGIN EXCLUSIVE');
    desk.ledger.sqlite.pragma('busy_timeout = 50');
    const before = rowCount(desk, 'audit_log');
    const res = await desk.router.call('settings.update', { idleLockMinutes: 9 });
    expect(res).toMatchObject({ ok: false, error: { code: 'LEDGER_BUSY' } });
    other.sqlite.exec('ROLLBACK');
    other.sqlite.close();
    expect(rowCount(desk, 'audit_log')).toBe(before);
    expect(await desk.router.call('settings.update', { idleLockMinutes: 9 })).toMatchObject({ ok: true });
  });

  test('the backup folder vanished: the next backup recreates it', async () => {
    desk = await testDesk();
    await desk.backup('daily');
    fs.rmSync(backupsDir(desk.dataDir), { recursive: true, force: true });
    const again = await desk.backup('daily');
    expect(fs.existsSync(again.file)).toBe(true);
  });
});

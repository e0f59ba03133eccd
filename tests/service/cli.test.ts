import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { openLedger } from '../../db/connection';
import { runDeskCli as run } from '../support/cli';
import { tempDir } from '../support/desk';

describe('npm run desk', () => {
  test('init makes a ledger with its administrator; a second init is refused', async () => {
    const dir = tempDir();
    const first = await run(
      'init',
      '--data',
      dir,
      '--project',
      '魅力晶都',
      '--admin',
      '管理员',
      '--pin',
      '246810',
    );
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('管理员');
    const again = await run('init', '--data', dir, '--project', 'x', '--admin', 'y', '--pin', '1234');
    expect(again.code).toBe(1);
    expect(again.err).toContain('已经初始化');
  });

  test('usage errors exit 2 and print the usage', async () => {
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('backup', '--data', tempDir())).code).toBe(2);
    expect((await run('verify', '--bogus')).code).toBe(2);
  });

  test('verify passes on a demo ledger and fails naming the row after a hand edit', async () => {
    const dir = tempDir();
    expect((await run('demo', '--data', dir, '--demo-days', '0')).code).toBe(0);
    expect((await run('demo', '--data', dir, '--demo-days', '0')).code).toBe(1); // never over an existing ledger
    const ok = await run('verify', '--data', dir);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/OK/);
    const ledger = openLedger(path.join(dir, 'sitedesk.sqlite'));
    const id = (ledger.sqlite.prepare(`SELECT id FROM users WHERE name = '王芳'`).get() as { id: number }).id;
    ledger.sqlite.exec(`UPDATE users SET roles = '["manager"]' WHERE id = ${id}`);
    ledger.sqlite.close();
    const bad = await run('verify', '--data', dir);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(`users#${id}`);
  });

  test('demo holds the last seven business days, each closed, and the ledger verifies', async () => {
    const dir = tempDir();
    const res = await run('demo', '--data', dir);
    expect(res).toMatchObject({ code: 0 });
    expect(res.out).toContain('7 closed day(s)');
    const ledger = openLedger(path.join(dir, 'sitedesk.sqlite'), { readonly: true });
    const closed = ledger.sqlite
      .prepare(`SELECT for_date AS date FROM day_close_events WHERE kind = 'closed' ORDER BY for_date`)
      .all() as { date: string }[];
    const visits = ledger.sqlite.prepare('SELECT count(*) AS n FROM visits').get() as { n: number };
    ledger.sqlite.close();
    expect(closed).toHaveLength(7);
    expect(new Set(closed.map((c) => c.date)).size).toBe(7);
    expect(visits.n).toBeGreaterThanOrEqual(7 * 15);
    expect((await run('verify', '--data', dir)).code).toBe(0);
    expect((await run('demo', '--data', dir, '--demo-days', 'x')).code).toBe(2);
  }, 120_000);

  test('backup is verified; restore brings it back and keeps the replaced ledger', async () => {
    const dir = tempDir();
    await run('demo', '--data', dir, '--demo-days', '0');
    const file = path.join(tempDir(), 'backup.sqlite');
    const backup = await run('backup', '--data', dir, '--out', file);
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('verified');

    const other = tempDir();
    await run('init', '--data', other, '--project', '别的项目', '--admin', '别人', '--pin', '1234');
    const restore = await run('restore', '--data', other, '--from', file);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/kept as/);
    expect(fs.readdirSync(path.join(other, 'backups')).some((f) => f.includes('before-restore'))).toBe(true);
    const ledger = openLedger(path.join(other, 'sitedesk.sqlite'), { readonly: true });
    const names = (ledger.sqlite.prepare('SELECT name FROM users').all() as { name: string }[]).map(
      (u) => u.name,
    );
    ledger.sqlite.close();
    expect(names).toContain('王芳');
    expect(names).not.toContain('别人');
    expect((await run('verify', '--data', other)).code).toBe(0);
  });

  test('restore refuses a backup that fails verify, and leaves the ledger as it was', async () => {
    const dir = tempDir();
    await run('demo', '--data', dir, '--demo-days', '0');
    const file = path.join(tempDir(), 'tampered.sqlite');
    await run('backup', '--data', dir, '--out', file);
    const t = openLedger(file);
    t.sqlite.exec(`UPDATE users SET name = '冒名' WHERE name = '王芳'`);
    t.sqlite.close();
    const target = tempDir();
    await run('init', '--data', target, '--project', '原项目', '--admin', '原管理员', '--pin', '1234');
    const res = await run('restore', '--data', target, '--from', file);
    expect(res.code).toBe(1);
    expect(res.err).toContain('备份文件未通过校验');
    const ledger = openLedger(path.join(target, 'sitedesk.sqlite'), { readonly: true });
    expect(
      (ledger.sqlite.prepare('SELECT name FROM users').all() as { name: string }[]).map((u) => u.name),
    ).toEqual(['原管理员']);
    ledger.sqlite.close();
    const garbage = path.join(tempDir(), 'garbage.sqlite');
    fs.writeFileSync(garbage, 'this is not a database');
    expect((await run('restore', '--data', target, '--from', garbage)).code).toBe(1);
  });
});

import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { backupLedgerTo } from '../../db/backup';
import type { UtilityProcess } from 'electron';
import { utilityHelperLauncher } from '../../electron/app/helperProcess';
import {
  copyLedgerOffThread,
  lastCopyTakenOn,
  lastCopyVerifiedOn,
  verifyCopyOffThread,
  type HelperTask,
} from '../../electron/core/verifyOffThread';
import { tempDir, testDesk } from '../support/desk';

test('a backup copy is verified in a process of its own, which finds a damaged copy out as well', async () => {
  const desk = await testDesk();
  const dir = tempDir();
  try {
    await desk.signInAs('王芳');
    await desk.ok('calls.record', { callerName: '钱女士', phone: '13900002222', channel: '其他' });
    const good = (await backupLedgerTo(desk.ledger.sqlite, path.join(dir, 'good.sqlite'))).file;

    const report = await verifyCopyOffThread(good);
    expect(lastCopyVerifiedOn()).toBe('process');
    expect(report.ok).toBe(true);

    // the same copy with a page in the middle overwritten, as a failing disk would leave it
    const damaged = path.join(dir, 'damaged.sqlite');
    fs.copyFileSync(good, damaged);
    const pageSize = Number(desk.ledger.sqlite.pragma('page_size', { simple: true }));
    const pages = Math.floor(fs.statSync(damaged).size / pageSize);
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, Math.floor(pages / 2) * pageSize);
    fs.closeSync(fd);
    const found = await verifyCopyOffThread(damaged);
    expect(lastCopyVerifiedOn()).toBe('process');
    expect(found.ok).toBe(false);
  } finally {
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

/** This process's children now (Linux): the helper's pid while it runs. */
const CHILDREN = `/proc/${process.pid}/task/${process.pid}/children`;
const children = () => fs.readFileSync(CHILDREN, 'utf8').split(/\s+/).filter(Boolean).map(Number);

test.skipIf(!fs.existsSync(CHILDREN))(
  'the helper runs below the desk’s priority: the day’s first sign-in is not drawn beside a verify at par',
  async () => {
    const desk = await testDesk();
    const dir = tempDir();
    const desksOwn = os.getPriority();
    try {
      const copy = (await backupLedgerTo(desk.ledger.sqlite, path.join(dir, 'copy.sqlite'))).file;
      const before = new Set(children());
      const priorities: number[] = [];
      const watch = setInterval(() => {
        for (const pid of children().filter((p) => !before.has(p))) {
          try {
            priorities.push(os.getPriority(pid));
          } catch {
            // ended between the listing and the question
          }
        }
      }, 1);
      const report = await verifyCopyOffThread(copy).finally(() => clearInterval(watch));
      expect(report.ok).toBe(true);
      expect(lastCopyVerifiedOn()).toBe('process');
      expect(priorities.length).toBeGreaterThan(0);
      // below normal, or the desk's own if that is lower still (a test run under nice)
      const below = Math.max(desksOwn, os.constants.priority.PRIORITY_BELOW_NORMAL);
      expect(new Set(priorities)).toEqual(new Set([below]));
      expect(os.getPriority()).toBe(desksOwn); // the desk's own is unchanged
    } finally {
      await desk.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  60_000,
);

test('an automatic backup is copied in a process of its own while the desk goes on writing, and holds every call committed before it', async () => {
  const desk = await testDesk();
  try {
    await desk.signInAs('王芳');
    await desk.ok('calls.record', { callerName: '钱女士', phone: '13900002222', channel: '其他' });
    const taking = desk.backup('daily');
    // calls answered while the copy is being taken: the copy is one snapshot, consistent
    const during = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        desk.ok('calls.record', { callerName: `客户${i}`, phone: `1390000${3000 + i}`, channel: '其他' }),
      ),
    );
    expect(during).toHaveLength(10);
    const taken = await taking;
    expect(lastCopyTakenOn()).toBe('process');
    expect(taken.report.ok).toBe(true);
    const copy = new BetterSqlite3(taken.file, { readonly: true });
    try {
      const names = copy.prepare('SELECT name FROM customers').pluck().all() as string[];
      expect(names).toContain('钱女士');
    } finally {
      copy.close();
    }
  } finally {
    await desk.close();
  }
}, 60_000);

test('in Electron, whose binary cannot run as plain Node, the helper is a worker thread', async () => {
  const desk = await testDesk();
  Object.defineProperty(process.versions, 'electron', { value: '39.0.0', configurable: true });
  try {
    await desk.signInAs('王芳');
    await desk.ok('calls.record', { callerName: '钱女士', phone: '13900002222', channel: '其他' });
    const taken = await desk.backup('daily');
    expect(lastCopyTakenOn()).toBe('worker');
    expect(lastCopyVerifiedOn()).toBe('worker');
    expect(taken.report.ok).toBe(true);
  } finally {
    delete (process.versions as { electron?: string }).electron;
    await desk.close();
  }
}, 60_000);

test('a copy that is not a ledger is reported failing by the helper process, not taken for good', async () => {
  const dir = tempDir();
  try {
    const junk = path.join(dir, 'junk.sqlite');
    fs.writeFileSync(junk, 'not a database');
    const report = await verifyCopyOffThread(junk);
    expect(lastCopyVerifiedOn()).toBe('process');
    expect(report.ok).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('a helper that fails says why, and the backup fails with it: a ledger file that is not there', async () => {
  const dir = tempDir();
  try {
    const here = () => Promise.reject(new Error('the helper was not used'));
    await expect(
      copyLedgerOffThread(path.join(dir, 'missing.sqlite'), path.join(dir, 'copy.sqlite'), here),
    ).rejects.toThrow(/unable to open|no such file|SQLITE_CANTOPEN/i);
    expect(lastCopyTakenOn()).toBe('process');
    expect(fs.existsSync(path.join(dir, 'copy.sqlite'))).toBe(false);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("a host's own launcher starts every backup's helper: the daily copy and verify, a manual backup's verify, a restore's verify", async () => {
  // The desktop app's launcher (a utility process), with Node standing in for Electron's fork:
  // a child process given the parent port a utility process has.
  const started: { script: string; task: HelperTask }[] = [];
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
  const shim = path.join(import.meta.dirname, '..', 'electron', 'plain-node', 'electron', 'parent-port.cjs');
  const launcher = utilityHelperLauncher(
    (script, args) =>
      fork(script, args, {
        execArgv: ['--require', shim, '--import', tsx],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      }) as unknown as UtilityProcess,
  );
  const desk = await testDesk({
    helperLauncher: (script, task) => {
      started.push({ script, task });
      return launcher(script, task);
    },
  });
  try {
    const daily = await desk.backup('daily');
    expect(daily.report.ok).toBe(true);
    expect(started.map((s) => Object.keys(s.task).sort())).toEqual([['copyTo', 'file'], ['file']]);
    expect(started[1]!.task.file).toBe(daily.file);
    expect(lastCopyTakenOn()).toBe('process');
    expect(lastCopyVerifiedOn()).toBe('process');

    await desk.signInAs('系统管理员');
    desk.clock.advance(60_000);
    const manual = await desk.ok('backups.create');
    expect(started).toHaveLength(3);
    expect(Object.keys(started[2]!.task)).toEqual(['file']);
    expect(path.basename(started[2]!.task.file)).toBe(manual.name);

    // restoring a backup verifies it first, by the helper too: on the desk's thread a five-year
    // backup's verify held every call for ~20 s and left its ~480 MB peak with the desk
    await desk.ok('backups.restore', { name: manual.name });
    expect(started).toHaveLength(4);
    expect(Object.keys(started[3]!.task)).toEqual(['file']);
    expect(path.basename(started[3]!.task.file)).toBe(manual.name);
    expect(lastCopyVerifiedOn()).toBe('process');
  } finally {
    await desk.close();
  }
}, 60_000);

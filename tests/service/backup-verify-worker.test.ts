import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { expect, test } from 'vitest';
import { backupLedgerTo } from '../../db/backup';
import {
  lastCopyTakenOn,
  lastCopyVerifiedOn,
  verifyCopyOffThread,
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
  const dir = tempDir();
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
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test('a helper that fails answers a failure, not a hang: a copy that is not a ledger', async () => {
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

import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, test } from 'vitest';
import { AUDITED_TABLES } from '../../db/schema';
import { acknowledgedHeadFile, writeAcknowledgedHead } from '../../electron/core/sync/acknowledgedHead';
import { ledgerOfficeId } from '../../electron/core/sync/ledgerFacts';
import { formatFingerprint } from '../../shared/domain/fingerprint';
import { runDeskCli as run } from '../support/cli';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { forgeLedger } from '../support/forger';

/**
 * The head headquarters acknowledged holding is a witness of the office's chain for `verify`,
 * in the CLI and in the app: HQ keeps that entry and every one before it, where whoever holds the
 * office's PC cannot reach. A knowledgeable forger (the file and the source, not the seal key, no
 * backups left) recomputes the chain; the ledger is then consistent in itself, and HQ's head
 * names it. (tests/hq/sync.test.ts shows HQ itself refusing such a ledger as a fork.)
 */
let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const NO_KEY = ['--key', path.join(tempDir('sitedesk-nokey-'), 'absent.json')];

interface Acknowledged {
  dir: string;
  officeId: string;
  seq: number;
  hash: string;
  wangFang: number;
}

/** A demo office whose chain HQ acknowledged up to a point, with a few calls recorded after it. */
async function acknowledgedOffice(): Promise<Acknowledged> {
  const dir = tempDir();
  desk = await testDesk({ dataDir: dir });
  await desk.signInAs('王芳');
  await desk.ok('calls.record', { callerName: '赵先生', phone: '13800001234', channel: '其他' });
  const wangFang = desk.userId('王芳');
  await desk.close();
  desk = null;
  const file = path.join(dir, 'sitedesk.sqlite');
  const sqlite = new BetterSqlite3(file, { readonly: true });
  const head = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
    id: number;
    hash: string;
  };
  const officeId = ledgerOfficeId(sqlite)!;
  sqlite.close();
  // as the sync records HQ's answer after each acknowledged batch
  writeAcknowledgedHead(dir, { officeId, seq: head.id, hash: head.hash, at: '2026-11-23T02:30:00.000Z' });
  desk = await testDesk({ dataDir: dir });
  await desk.signInAs('王芳');
  await desk.ok('calls.record', { callerName: '钱女士', phone: '13900004321', channel: '朋友介绍' });
  await desk.close();
  desk = null;
  fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
  return { dir, officeId, seq: head.id, hash: head.hash, wangFang };
}

function makeAdmin(dir: string, userId: number): void {
  forgeLedger(path.join(dir, 'sitedesk.sqlite'), (db) =>
    db.prepare(`UPDATE users SET roles = '["admin"]' WHERE id = ?`).run(userId),
  );
}

describe("headquarters' acknowledged head as a witness of verify", () => {
  test('the untouched ledger holds it: verify counts it among the witnesses', async () => {
    const office = await acknowledgedOffice();
    const ok = await run('verify', '--data', office.dir, ...NO_KEY);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/witnesses: [1-9]\d* checked, [1-9]\d* hold the ledger/);
    expect(ok.out).not.toMatch(/Headquarters/); // only witnesses that do not hold are listed
  });

  test('a recomputed chain, with no key and no backups, is caught by HQ, named in the CLI', async () => {
    const office = await acknowledgedOffice();
    makeAdmin(office.dir, office.wangFang);
    const bad = await run('verify', '--data', office.dir, ...NO_KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/seals: NOT checked/);
    expect(bad.err).toContain(
      `caught by: Headquarters ${office.officeId} (acknowledged 2026-11-23T02:30:00.000Z)`,
    );
    expect(bad.err).toContain(
      `Disagrees (changed): Headquarters ${office.officeId} (acknowledged 2026-11-23T02:30:00.000Z): the ledger has another hash at #${office.seq}`,
    );
    // without HQ's head the forged ledger is consistent in itself
    fs.rmSync(acknowledgedHeadFile(office.dir));
    expect((await run('verify', '--data', office.dir, ...NO_KEY)).code).toBe(0);
  });

  test('in the app, audit.verify holds the ledger against HQ and names it', async () => {
    const office = await acknowledgedOffice();
    makeAdmin(office.dir, office.wangFang);
    desk = await testDesk({ dataDir: office.dir });
    await desk.signInAs('李经理');
    const report = await desk.ok('audit.verify', { witnesses: [] });
    expect(report.ok).toBe(false);
    const hq = report.witnesses.find((w) => w.kind === 'headquarters');
    expect(hq).toMatchObject({
      verdict: 'disagrees',
      auditId: office.seq,
      label: `${office.officeId} (acknowledged 2026-11-23T02:30:00.000Z)`,
    });
    expect(hq!.fingerprint).toBe(formatFingerprint(office.seq, office.hash));
    // in the app this PC's seal key catches the forgery too; HQ's head says it on its own
    expect(report.seals.checked).toBe(true);
  });

  test('a ledger cut short of the acknowledged head is caught as rows missing', async () => {
    const dir = tempDir();
    desk = await testDesk({ dataDir: dir });
    await desk.signInAs('王芳');
    await desk.ok('calls.record', { callerName: '赵先生', phone: '13800001234', channel: '其他' });
    await desk.ok('calls.record', { callerName: '钱女士', phone: '13900004321', channel: '朋友介绍' });
    await desk.close();
    desk = null;
    fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
    const file = path.join(dir, 'sitedesk.sqlite');
    const sqlite = new BetterSqlite3(file, { readonly: true });
    const head = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
      hash: string;
    };
    const officeId = ledgerOfficeId(sqlite)!;
    sqlite.close();
    writeAcknowledgedHead(dir, { officeId, seq: head.id, hash: head.hash, at: '2026-11-23T02:30:00.000Z' });
    // the two calls HQ acknowledged cut away, with every row they wrote
    forgeLedger(file, (db) => {
      db.pragma('defer_foreign_keys = ON'); // table by table: a call's customer goes before the call
      for (const table of Object.keys(AUDITED_TABLES))
        db.prepare(`DELETE FROM ${table} WHERE audit_id > ?`).run(head.id - 2);
      db.prepare('DELETE FROM audit_log WHERE id > ?').run(head.id - 2);
      // and the search index the database kept beside the customers they wrote
      db.prepare('DELETE FROM customer_name_grams WHERE customer_id NOT IN (SELECT id FROM customers)').run();
    });
    const bad = await run('verify', '--data', dir, ...NO_KEY);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain(
      `rows #${head.id - 1}–#${head.id} are missing (caught by: Headquarters ${officeId} (acknowledged`,
    );
  });

  test('a head file that cannot be read is reported, not taken as no witness', async () => {
    const office = await acknowledgedOffice();
    fs.writeFileSync(acknowledgedHeadFile(office.dir), '{"officeId": "north", "seq": "not a number"');
    const res = await run('verify', '--data', office.dir, ...NO_KEY);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(
      /Unreadable: Headquarters headquarters\/acknowledged-head\.json: the head HQ acknowledged cannot be read/,
    );
  });
});

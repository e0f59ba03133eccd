import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { verifyLedgerFile } from '../../electron/core/maintenance';
import {
  checkAcknowledgedHead,
  readAcknowledgedHead,
  type AcknowledgedHead,
} from '../../electron/core/sync/acknowledgedHead';
import { connectionFile, findHqConnection, saveHqConnection } from '../../electron/core/sync/connection';
import { hqWitnesses } from '../../electron/core/sync/hqWitness';
import { syncWithHq } from '../../electron/core/sync/run';
import { freshHq, type TestHq } from './support/hq';
import { backupOf, forgeCall } from './support/ledgerFiles';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * The office's side: its outbox read from the audit chain, sent in bounded batches, HQ's head
 * kept beside the ledger as a witness; a forged ledger refused as a fork, a ledger put back to
 * an older backup seen as behind HQ.
 */
let hq: TestHq;
let office: TestOffice;
let url: string;
/** A backup of the ledger taken before the last day's work was synced. */
let olderDir: string;

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('north', { days: 2, seed: 7 });
  url = (await hq.addOffice('north', '北区案场')).url;
});
afterAll(async () => {
  await office?.close();
  await hq?.close();
});

function localChain(dataDir: string): [number, string][] {
  const sqlite = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), { readonly: true });
  try {
    return (
      sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id').all() as { id: number; hash: string }[]
    ).map((r) => [r.id, r.hash]);
  } finally {
    sqlite.close();
  }
}

async function hqChain(officeId: string): Promise<[number, string][]> {
  const rows = await hq.admin.query<{ seq: string; hash: string }>(
    'SELECT seq, hash FROM hq.ledger_entries WHERE office_id = $1 ORDER BY seq',
    [officeId],
  );
  return rows.rows.map((r) => [Number(r.seq), r.hash]);
}

describe('the sync', () => {
  test('the connection is kept beside the ledger for its owner only, never in it', () => {
    const file = saveHqConnection(office.dataDir, url);
    expect(file).toBe(connectionFile(office.dataDir));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(findHqConnection(office.dataDir, {})).toEqual({
      connection: { url, source: 'file' },
      problem: null,
    });
    fs.chmodSync(file, 0o644);
    expect(findHqConnection(office.dataDir, {}).connection).toBeNull();
    expect(findHqConnection(office.dataDir, {}).problem).toMatch(/chmod 600/);
    fs.chmodSync(file, 0o600);
    expect(
      findHqConnection(office.dataDir, { SITEDESK_HQ_URL: 'postgres://x:y@elsewhere/db' }).connection,
    ).toEqual({
      url: 'postgres://x:y@elsewhere/db',
      source: 'environment',
    });
    const ledger = fs.readFileSync(path.join(office.dataDir, LEDGER_FILE_NAME));
    expect(ledger.includes(Buffer.from(new URL(url).password))).toBe(false);
  });

  test('the first sync sends the whole chain in bounded batches, and keeps HQ’s head as a witness', async () => {
    const report = await syncWithHq({
      dataDir: office.dataDir,
      url,
      limits: { entries: 60, bytes: 64 * 1024 },
    });
    const chain = localChain(office.dataDir);
    expect(report).toMatchObject({
      state: 'synced',
      officeId: 'north',
      localSeq: chain.length,
      accepted: chain.length,
    });
    expect(report.batches).toBeGreaterThan(chain.length / 60);
    expect(await hqChain('north')).toEqual(chain);
    expect(readAcknowledgedHead(office.dataDir)).toMatchObject({
      officeId: 'north',
      seq: chain.length,
      hash: chain.at(-1)![1],
    });
  });

  test("a day's work later, only the new entries go; a sync with nothing new sends nothing", async () => {
    const before = localChain(office.dataDir).length;
    olderDir = await backupOf(office.dataDir);
    await office.as('王芳', 'calls.record', { callerName: '赵先生', phone: '13800001234', channel: '其他' });
    await office.as('王芳', 'calls.record', {
      callerName: '钱女士',
      phone: '13900004321',
      channel: '朋友介绍',
    });
    const report = await syncWithHq({ dataDir: office.dataDir, url });
    const chain = localChain(office.dataDir);
    expect(report).toMatchObject({ state: 'synced', accepted: chain.length - before, batches: 1 });
    expect(await hqChain('north')).toEqual(chain);
    expect(await syncWithHq({ dataDir: office.dataDir, url })).toMatchObject({
      state: 'synced',
      batches: 0,
      sent: 0,
    });
  });

  test('a forged ledger (a row changed, the chain recomputed) is refused at HQ as a fork', async () => {
    const forgedDir = await backupOf(office.dataDir);
    fs.cpSync(path.join(office.dataDir, 'headquarters'), path.join(forgedDir, 'headquarters'), {
      recursive: true,
    });
    const witness = readAcknowledgedHead(forgedDir)!;
    const forgedAt = forgeCall(forgedDir);
    expect((await verifyLedgerFile(path.join(forgedDir, LEDGER_FILE_NAME))).ok).toBe(true); // verify alone is fooled
    const sqlite = new BetterSqlite3(path.join(forgedDir, LEDGER_FILE_NAME), { readonly: true });
    expect(checkAcknowledgedHead(sqlite, witness)).toMatchObject({ rowId: witness.seq }); // the witness is not
    sqlite.close();
    // and verify, holding the ledger against the head HQ acknowledged, names HQ
    const held = await verifyLedgerFile(path.join(forgedDir, LEDGER_FILE_NAME), {
      witnesses: () => [hqWitnesses(forgedDir)],
    });
    expect(held.ok).toBe(false);
    expect(held.firstProblem?.witness).toBe(`Headquarters north (acknowledged ${witness.at})`);
    const report = await syncWithHq({ dataDir: forgedDir, url });
    expect(report).toMatchObject({ state: 'fork', head: { seq: witness.seq, hash: witness.hash } });
    const forks = await hq.admin.query(`SELECT seq FROM hq.forks WHERE office_id = 'north'`);
    expect(forks.rows).toEqual([{ seq: String(witness.seq) }]);
    expect(forgedAt).toBeLessThan(witness.seq);
    // and HQ's copy is the office's true chain still
    expect(await hqChain('north')).toEqual(localChain(office.dataDir));
    expect(readAcknowledgedHead(forgedDir)).toEqual(witness);
  });

  test('a ledger put back to an older backup is behind HQ: nothing sent, the witness names it', async () => {
    fs.cpSync(path.join(office.dataDir, 'headquarters'), path.join(olderDir, 'headquarters'), {
      recursive: true,
    });
    const last = localChain(office.dataDir).length;
    const older = localChain(olderDir).length;
    expect(older).toBeLessThan(last);
    const report = await syncWithHq({ dataDir: olderDir, url });
    expect(report).toMatchObject({ state: 'behind', localSeq: older, head: { seq: last } });
    expect(await hqChain('north')).toEqual(localChain(office.dataDir));
    const sqlite = new BetterSqlite3(path.join(olderDir, LEDGER_FILE_NAME), { readonly: true });
    const witness = readAcknowledgedHead(olderDir) as AcknowledgedHead;
    expect(checkAcknowledgedHead(sqlite, witness)?.problem).toMatch(/ends at audit #\d+, before #\d+/);
    sqlite.close();
  });

  test('an office without an id, a wrong password, an unreachable HQ: each said plainly', async () => {
    const wrong = new URL(url);
    wrong.password = 'not-the-password';
    expect(await syncWithHq({ dataDir: office.dataDir, url: wrong.toString() })).toMatchObject({
      state: 'refused',
    });
    const nowhere = new URL(url);
    nowhere.port = '1';
    await expect(
      syncWithHq({
        dataDir: office.dataDir,
        url: nowhere.toString(),
        timeouts: { connectMs: 2000, callMs: 2000 },
      }),
    ).rejects.toThrow();
  });
});

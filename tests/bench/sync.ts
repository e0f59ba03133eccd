import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { Desk } from '../../electron/core/desk';
import { startBackgroundSync, stopBackgroundSync } from '../../electron/core/sync/background';
import { ledgerOfficeId } from '../../electron/core/sync/ledgerFacts';
import { readOutbox } from '../../electron/core/sync/outbox';
import { syncWithHq } from '../../electron/core/sync/run';
import { addOffice, officeUrl } from '../../hq/offices';
import { postgresBin, startTestCluster } from '../hq/support/cluster';
import { createHqDatabase } from '../hq/support/hqDatabase';
import { sample, summarise, type Figures } from './stats';

/**
 * The sync with headquarters on the generated office, against a PostgreSQL of this machine
 * (a throwaway cluster, as the hq tests start one):
 *
 * - the first sync: every entry before the last generated day, as the desk sends them (its
 *   worker reads the outbox, HQ verifies every hash and projects the rows), in entries/s, beside
 *   a raw `COPY` of the same rows into a table of the same shape in the same PostgreSQL (the
 *   physical limit: no reading, no hashing, no projections);
 * - a day's incremental sync: the last generated day's entries;
 * - the desk's own p95s while the first sync runs (reads of a page, a write), beside idle ones.
 *
 * Goals: five years < 2 min; a day < 1 s; the desk's p95s unchanged while syncing.
 */
export const SYNC_BUDGETS = { firstSyncFiveYearsMs: 120_000, daySyncMs: 1_000 };

export interface SyncFigures {
  entries: { first: number; day: number };
  firstSync: { ms: number; entriesPerSecond: number; batches: number };
  rawCopy: { ms: number; entriesPerSecond: number };
  syncToCopyRatio: number;
  daySync: { ms: number; entries: number };
  desk: { idle: Record<string, Figures>; whileSyncing: Record<string, Figures> };
}

/** The seq where the last day begins: the first audit row dated `lastDay`. */
function firstOfDay(file: string, lastDay: string): { split: number; tail: number; officeId: string } {
  const sqlite = new BetterSqlite3(file, { readonly: true });
  try {
    const split = (
      sqlite.prepare('SELECT min(id) AS id FROM audit_log WHERE business_date >= ?').get(lastDay) as {
        id: number;
      }
    ).id;
    const tail = (sqlite.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
    return { split, tail, officeId: ledgerOfficeId(sqlite)! };
  } finally {
    sqlite.close();
  }
}

/** The rows the first sync sends, as COPY text (tab-separated, backslashes doubled). */
function copyFile(ledger: string, upTo: number, dir: string, officeId: string): string {
  const file = path.join(dir, 'entries.copy');
  const out = fs.openSync(file, 'w');
  const sqlite = new BetterSqlite3(ledger, { readonly: true });
  const text = (v: unknown) => (v === null || v === undefined ? '\\N' : String(v).replaceAll('\\', '\\\\'));
  try {
    for (let from = 1; from <= upTo;) {
      const batch = readOutbox(sqlite, from, { entries: Math.min(5000, upTo - from + 1), bytes: 2 ** 30 });
      if (!batch) break;
      const lines = (
        JSON.parse(batch.json) as {
          seq: number;
          prev_hash: string;
          hash: string;
          audit: Record<string, unknown>;
          rows: unknown[];
        }[]
      ).map((e) =>
        [
          officeId,
          e.seq,
          e.prev_hash,
          e.hash,
          e.audit.at,
          e.audit.business_date,
          e.audit.channel,
          e.audit.actor_id,
          e.audit.countersigned_by,
          e.audit.outcome,
          JSON.stringify(e.audit),
          JSON.stringify(e.rows),
        ]
          .map(text)
          .join('\t'),
      );
      fs.writeSync(out, `${lines.join('\n')}\n`);
      from = batch.last + 1;
    }
  } finally {
    sqlite.close();
    fs.closeSync(out);
  }
  return file;
}

export async function measureSync(
  desk: Desk,
  lastDay: string,
  deskCalls: Record<string, () => Promise<unknown>>,
  log: (line: string) => void,
): Promise<SyncFigures | { skipped: string }> {
  const bin = postgresBin();
  if (!bin) return { skipped: 'PostgreSQL is not installed (apt-get install postgresql)' };
  const ledger = path.join(desk.dataDir, LEDGER_FILE_NAME);
  const { split, tail, officeId } = firstOfDay(ledger, lastDay);
  const cluster = await startTestCluster();
  const interrupted = () => {
    cluster.stop();
    process.exit(130);
  };
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-sync-'));
  try {
    const hq = await createHqDatabase(cluster.url());
    const admin = new pg.Client({ connectionString: hq.adminUrl });
    await admin.connect();
    const office = await addOffice(admin, officeId, 'bench');
    const url = officeUrl(hq.adminUrl, office);

    // the raw COPY of the same rows, into a table of the same shape (constraints, key) in the same database
    log('sync: preparing the raw COPY of the same rows');
    const rows = copyFile(ledger, split - 1, work, officeId);
    await admin.query('CREATE TABLE public.bench_copy (LIKE hq.ledger_entries INCLUDING ALL)');
    const t0 = performance.now();
    const copied = spawnSync(
      path.join(bin, 'psql'),
      [
        hq.adminUrl,
        '-v',
        'ON_ERROR_STOP=1',
        '-c',
        `\\copy public.bench_copy (office_id, seq, prev_hash, hash, at, business_date, channel, actor, countersigner, outcome, audit, rows) FROM '${rows}'`,
      ],
      { encoding: 'utf8' },
    );
    const copyMs = performance.now() - t0;
    if (copied.status !== 0) throw new Error(`COPY failed: ${copied.stderr}`);
    await admin.query('DROP TABLE public.bench_copy');

    // the desk at rest, then while its worker sends the first sync
    const idle: Record<string, Figures> = {};
    for (const [label, call] of Object.entries(deskCalls)) idle[label] = summarise(await sample(call, 200));
    log(`sync: first sync of ${split - 1} entries`);
    const t1 = performance.now();
    let done = false;
    let batches = 0;
    const first = (async () => {
      for (;;) {
        const report = await startBackgroundSync(desk.dataDir, url, { upTo: split - 1 });
        batches += report.batches;
        if (report.state === 'synced') return report;
        if (report.state !== 'partial') throw new Error(`first sync: ${report.state} ${report.detail}`);
      }
    })().finally(() => (done = true));
    const whileSyncing: Record<string, number[]> = Object.fromEntries(
      Object.keys(deskCalls).map((k) => [k, []]),
    );
    while (!done) {
      // between calls, as between a person's clicks: the worker's answers arrive as events, which
      // a loop of calls that never waits would starve
      await new Promise((resolve) => setImmediate(resolve));
      for (const [label, call] of Object.entries(deskCalls)) {
        const s = performance.now();
        await call();
        whileSyncing[label]!.push(performance.now() - s);
      }
    }
    await first;
    const firstMs = performance.now() - t1;

    log(`sync: the last day, ${tail - split + 1} entries`);
    const t2 = performance.now();
    const day = await syncWithHq({ dataDir: desk.dataDir, url, upTo: tail });
    const dayMs = performance.now() - t2;
    if (day.state !== 'synced') throw new Error(`day sync: ${day.state} ${day.detail}`);
    const head = await admin.query(`SELECT head_seq FROM hq.offices WHERE office_id = $1`, [officeId]);
    if (Number(head.rows[0].head_seq) !== tail) throw new Error('HQ does not hold the whole ledger');
    await admin.end();
    await hq.drop();
    return {
      entries: { first: split - 1, day: tail - split + 1 },
      firstSync: {
        ms: Math.round(firstMs),
        entriesPerSecond: Math.round(((split - 1) / firstMs) * 1000),
        batches,
      },
      rawCopy: { ms: Math.round(copyMs), entriesPerSecond: Math.round(((split - 1) / copyMs) * 1000) },
      syncToCopyRatio: Number((copyMs / firstMs).toFixed(3)),
      daySync: { ms: Math.round(dayMs), entries: tail - split + 1 },
      desk: {
        idle,
        whileSyncing: Object.fromEntries(Object.entries(whileSyncing).map(([k, v]) => [k, summarise(v)])),
      },
    };
  } finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted);
    await stopBackgroundSync();
    cluster.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}

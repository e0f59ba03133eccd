/**
 * The sync with headquarters alone, without the rest of the bench: `npx tsx tests/bench/syncMain.ts
 * [--years N]` on the cached generated office (as `npm run bench`), or `--ledger FILE` on a copy of
 * any ledger of the generator (its last business date is taken as the generated last day). Prints
 * the figures of tests/bench/sync.ts and, last, one JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { ManualClock } from '../../electron/core/clock';
import { DEMO_STAFF } from '../../electron/core/demo';
import { openDesk, type Desk } from '../../electron/core/desk';
import { cachedOffice } from './generate/cache';
import { phoneOf } from './generate/office';
import { measureSync, SYNC_BUDGETS } from './sync';
import { copyLedgerSettled } from './copyLedger';

const { values } = parseArgs({ options: { years: { type: 'string' }, ledger: { type: 'string' } } });

async function must(desk: Desk, channel: string, input: unknown): Promise<unknown> {
  const res = await desk.router.call(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.data;
}

async function main(): Promise<void> {
  let source: string;
  let lastDay: string;
  if (values.ledger) {
    source = values.ledger;
    // the generator's office.json beside it names the last generated day; else the ledger's last date
    const described = path.join(path.dirname(source), 'office.json');
    if (fs.existsSync(described)) {
      lastDay = (JSON.parse(fs.readFileSync(described, 'utf8')) as { lastDay: string }).lastDay;
    } else {
      const sqlite = new BetterSqlite3(source, { readonly: true });
      lastDay = (sqlite.prepare('SELECT max(business_date) AS d FROM audit_log').get() as { d: string }).d;
      sqlite.close();
    }
  } else {
    const office = await cachedOffice(Number(values.years ?? 5), (done, total) => {
      if (done % 30 === 0 || done === total)
        process.stderr.write(`\rgenerating the office: day ${done}/${total}`);
    });
    source = office.file;
    lastDay = office.lastDay;
  }
  const ledger = new BetterSqlite3(source, { readonly: true });
  const days = (
    ledger
      .prepare('SELECT count(DISTINCT business_date) AS n FROM audit_log WHERE business_date < ?')
      .get(lastDay) as {
      n: number;
    }
  ).n;
  ledger.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-sync-only-'));
  const dataDir = path.join(dir, 'desk');
  fs.mkdirSync(dataDir);
  copyLedgerSettled(source, path.join(dataDir, LEDGER_FILE_NAME));
  const [y, m, d] = lastDay.split('-').map(Number) as [number, number, number];
  const desk = await openDesk({ dataDir, clock: new ManualClock(new Date(y, m - 1, d + 1, 17)) });
  try {
    const roster = (await must(desk, 'auth.roster', {})) as { id: number; name: string }[];
    const manager = DEMO_STAFF.find((u) => u.name === '李经理')!;
    await must(desk, 'auth.signIn', {
      userId: roster.find((u) => u.name === manager.name)!.id,
      secret: manager.secret,
    });
    let callNo = 0;
    const sync = await measureSync(
      desk,
      lastDay,
      {
        'visits.day (today)': () => must(desk, 'visits.day', { date: lastDay }),
        'calls.record': () =>
          must(desk, 'calls.record', {
            callerName: '同步中',
            phone: phoneOf(97_000_000 + callNo++),
            channel: '其他',
          }),
      },
      (line) => process.stderr.write(`${line}\n`),
    );
    if ('skipped' in sync) {
      console.log(`sync with HQ: skipped — ${sync.skipped}`);
      return;
    }
    const fiveYears = (sync.firstSync.ms * FIVE_YEAR_DAYS) / days;
    console.log(
      `first sync: ${sync.entries.first} entries in ${sync.firstSync.ms} ms (${sync.firstSync.entriesPerSecond}/s, ` +
        `${sync.firstSync.batches} batches); raw COPY ${sync.rawCopy.ms} ms (${sync.rawCopy.entriesPerSecond}/s), ` +
        `sync = ${(sync.syncToCopyRatio * 100).toFixed(1)}% of it; ${days} days, scaled to five years: ` +
        `${(fiveYears / 1000).toFixed(0)} s (goal ${SYNC_BUDGETS.firstSyncFiveYearsMs / 1000} s)`,
    );
    console.log(
      `a day's sync: ${sync.daySync.entries} entries in ${sync.daySync.ms} ms (goal ${SYNC_BUDGETS.daySyncMs} ms)`,
    );
    for (const label of Object.keys(sync.desk.idle)) {
      console.log(
        `${label} p95: ${sync.desk.idle[label]!.p95.toFixed(1)} ms at rest, ${sync.desk.whileSyncing[label]!.p95.toFixed(1)} ms while syncing`,
      );
    }
    console.log(JSON.stringify({ lastDay, sync, fiveYearsProjectedMs: Math.round(fiveYears) }));
  } finally {
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A shorter run's first sync is scaled to the five-year office's days, as the bench does. */
const FIVE_YEAR_DAYS = 1825;

await main();

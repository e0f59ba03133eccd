/**
 * `npm run bench [-- --years N]`: the busy office over N years (default 5; generated once, then
 * cached, see generate/cache.ts) measured in one run against the physical limit of this machine.
 * Prints a table and, as its LAST line, one JSON object with every figure, the budgets and the
 * ratio router/raw. It never fails on a slow machine: it reports (exit code 0 unless it crashed).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { ManualClock } from '../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { openDesk, type Desk } from '../../electron/core/desk';
import { measureExports } from './exports';
import { measureHostMemory, type HostMemory } from './hostMemory';
import { cachedOffice } from './generate/cache';
import { phoneOf } from './generate/office';
import { interleavedWrites, rawPointQuery, rawWriter } from './raw';
import { readCases } from './reads';
import { interleavedReads } from './readRounds';
import { measureStartup } from './startup';
import { measureSync, SYNC_BUDGETS } from './sync';
import { printUi, type UiBench } from './ui/main';
import { fmt, printRow, sample, summarise, type Figures } from './stats';
import { copyLedgerSettled } from './copyLedger';

export const BUDGETS = {
  routerToRawWriteRatio: 0.6,
  listP50Ms: 1,
  listP95Ms: 5,
  reconciliationP95Ms: 20,
  dayXlsxMs: 300,
  startupMs: 500,
  exportEventLoopBlockMs: 50,
  rssMb: 250,
};

const { values } = parseArgs({ options: { years: { type: 'string' } } });
const YEARS = Number(values.years ?? process.env.BENCH_YEARS ?? 5);
const WRITES = Number(process.env.BENCH_WRITES ?? 2000);
const READS = Number(process.env.BENCH_READS ?? 200);
// The UI in Chromium (tests/bench/ui): BENCH_UI=0 leaves it out, BENCH_UI_ROUNDS sets its rounds.
const UI = process.env.BENCH_UI !== '0';
const UI_ROUNDS = Number(process.env.BENCH_UI_ROUNDS ?? 50);
const IDLE_WAIT_MS = 45_000;

async function must(desk: Desk, channel: string, input: unknown): Promise<unknown> {
  const res = await desk.router.call(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code} ${res.error.message}`);
  return res.data;
}

async function signInAs(desk: Desk, name: string): Promise<void> {
  const roster = (await must(desk, 'auth.roster', {})) as { id: number; name: string }[];
  const user = [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.name === name)!;
  await must(desk, 'auth.signIn', { userId: roster.find((u) => u.name === name)!.id, secret: user.secret });
}

function localDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** `npm run bench:ui` in a child process on the same cached office: its JSON line's figures. */
async function measureUiApart(years: number, rounds: number): Promise<UiBench | null> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(import.meta.dirname, 'ui', 'main.ts'),
      '--years',
      String(years),
      '--rounds',
      String(rounds),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const last = out.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !last.startsWith('{')) {
    console.error(`the browser part failed (exit ${code}):\n${out}`);
    return null;
  }
  return (JSON.parse(last) as { ui: UiBench }).ui;
}

async function main(): Promise<void> {
  const office = await cachedOffice(YEARS, (done, total) => {
    if (done % 30 === 0 || done === total)
      process.stderr.write(`\rgenerating the office: day ${done}/${total}`);
  });
  if (!office.fromCache) process.stderr.write('\n');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-'));
  const dataDir = path.join(dir, 'desk');
  fs.mkdirSync(dataDir);
  copyLedgerSettled(office.file, path.join(dataDir, LEDGER_FILE_NAME));
  const ledgerBytes = fs.statSync(office.file).size;

  const pointQuery = await rawPointQuery(path.join(dataDir, LEDGER_FILE_NAME), WRITES);
  // The last generated day is a full day, closed at 18:00: the reads name it ("today" below),
  // while the desk's clock stands at 17:00 on the next, open date, where the bench's writes go.
  const [y, m, d] = office.lastDay.split('-').map(Number) as [number, number, number];
  const clock = new ManualClock(new Date(y, m - 1, d + 1, 17));
  const weekAgo = localDate(new Date(y, m - 1, d - 6));
  const startup = await measureStartup(dataDir, clock);

  const desk = await openDesk({ dataDir, clock });
  try {
    await signInAs(desk, '李经理');
    const log = (await must(desk, 'handover.log', { limit: 1 })) as { id: number }[];
    const samples = { phone: phoneOf(7), handoverId: log[0]?.id ?? null };
    const cases = readCases(office.lastDay, weekAgo, samples);
    // A page asks its questions again and again between two writes (its polls, a return to the
    // page): the router answers a repeated question from memory until the ledger changes
    // (electron/core/keptAnswers.ts) — the lists' budget figures. Beside them, each read as the
    // first after a write, read from the ledger.
    const reads = await interleavedReads(cases, (c) => desk.router.call(c.channel, c.input), READS);
    const readsFresh = await interleavedReads(
      cases,
      (c) => {
        desk.router.forgetKeptAnswers();
        return desk.router.call(c.channel, c.input);
      },
      READS,
    );
    // The day's reconciliation: the guided close's preparation of the day (expected stock and
    // cash, the key check, the day in review) — the budget's figure — and, beside it, the three
    // ledgers' own calls it is made of.
    const dayClosePrepare = summarise(
      await sample(() => must(desk, 'dayclose.prepare', { businessDate: office.lastDay }), 50),
    );
    const reconciliation = summarise(
      await sample(async () => {
        desk.router.forgetKeptAnswers(); // the reconciliation's figure is its reading, not a memory
        await must(desk, 'tickets.stock', {});
        await must(desk, 'cash.balances', {});
        await must(desk, 'keys.dayCheck', {});
      }, 50),
    );
    const exports = await measureExports(desk, office.lastDay);

    // the sync with headquarters, while the desk is used: a page read and a write, timed meanwhile
    let callNo = 0;
    const sync = await measureSync(
      desk,
      office.lastDay,
      {
        'visits.day (today)': () => must(desk, 'visits.day', { date: office.lastDay }),
        'calls.record': () =>
          must(desk, 'calls.record', {
            callerName: '同步中',
            phone: phoneOf(98_000_000 + callNo++),
            channel: '其他',
          }),
      },
      (line) => process.stderr.write(`${line}\n`),
    );

    // writes last: they add to the ledger the reads were measured on. The raw single-row
    // transaction and the router's write alternate in rounds (see interleavedWrites).
    await signInAs(desk, DEMO_ADMIN.name);
    let i = 0;
    const rawFile = rawWriter(dir);
    const writes = await interleavedWrites(
      () => rawFile.write(),
      () => must(desk, 'settings.update', { idleLockMinutes: 5 + (i++ % 10) }),
      WRITES,
    );
    rawFile.close();
    const raw = { writes: writes.raw, pointQuery };
    const routerWrites = writes.router;
    await signInAs(desk, '王芳');
    let n = 0;
    const callWrites = summarise(
      await sample(
        () =>
          must(desk, 'calls.record', {
            callerName: '测试',
            phone: phoneOf(99_000_000 + n++),
            channel: '其他',
          }),
        200,
      ),
    );
    const ratio = routerWrites.perSecond / Math.max(1, raw.writes.perSecond);
    const worstOf = (figures: Record<string, Figures>, of: 'p50' | 'p95') =>
      Math.max(...Object.values(figures).map((r) => r[of]));
    const listP95 = worstOf(reads, 'p95');
    const listP50 = worstOf(reads, 'p50');
    // The bench's own process, for the record: its desk beside the bench's apparatus.
    const benchProcessRssMb = Math.round(process.memoryUsage().rss / 2 ** 20);
    const benchProcessPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    // The budget's figure: the web host's process once idle after the same work (hostMemory.ts).
    const host = await measureHostMemory(office.file, office.lastDay, weekAgo, IDLE_WAIT_MS, (line) =>
      process.stderr.write(`${line}\n`),
    );
    const rssMb = host?.rssMb ?? benchProcessRssMb;
    // The browser part runs in a process of its own, as the desk runs in the app's own process:
    // this one holds the bench's apparatus beside its desk (60+ MB of live heap after the reads,
    // the exports and the sync), whose collections would pause the web host's calls and show in
    // the acts' slowest runs. A failure there is reported in the JSON line, not lost with the rest.
    const ui = UI ? await measureUiApart(YEARS, UI_ROUNDS) : null;
    const figures = {
      years: YEARS,
      office: { ...office, file: undefined, ledgerMb: Math.round(ledgerBytes / 2 ** 20) },
      machine: { cores: os.cpus().length, node: process.version, platform: process.platform },
      raw,
      router: { writes: routerWrites, callsRecord: callWrites },
      routerToRawWriteRatio: Number(ratio.toFixed(3)),
      reads,
      listP95Ms: listP95,
      listP50Ms: listP50,
      readsFresh,
      listFreshP95Ms: worstOf(readsFresh, 'p95'),
      listFreshP50Ms: worstOf(readsFresh, 'p50'),
      analysis: { today: reads['visits.analysis (today)'], week: reads['visits.analysis (week)'] },
      reconciliation: { existing: reconciliation, dayClose: dayClosePrepare },
      exports,
      startup,
      memory: {
        rssMb,
        webHost: host,
        benchProcess: { rssMb: benchProcessRssMb, peakRssMb: benchProcessPeakRssMb },
      },
      sync,
      ui,
      budgets: { ...BUDGETS, ...SYNC_BUDGETS, ...(ui ? { ui: ui.budgets } : {}) },
      met: {
        routerToRawWriteRatio: ratio >= BUDGETS.routerToRawWriteRatio,
        listP95Ms: listP95 < BUDGETS.listP95Ms,
        listP50Ms: listP50 <= BUDGETS.listP50Ms,
        reconciliationP95Ms: Math.max(reconciliation.p95, dayClosePrepare.p95) < BUDGETS.reconciliationP95Ms,
        dayXlsxMs: exports.dayXlsxMaxMs < BUDGETS.dayXlsxMs,
        startupMs: startup.readyMs < BUDGETS.startupMs,
        exportEventLoopBlockMs: exports.eventLoopMaxBlockMs < BUDGETS.exportEventLoopBlockMs,
        rssMb: rssMb < BUDGETS.rssMb,
        ...('skipped' in sync
          ? {}
          : {
              // the first sync scaled to five years when fewer were generated (its cost grows with the entries)
              firstSyncFiveYearsMs: (sync.firstSync.ms * 5) / YEARS < SYNC_BUDGETS.firstSyncFiveYearsMs,
              daySyncMs: sync.daySync.ms < SYNC_BUDGETS.daySyncMs,
            }),
        ...(ui
          ? {
              uiActP95Ms: ui.met.actP95Ms,
              coldStartMs: ui.met.coldStartMs,
              typingLongTaskMs: ui.met.typingLongTaskMs,
            }
          : {}),
      },
    };
    printTable(figures);
    if (ui) printUi(ui);
    console.log(JSON.stringify(figures));
  } finally {
    await desk.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function printTable(f: {
  years: number;
  office: { counts: Record<string, number>; days: number; calls: number; ledgerMb: number };
  raw: { writes: Figures; pointQuery: Figures };
  router: { writes: Figures; callsRecord: Figures };
  routerToRawWriteRatio: number;
  reads: Record<string, Figures & { error?: string }>;
  readsFresh: Record<string, Figures & { error?: string }>;
  reconciliation: { existing: Figures; dayClose: Figures };
  exports: Awaited<ReturnType<typeof measureExports>>;
  startup: Awaited<ReturnType<typeof measureStartup>>;
  memory: { rssMb: number; webHost: HostMemory | null; benchProcess: { rssMb: number; peakRssMb: number } };
  sync: Awaited<ReturnType<typeof measureSync>>;
}): void {
  console.log(
    `SiteDesk bench — ${f.years} years: ${f.office.days} days, ${f.office.calls} calls through the router, ` +
      `${f.office.ledgerMb} MB; ${JSON.stringify(f.office.counts)}`,
  );
  printRow('operation', ['ops/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms']);
  const row = (name: string, s: Figures, note = '') =>
    printRow(name + note, [s.perSecond, fmt(s.p50), fmt(s.p95), fmt(s.p99), fmt(s.max)]);
  row('raw single-row write txn (WAL, FULL)', f.raw.writes);
  row('router write (settings.update + audit row)', f.router.writes);
  row('router calls.record (customer, call, audit)', f.router.callsRecord);
  row('raw indexed point query', f.raw.pointQuery);
  for (const [name, s] of Object.entries(f.reads)) row(name, s, s.error ? ` REFUSED ${s.error}` : '');
  for (const [name, s] of Object.entries(f.readsFresh)) if (!s.error) row(`${name}, first after a write`, s);
  row('day reconciliation (stock + cash + keys)', f.reconciliation.existing);
  row('dayclose.prepare (the day, for its close)', f.reconciliation.dayClose);
  for (const e of f.exports.runs) {
    printRow(`export ${e.label}`, ['', fmt(e.ms), '', '', `loop ${fmt(e.eventLoopMaxBlockMs)}`]);
  }
  if ('skipped' in f.sync) {
    console.log(`sync with HQ: skipped — ${f.sync.skipped}`);
  } else {
    const s = f.sync;
    printRow(`HQ first sync (${s.entries.first} entries, ${s.firstSync.batches} batches)`, [
      s.firstSync.entriesPerSecond,
      '',
      '',
      '',
      `${fmt(s.firstSync.ms)} ms`,
    ]);
    printRow('raw COPY of the same rows', [
      s.rawCopy.entriesPerSecond,
      '',
      '',
      '',
      `${fmt(s.rawCopy.ms)} ms`,
    ]);
    printRow(`HQ day sync (${s.daySync.entries} entries)`, ['', '', '', '', `${fmt(s.daySync.ms)} ms`]);
    for (const label of Object.keys(s.desk.idle)) {
      row(`${label}, idle`, s.desk.idle[label]!);
      row(`${label}, while syncing`, s.desk.whileSyncing[label]!);
    }
  }
  console.log(
    `router/raw write: ${(f.routerToRawWriteRatio * 100).toFixed(1)}%   start-up: ${fmt(f.startup.readyMs)} ms ` +
      `(${f.startup.integrityCheck})`,
  );
  const host = f.memory.webHost;
  console.log(
    host
      ? `web host RSS once idle: ${host.rssMb} MB (right after the work ${host.rssRightAfterMb} MB, ` +
          `peak ${host.peakRssMb} MB; ${host.calls} calls, refused: ${JSON.stringify(host.refused)})   ` +
          `the bench's own process: ${f.memory.benchProcess.rssMb} MB`
      : `web host RSS: not measured here (no /proc); the bench's own process: ${f.memory.rssMb} MB`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

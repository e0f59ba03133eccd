/**
 * `npm run bench:ui [-- --years N --rounds N]`: how the desk feels on the cached office of N
 * years (default 5), in Chromium — the cold start to a usable sign-in screen, and each daily act
 * from keypress to the result painted. Prints a table and, as its last line, one JSON object.
 * `npm run bench` runs this script in a process of its own and carries its figures in its JSON line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from '../../../electron/hosts/repoPaths';
import { ensureRendererBuilt } from '../../../electron/hosts/web/rendererBuild';
import { cachedOffice } from '../generate/cache';
import { fmt, printRow } from '../stats';
import { launchBenchBrowser } from './browser';
import { firstLoadBytes, measureColdStart } from './coldStart';
import { measureUiLatency, UI_BUDGETS } from './latency';
import { copyLedgerSettled } from '../copyLedger';

export type UiBench = Awaited<ReturnType<typeof measureUi>>;

/** Cold start and act latency on a copy of `ledgerFile` (the office's last day `lastDay`). */
export async function measureUi(ledgerFile: string, lastDay: string, rounds: number) {
  ensureRendererBuilt((line) => process.stderr.write(`${line}\n`));
  // the bundled host, built afresh: it must be the code under test
  execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: REPO_ROOT, stdio: 'ignore' });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-ui-'));
  copyLedgerSettled(ledgerFile, path.join(dir, LEDGER_FILE_NAME));
  const browser = await launchBenchBrowser();
  // the machine's 1-minute load average around the run: on a shared machine it says how much
  // of each figure is other people's work
  const loadBefore = os.loadavg()[0]!;
  try {
    const coldStart = {
      ...(await measureColdStart(browser, dir, 'bundle')),
      fromSources: await measureColdStart(browser, dir, 'source', 3),
      firstLoad: firstLoadBytes(),
    };
    const latency = await measureUiLatency(browser, dir, lastDay, rounds, (line) =>
      process.stderr.write(`${line}\n`),
    );
    return {
      loadAverage: { before: round1(loadBefore), after: round1(os.loadavg()[0]!) },
      coldStart,
      ...latency,
      budgets: UI_BUDGETS,
      met: {
        coldStartMs: coldStart.signInUsableMs < UI_BUDGETS.coldStartMs,
        actP95Ms: latency.worstP95Ms < UI_BUDGETS.actP95Ms,
        typingLongTaskMs: latency.typing.maxLongTaskMs < UI_BUDGETS.typingLongTaskMs,
      },
    };
  } finally {
    await browser.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function printUi(ui: UiBench): void {
  const c = ui.coldStart;
  console.log(
    `cold start to a usable sign-in screen: ${c.signInUsableMs} ms (host listening ${c.listeningMs} ms; ` +
      `the day's first start, its backup due: ${c.firstRunMs} ms); ` +
      `from the sources through tsx ${c.fromSources.signInUsableMs} ms (listening ${c.fromSources.listeningMs} ms); ` +
      `first load ${Math.round(c.firstLoad.jsBytes / 1024)} KB JS in ${c.firstLoad.jsFiles} files ` +
      `(${Math.round(c.firstLoad.jsGzipBytes / 1024)} KB gzipped) of ${Math.round(c.firstLoad.allJsBytes / 1024)} KB`,
  );
  // sent / answered: key to the act's first request leaving the page, key to its last answer in
  // (p50s); what follows the answer is the page drawing it
  printRow('act (keypress → painted)', [
    'n',
    'p50 ms',
    'p95 ms',
    'max ms',
    'router p50',
    'router p95',
    'sent p50',
    'answer p50',
  ]);
  for (const [name, a] of Object.entries(ui.acts)) {
    printRow(name, [
      a.ui.n,
      fmt(a.ui.p50),
      fmt(a.ui.p95),
      fmt(a.ui.max),
      fmt(a.router.p50),
      fmt(a.router.p95),
      a.requestSent ? fmt(a.requestSent.p50) : '—',
      a.answerReceived ? fmt(a.answerReceived.p50) : '—',
    ]);
  }
  console.log(`load average (1 min) before / after: ${ui.loadAverage.before} / ${ui.loadAverage.after}`);
  console.log(
    `typing: ${ui.typing.keys} keys, ${ui.typing.longTasks} long tasks (max ${fmt(ui.typing.maxLongTaskMs)} ms)`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { years: { type: 'string' }, rounds: { type: 'string' } } });
  const years = Number(values.years ?? process.env.BENCH_YEARS ?? 5);
  const rounds = Number(values.rounds ?? process.env.BENCH_UI_ROUNDS ?? 50);
  const office = await cachedOffice(years, (done, total) => {
    if (done % 30 === 0 || done === total)
      process.stderr.write(`\rgenerating the office: day ${done}/${total}`);
  });
  if (!office.fromCache) process.stderr.write('\n');
  const ui = await measureUi(office.file, office.lastDay, rounds);
  printUi(ui);
  console.log(JSON.stringify({ years, machine: { cores: os.cpus().length }, ui }));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  void main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

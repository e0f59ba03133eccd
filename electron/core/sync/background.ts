import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { recordLastSync, unreachable } from './lastSync';
import type { SyncOptions, SyncReport } from './run';

/**
 * The desk's sync with HQ in the background: one run at a time per data folder, on a worker
 * thread (the desk's own thread never reads a batch nor waits on HQ), bounded in time (a run
 * sends what it can within RUN_BUDGET_MS; the next one carries on). Each run's outcome is kept
 * beside the ledger (lastSync.ts). Should no worker start, the run happens on this thread: the
 * sync still goes, only less smoothly.
 */
export const RUN_BUDGET_MS = 4 * 60_000;

type RunOptions = Omit<SyncOptions, 'onBatch' | 'now'>;

const running = new Map<string, Promise<SyncReport>>();

export function syncRunning(dataDir: string): boolean {
  return running.has(path.resolve(dataDir));
}

/**
 * Starts a run for `dataDir` unless one is going; answers its report when it ends (a run that
 * fails is reported as `unreachable`, never thrown).
 */
export function startBackgroundSync(
  dataDir: string,
  url: string,
  extra: { now?: () => Date; upTo?: number } = {},
): Promise<SyncReport> {
  const key = path.resolve(dataDir);
  const current = running.get(key);
  if (current) return current;
  const now = extra.now ?? (() => new Date());
  const options: RunOptions = { dataDir: key, url, deadline: Date.now() + RUN_BUDGET_MS, upTo: extra.upTo };
  const run = runOffThread(options)
    .catch((error: unknown) => unreachable(key, error, now()))
    .then((report) => {
      recordLastSync(key, report);
      return report;
    })
    .finally(() => running.delete(key));
  running.set(key, run);
  return run;
}

let worker: Worker | null = null;
let unavailable = false;
let nextId = 1;
const pending = new Map<number, { resolve: (r: SyncReport) => void; reject: (e: Error) => void }>();

/** Where the worker's code is: beside the bundled main, or the TypeScript source (see exports/xlsx/offThread.ts). */
function workerEntry(): { script: string; options: WorkerOptions } | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    const file = path
      .join(path.dirname(here), 'syncWorker.cjs')
      .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return fs.existsSync(file) ? { script: file, options: {} } : null;
  }
  const file = path.join(path.dirname(here), 'worker.ts');
  if (!fs.existsSync(file)) return null;
  const tsx = createRequire(here).resolve('tsx/cjs');
  return {
    script: `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(file)});`,
    options: { eval: true },
  };
}

function theWorker(): Worker | null {
  if (worker || unavailable) return worker;
  const entry = workerEntry();
  if (!entry) {
    unavailable = true;
    return null;
  }
  const started = new Worker(entry.script, entry.options);
  started.unref();
  started.on('message', (m: { id: number; report?: SyncReport; error?: string }) => {
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (pending.size === 0) started.unref();
    if (m.report) job.resolve(m.report);
    else job.reject(new Error(m.error ?? 'sync worker failed'));
  });
  const fail = (error: Error) => {
    if (worker === started) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  started.on('error', (error) => {
    unavailable = true; // a worker that cannot run once will not run next time either
    fail(error);
  });
  started.on('exit', () => fail(new Error('sync worker exited')));
  worker = started;
  return worker;
}

/** Where the last run went: on the worker, or on the main thread (no worker). */
let lastRanOn: 'worker' | 'main' | null = null;

export function lastSyncRanOn(): 'worker' | 'main' | null {
  return lastRanOn;
}

function runOffThread(options: RunOptions): Promise<SyncReport> {
  const w = theWorker();
  lastRanOn = w ? 'worker' : 'main';
  // Loaded only here: the PostgreSQL client is the worker's, and loading it costs the desk's
  // start ~30 ms (pg probes for a Cloudflare runtime, which loads Node's fetch).
  if (!w) return import('./run').then(({ syncWithHq }) => syncWithHq(options));
  const id = nextId++;
  w.ref(); // a run in progress keeps the process up, as the desk's own calls do
  return new Promise<SyncReport>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, options });
  });
}

/** Stops the worker (the desk is closing); a run in progress ends as unreachable. */
export async function stopBackgroundSync(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}

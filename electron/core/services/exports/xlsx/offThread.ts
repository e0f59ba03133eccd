import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { SheetSpec } from './sheet';
import { buildXlsx, type XlsxJob } from './jobs';

/**
 * Builds .xlsx files on a worker thread, so the main process's event loop — which answers
 * every call of the UI — is never held by a big workbook (building the day sheet's styled
 * workbook takes some 370 ms). One worker, started on the first export and kept while exports
 * follow each other (unref'd while idle, so it never keeps a process alive); after IDLE_MS
 * without one it is stopped, which gives back the memory a big workbook took (a five-year
 * register: ~100 MB) instead of holding it for the rest of the desk's day. Should the worker
 * not start (its file missing, a host without worker threads), the file is built on the main
 * thread instead: an export never fails for want of a thread.
 */
/** Rows of a sheet copied to the worker in one message. */
const ROWS_PER_MESSAGE = 500;
/** How long an idle worker is kept for the next export. */
const IDLE_MS = 5_000;
let idleTimer: NodeJS.Timeout | null = null;

/** Stops the worker once no export has used it for IDLE_MS (see above). */
function stopWhenIdle(w: Worker): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    if (worker === w && pending.size === 0) {
      worker = null;
      void w.terminate();
    }
  }, IDLE_MS);
  idleTimer.unref();
}

let worker: Worker | null = null;
let unavailable = false;
let nextId = 1;
const pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

/**
 * Where the worker's code is: beside the bundled main (xlsxWorker.cjs, unpacked from the asar
 * archive, which a worker cannot read), or the TypeScript source (dev, tests, the bench). The
 * source is loaded through tsx's require hook from a two-line bootstrap: `--import tsx` in a
 * worker's execArgv does not reach the worker's own entry on Node 20 (it fails on the `.ts`
 * extension), and every export would then be built on the main thread by the fallback below.
 */
function workerEntry(): { script: string; options: WorkerOptions } | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    const file = path
      .join(path.dirname(here), 'xlsxWorker.cjs')
      .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return fs.existsSync(file) ? { script: file, options: {} } : null;
  }
  const file = path.join(path.dirname(here), 'worker.ts');
  if (!fs.existsSync(file)) return null;
  const tsx = createRequire(here).resolve('tsx/cjs');
  const bootstrap = `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(file)});`;
  return { script: bootstrap, options: { eval: true } };
}

/** Where the last .xlsx was built: on the worker, or on the main thread (no worker). */
let lastBuiltOn: 'worker' | 'main' | null = null;

export function lastXlsxBuiltOn(): 'worker' | 'main' | null {
  return lastBuiltOn;
}

/** Whether the export worker is running now (it is stopped once idle). */
export function xlsxWorkerRunning(): boolean {
  return worker !== null;
}

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
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
  started.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (pending.size === 0) {
      started.unref();
      stopWhenIdle(started);
    }
    if (m.bytes) job.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
    else job.reject(new Error(m.error ?? 'xlsx worker failed'));
  });
  started.on('error', (error) => {
    if (worker === started) worker = null;
    unavailable = true; // a worker that cannot run once will not run next time either
    failAll(error);
  });
  started.on('exit', () => {
    if (worker !== started) return; // stopped while idle: nothing was waiting on it
    worker = null;
    failAll(new Error('xlsx worker exited'));
  });
  worker = started;
  return worker;
}

/** The .xlsx of `job`, built off the main thread when a worker is available. */
export async function buildXlsxOffThread(job: XlsxJob): Promise<Buffer> {
  if (job.kind === 'sheet' && job.spec.rows.length > ROWS_PER_MESSAGE) {
    // Copying a message to the worker happens on this thread: a whole register at once would
    // hold the loop as long as building it here, so its rows go over a slice at a time.
    const { rows, ...head } = job.spec;
    return buildSheetOffThread(head, () => slicesOf(rows));
  }
  const w = theWorker();
  if (!w) return onMainThread(job);
  try {
    const id = nextId++;
    const answer = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
    w.ref(); // a job under way keeps the process alive until its answer
    w.postMessage({ id, job });
    const bytes = await answer;
    lastBuiltOn = 'worker';
    return bytes;
  } catch {
    return onMainThread(job); // the worker could not do it: the main thread still can
  }
}

/** A sheet's settings without its rows, which come a slice at a time. */
export type SheetHead = Omit<SheetSpec, 'rows'>;

async function* slicesOf(rows: readonly unknown[][]): AsyncGenerator<unknown[][]> {
  for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE)
    yield rows.slice(from, from + ROWS_PER_MESSAGE);
}

/**
 * A one-sheet .xlsx whose rows are read a slice at a time (a whole register, read from the
 * ledger in slices): each slice is copied to the worker as soon as it is read, with the loop let
 * go in between, so the main thread never holds the loop for the whole register — neither to
 * read and fold it nor to send it — nor keeps the rows once sent. Should the worker fail, or be
 * missing, the rows are read again (`readSlices` is called anew) and the file built here.
 */
export async function buildSheetOffThread(
  head: SheetHead,
  readSlices: () => AsyncIterable<unknown[][]>,
): Promise<Buffer> {
  const w = theWorker();
  if (!w) return onMainThread({ kind: 'sheet', spec: { ...head, rows: await gather(readSlices()) } });
  const id = nextId++;
  const answer = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
  answer.catch(() => {}); // a worker failing while the rows are still read is handled below
  w.ref(); // a job under way keeps the process alive until its answer
  try {
    for await (const slice of readSlices()) {
      w.postMessage({ id, rows: slice });
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (error) {
    // the rows could not be read (the call fails): the worker forgets what it was sent
    pending.delete(id);
    w.postMessage({ id, drop: true });
    if (pending.size === 0) w.unref();
    throw error;
  }
  w.postMessage({ id, job: { kind: 'sheet', spec: { ...head, rows: [] } } });
  try {
    const bytes = await answer;
    lastBuiltOn = 'worker';
    return bytes;
  } catch {
    // the worker could not do it: the main thread still can
    return onMainThread({ kind: 'sheet', spec: { ...head, rows: await gather(readSlices()) } });
  }
}

async function gather(slices: AsyncIterable<unknown[][]>): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for await (const slice of slices) for (const row of slice) rows.push(row);
  return rows;
}

function onMainThread(job: XlsxJob): Promise<Buffer> {
  lastBuiltOn = 'main';
  return buildXlsx(job);
}

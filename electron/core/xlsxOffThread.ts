import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildXlsx, type XlsxJob } from './xlsxJobs';

/**
 * Builds .xlsx files on a worker thread, so the main process's event loop — which answers
 * every call of the UI — is never held by a big workbook (issue 10: the day sheet's styled
 * workbook held it ~370 ms). One worker, started on the first export and kept (unref'd while
 * idle, so it never keeps a process alive). Should the worker not start (its file missing, a
 * host without worker threads), the file is built on the main thread as before: an export
 * never fails for want of a thread.
 */
/** Rows of a sheet copied to the worker in one message. */
const ROWS_PER_MESSAGE = 500;

let worker: Worker | null = null;
let unavailable = false;
let nextId = 1;
const pending = new Map<number, { resolve: (b: Buffer) => void; reject: (e: Error) => void }>();

/**
 * Where the worker's code is: beside the bundled main (xlsxWorker.cjs, unpacked from the asar
 * archive, which a worker cannot read), or the TypeScript source run through tsx (dev, tests).
 */
function workerEntry(): { file: string; execArgv: string[] } | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    const file = path
      .join(path.dirname(here), 'xlsxWorker.cjs')
      .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return fs.existsSync(file) ? { file, execArgv: [] } : null;
  }
  const file = path.join(path.dirname(here), 'xlsxWorker.ts');
  return fs.existsSync(file) ? { file, execArgv: ['--import', 'tsx'] } : null;
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
  const started = new Worker(entry.file, { execArgv: entry.execArgv });
  started.unref();
  started.on('message', (m: { id: number; bytes?: Uint8Array; error?: string }) => {
    const job = pending.get(m.id);
    if (!job) return;
    pending.delete(m.id);
    if (pending.size === 0) started.unref();
    if (m.bytes) job.resolve(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
    else job.reject(new Error(m.error ?? 'xlsx worker failed'));
  });
  started.on('error', (error) => {
    if (worker === started) worker = null;
    unavailable = true; // a worker that cannot run once will not run next time either
    failAll(error);
  });
  started.on('exit', () => {
    if (worker === started) worker = null;
    failAll(new Error('xlsx worker exited'));
  });
  worker = started;
  return worker;
}

/** The .xlsx of `job`, built off the main thread when a worker is available. */
export async function buildXlsxOffThread(job: XlsxJob): Promise<Buffer> {
  const w = theWorker();
  if (!w) return buildXlsx(job);
  try {
    const id = nextId++;
    const answer = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
    w.ref(); // a job under way keeps the process alive until its answer
    if (job.kind === 'sheet' && job.spec.rows.length > ROWS_PER_MESSAGE) {
      // Copying a message to the worker happens on this thread: a whole register at once would
      // hold the loop as long as building it here, so its rows go over a slice at a time.
      const { rows } = job.spec;
      for (let from = 0; from < rows.length; from += ROWS_PER_MESSAGE) {
        w.postMessage({ id, rows: rows.slice(from, from + ROWS_PER_MESSAGE) });
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      w.postMessage({ id, job: { kind: 'sheet', spec: { ...job.spec, rows: [] } } });
    } else {
      w.postMessage({ id, job });
    }
    return await answer;
  } catch {
    return buildXlsx(job); // the worker could not do it: the main thread still can
  }
}

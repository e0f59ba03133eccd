import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { VerifyReport } from '../../shared/contract/audit';
import { verifyLedgerFile } from './maintenance';

/** What the worker does: verify a copy (`file`), or copy the ledger `file` to `copyTo`. */
interface WorkerTask {
  file: string;
  copyTo?: string;
}

/**
 * Where the verifying worker's code is: beside the bundled main (verifyWorker.cjs, unpacked from
 * the asar archive), or the TypeScript source through tsx (dev, tests, the bench), as for the
 * export worker (services/exports/xlsx/offThread.ts).
 */
function workerEntry(task: WorkerTask): { script: string; options: WorkerOptions } | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    const script = path
      .join(path.dirname(here), 'verifyWorker.cjs')
      .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return fs.existsSync(script) ? { script, options: { workerData: task } } : null;
  }
  const source = path.join(path.dirname(here), 'verifyWorker.ts');
  if (!fs.existsSync(source)) return null;
  const tsx = createRequire(here).resolve('tsx/cjs');
  return {
    script: `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(source)});`,
    options: { eval: true, workerData: task },
  };
}

/** Where the last copy was verified: on the worker, or on this thread (no worker). */
let lastVerifiedOn: 'worker' | 'main' | null = null;

export function lastCopyVerifiedOn(): 'worker' | 'main' | null {
  return lastVerifiedOn;
}

/**
 * Verifies a backup copy (its integrity and whole audit chain) on a worker thread. On a
 * five-year ledger that takes tens of seconds; on the desk's own thread it would hold every call
 * (the sign-in screen of the day's first start among them) until done. Without a worker it runs
 * here, as before.
 */
export function verifyCopyOffThread(file: string): Promise<VerifyReport> {
  const entry = workerEntry({ file });
  lastVerifiedOn = entry ? 'worker' : 'main';
  if (!entry) return verifyLedgerFile(file, { copy: true });
  return answerOf<{ report: VerifyReport }>(entry).then((m) => m.report);
}

/** Where the last copy of the ledger was taken: on the worker, or between calls here. */
let lastCopiedOn: 'worker' | 'main' | null = null;

export function lastCopyTakenOn(): 'worker' | 'main' | null {
  return lastCopiedOn;
}

/**
 * Copies the ledger file to `outFile` on a worker thread, through a connection of its own: the
 * copy of a five-year ledger takes a second or more (several on a loaded machine), and taken
 * through the desk's connection it would hold every call meanwhile — the day's first sign-in
 * among them. Without a worker, `here` takes it (between calls) as before.
 */
export function copyLedgerOffThread(
  ledgerFile: string,
  outFile: string,
  here: () => Promise<{ file: string; bytes: number }>,
): Promise<{ file: string; bytes: number }> {
  const entry = workerEntry({ file: ledgerFile, copyTo: outFile });
  lastCopiedOn = entry ? 'worker' : 'main';
  if (!entry) return here();
  return answerOf<{ copied: { file: string; bytes: number } }>(entry).then((m) => m.copied);
}

function answerOf<T>(entry: { script: string; options: WorkerOptions }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    const worker = new Worker(entry.script, entry.options);
    worker.once('message', (m: T & { error?: string }) => {
      answered = true;
      if (m.error === undefined) resolve(m);
      else reject(new Error(m.error || 'backup worker failed'));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`backup worker exited (${code})`));
    });
  });
}

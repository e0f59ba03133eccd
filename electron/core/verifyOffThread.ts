import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { VerifyReport } from '../../shared/contract/audit';
import { verifyLedgerFile } from './maintenance';

/**
 * Where the verifying worker's code is: beside the bundled main (verifyWorker.cjs, unpacked from
 * the asar archive), or the TypeScript source through tsx (dev, tests, the bench), as for the
 * export worker (services/exports/xlsx/offThread.ts).
 */
function workerEntry(file: string): { script: string; options: WorkerOptions } | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  if (here.endsWith('.cjs')) {
    const script = path
      .join(path.dirname(here), 'verifyWorker.cjs')
      .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
    return fs.existsSync(script) ? { script, options: { workerData: { file } } } : null;
  }
  const source = path.join(path.dirname(here), 'verifyWorker.ts');
  if (!fs.existsSync(source)) return null;
  const tsx = createRequire(here).resolve('tsx/cjs');
  return {
    script: `require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(source)});`,
    options: { eval: true, workerData: { file } },
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
  const entry = workerEntry(file);
  lastVerifiedOn = entry ? 'worker' : 'main';
  if (!entry) return verifyLedgerFile(file, { copy: true });
  return new Promise<VerifyReport>((resolve, reject) => {
    let answered = false;
    const worker = new Worker(entry.script, entry.options);
    worker.once('message', (m: { report?: VerifyReport; error?: string }) => {
      answered = true;
      if (m.report) resolve(m.report);
      else reject(new Error(m.error ?? 'verify worker failed'));
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`verify worker exited (${code})`));
    });
  });
}

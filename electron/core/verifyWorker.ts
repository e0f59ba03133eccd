import { parentPort, workerData } from 'node:worker_threads';
import { verifyLedgerFile } from './maintenance';

/**
 * The verifying worker thread (bundled on its own as dist/electron/verifyWorker.cjs by
 * scripts/build-electron.mjs): checks a backup copy on its own read-only connection, off the
 * thread that answers the desk's calls (see verifyOffThread.ts).
 */
const { file } = workerData as { file: string };
verifyLedgerFile(file, { copy: true }).then(
  (report) => parentPort!.postMessage({ report }),
  (error: unknown) =>
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);

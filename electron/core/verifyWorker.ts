import { parentPort, workerData } from 'node:worker_threads';
import { backupLedgerFileTo } from '../../db/backup';
import { verifyLedgerFile } from './maintenance';

/**
 * The backup's worker thread (bundled on its own as dist/electron/verifyWorker.cjs by
 * scripts/build-electron.mjs), off the thread that answers the desk's calls (see
 * verifyOffThread.ts): verifies a backup copy on its own read-only connection, or takes the copy
 * of the ledger itself through a connection of its own.
 */
const task = workerData as { file: string; copyTo?: string };
const work: Promise<object> = task.copyTo
  ? backupLedgerFileTo(task.file, task.copyTo).then((copied) => ({ copied }))
  : verifyLedgerFile(task.file, { copy: true }).then((report) => ({ report }));
work.then(
  (answer) => parentPort!.postMessage(answer),
  (error: unknown) =>
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }),
);

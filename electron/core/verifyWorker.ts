import { parentPort, workerData } from 'node:worker_threads';
import { backupLedgerFileTo } from '../../db/backup';
import { verifyLedgerFile } from './maintenance';

/**
 * The backup's helper (bundled on its own as dist/electron/verifyWorker.cjs by
 * scripts/build-electron.mjs), off the thread that answers the desk's calls — a child process
 * under plain Node, a worker thread in Electron (see verifyOffThread.ts): verifies a backup copy
 * on its own read-only connection, or takes the copy of the ledger itself through a connection of
 * its own. A worker gets its task as workerData and answers on its port; a child process gets it
 * as its one argument and answers over its IPC channel, then lets go of it and exits.
 */
const task = (parentPort ? workerData : JSON.parse(process.argv[2] ?? '{}')) as {
  file: string;
  copyTo?: string;
};
const answer = (message: object) => {
  if (parentPort) parentPort.postMessage(message);
  else process.send!(message, () => process.disconnect());
};
const work: Promise<object> = task.copyTo
  ? backupLedgerFileTo(task.file, task.copyTo).then((copied) => ({ copied }))
  : verifyLedgerFile(task.file, { copy: true }).then((report) => ({ report }));
work.then(answer, (error: unknown) =>
  answer({ error: error instanceof Error ? error.message : String(error) }),
);

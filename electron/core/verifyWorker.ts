import { parentPort, workerData } from 'node:worker_threads';
import { backupLedgerFileTo } from '../../db/backup';
import { verifyLedgerFile } from './maintenance';

/**
 * The backup's helper (bundled on its own as dist/electron/verifyWorker.cjs by
 * scripts/build-electron.mjs), off the thread that answers the desk's calls — a process of its own
 * or a worker thread (see verifyOffThread.ts): verifies a backup copy
 * on its own read-only connection, or takes the copy of the ledger itself through a connection of
 * its own. A worker gets its task as workerData and answers on its port; a process gets it as its
 * one argument and answers over its IPC channel (a child process, which then lets go of it and
 * exits) or its parent port (an Electron utility process).
 */
// (its last argument: how many come before it differs between Node's fork and Electron's)
const task = (parentPort ? workerData : JSON.parse(process.argv.at(-1) ?? '{}')) as {
  file: string;
  copyTo?: string;
};
/** Electron's utility process (electron/app/helperProcess.ts) answers on `process.parentPort`. */
const utilityPort = (process as { parentPort?: { postMessage(message: unknown): void } }).parentPort;
// A child process whose desk is gone (killed, crashed) has no one to answer: it stops at once
// rather than copy or verify for nobody (its IPC channel closes with the parent).
if (!parentPort && !utilityPort) process.once('disconnect', () => process.exit(0));
// A utility process is ended by the app once it has answered; a child process lets go of its
// channel and exits by itself.
const answer = (message: object) => {
  if (parentPort) parentPort.postMessage(message);
  else if (utilityPort) utilityPort.postMessage(message);
  else process.send!(message, () => process.disconnect());
};
const work: Promise<object> = task.copyTo
  ? backupLedgerFileTo(task.file, task.copyTo).then((copied) => ({ copied }))
  : verifyLedgerFile(task.file, { copy: true }).then((report) => ({ report }));
work.then(answer, (error: unknown) =>
  answer({ error: error instanceof Error ? error.message : String(error) }),
);

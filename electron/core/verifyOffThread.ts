import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { VerifyReport } from '../../shared/contract/audit';
import { yieldToTheDesk } from './helperPriority';
import { verifyLedgerFile } from './maintenance';

/** What the helper does: verify a copy (`file`), or copy the ledger `file` to `copyTo`. */
export interface HelperTask {
  file: string;
  copyTo?: string;
}

/**
 * Starts the bundled helper script in a process of its own with `task` as its one argument and
 * answers its one message — how a host whose runtime is not plain Node starts one (the desktop
 * app: Electron's utility process, electron/app/helperProcess.ts).
 */
export type HelperLauncher = (script: string, task: HelperTask) => Promise<unknown>;

/** How a backup's helper runs: a process of its own, a worker thread, or none (this thread). */
export type HelperPlace = 'process' | 'worker' | 'main';

interface HelperEntry {
  place: 'process' | 'worker';
  start(): Promise<unknown>;
}

/**
 * Where the backup's helper runs, and from which code: beside the bundled main (verifyWorker.cjs,
 * unpacked from the asar archive), or the TypeScript source through tsx (dev, tests, the bench),
 * as for the export worker (services/exports/xlsx/offThread.ts).
 *
 * Under plain Node (the web host, the CLI) it is a child process: verifying a five-year ledger
 * peaks near 500 MB, and memory freed on a thread is not all given back to the system — a desk
 * that verified its daily backup on a worker idled 40–100 MB higher for the rest of the day; a
 * process's memory goes back whole when it exits. Electron's packaged binary cannot run as plain
 * Node (its runAsNode fuse is off, electron-builder.yml): the desktop app passes a `launcher` of
 * its own (a utility process); without one, in Electron, it is a worker thread.
 */
function helperEntry(task: HelperTask, launcher?: HelperLauncher): HelperEntry | null {
  const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
  const bundled = here.endsWith('.cjs');
  const script = bundled
    ? path
        .join(path.dirname(here), 'verifyWorker.cjs')
        .replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`)
    : path.join(path.dirname(here), 'verifyWorker.ts');
  if (!fs.existsSync(script)) return null;
  if (launcher) return { place: 'process', start: () => launcher(script, task).then(settle) };
  if (process.versions.electron === undefined) {
    const execArgv = bundled ? [] : ['--import', pathToFileURL(createRequire(here).resolve('tsx/esm')).href];
    return { place: 'process', start: () => answerOfProcess(script, execArgv, task) };
  }
  const options: WorkerOptions = bundled ? { workerData: task } : { eval: true, workerData: task };
  const code = bundled
    ? script
    : `require(${JSON.stringify(createRequire(here).resolve('tsx/cjs'))});\nrequire(${JSON.stringify(script)});`;
  return { place: 'worker', start: () => answerOfWorker(code, options) };
}

/** Where the last copy was verified: by the helper (a process or a worker), or on this thread. */
let lastVerifiedOn: HelperPlace | null = null;

export function lastCopyVerifiedOn(): HelperPlace | null {
  return lastVerifiedOn;
}

/**
 * Verifies a backup copy (its integrity and whole audit chain) by the helper, off the desk's
 * thread. On a five-year ledger that takes tens of seconds; on the desk's own thread it would hold
 * every call (the sign-in screen of the day's first start among them) until done. Without a
 * helper script it runs here.
 */
export function verifyCopyOffThread(file: string, launcher?: HelperLauncher): Promise<VerifyReport> {
  const entry = helperEntry({ file }, launcher);
  lastVerifiedOn = entry?.place ?? 'main';
  if (!entry) return verifyLedgerFile(file, { copy: true });
  return entry.start().then((m) => (m as { report: VerifyReport }).report);
}

/** Where the last copy of the ledger was taken: by the helper, or between calls here. */
let lastCopiedOn: HelperPlace | null = null;

export function lastCopyTakenOn(): HelperPlace | null {
  return lastCopiedOn;
}

/**
 * Copies the ledger file to `outFile` by the helper, through a connection of its own: the copy of
 * a five-year ledger takes a second or more (several on a loaded machine), and taken through the
 * desk's connection it would hold every call meanwhile — the day's first sign-in among them.
 * Without a helper script, `here` takes it (between calls).
 */
export function copyLedgerOffThread(
  ledgerFile: string,
  outFile: string,
  here: () => Promise<{ file: string; bytes: number }>,
  launcher?: HelperLauncher,
): Promise<{ file: string; bytes: number }> {
  const entry = helperEntry({ file: ledgerFile, copyTo: outFile }, launcher);
  lastCopiedOn = entry?.place ?? 'main';
  if (!entry) return here();
  return entry.start().then((m) => (m as { copied: { file: string; bytes: number } }).copied);
}

/** The helper's one answer: `{ error }` from the helper is a failure, as is an exit without answer. */
function settle(m: unknown): unknown {
  const error = (m as { error?: string }).error;
  if (error !== undefined) throw new Error(error || 'backup helper failed');
  return m;
}

/** A helper's one answer: its first message, settled; an error or an exit before it is a failure. */
function answerOf(helper: Worker | ChildProcess): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const fail = (error: Error) => {
      if (answered) return;
      answered = true;
      reject(error);
    };
    helper.once('message', (m: unknown) => {
      if (answered) return;
      answered = true;
      try {
        resolve(settle(m));
      } catch (error) {
        reject(error);
      }
    });
    helper.once('error', fail);
    helper.once('exit', (code: number | null, signal?: NodeJS.Signals | null) =>
      fail(new Error(`backup helper exited (${signal ?? code})`)),
    );
  });
}

function answerOfWorker(script: string, options: WorkerOptions): Promise<unknown> {
  return answerOf(new Worker(script, options));
}

function answerOfProcess(script: string, execArgv: string[], task: HelperTask): Promise<unknown> {
  const helper = fork(script, [JSON.stringify(task)], {
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  yieldToTheDesk(helper.pid);
  return answerOf(helper);
}

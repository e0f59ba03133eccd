import { parentPort } from 'node:worker_threads';
import { syncWithHq, type SyncOptions } from './run';

/**
 * The sync's worker thread (bundled on its own as dist/electron/syncWorker.cjs by
 * scripts/build-electron.mjs): reads the ledger on its own read-only connection, builds the
 * batches and talks to HQ, so none of that runs on the thread that answers the desk's calls.
 */
parentPort?.on('message', (message: { id: number; options: Omit<SyncOptions, 'onBatch' | 'now'> }) => {
  syncWithHq(message.options).then(
    (report) => parentPort!.postMessage({ id: message.id, report }),
    (error: unknown) =>
      parentPort!.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      }),
  );
});

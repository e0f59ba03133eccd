import { parentPort } from 'node:worker_threads';
import { buildXlsx, type XlsxJob } from './jobs';

/**
 * The export worker's entry (a worker_thread; bundled on its own as dist/electron/xlsxWorker.cjs
 * by scripts/build-electron.mjs): builds each .xlsx it is sent and sends the bytes back,
 * transferred rather than copied. It never touches the ledger.
 */
/** Rows of a sheet sent ahead of its job, a slice per message (see offThread.ts). */
const rowsOf = new Map<number, unknown[][]>();

parentPort?.on('message', (message: { id: number; rows?: unknown[][]; job?: XlsxJob; drop?: true }) => {
  if (message.drop) {
    rowsOf.delete(message.id); // the export failed while its rows were read: nothing to build
    return;
  }
  if (message.rows) {
    const rows = rowsOf.get(message.id) ?? [];
    for (const row of message.rows) rows.push(row);
    rowsOf.set(message.id, rows);
    return;
  }
  let job = message.job!;
  const sent = rowsOf.get(message.id);
  if (sent && job.kind === 'sheet') job = { kind: 'sheet', spec: { ...job.spec, rows: sent } };
  rowsOf.delete(message.id);
  buildXlsx(job).then(
    (buffer) => {
      const bytes = new Uint8Array(buffer); // its own ArrayBuffer, so it can be transferred
      parentPort!.postMessage({ id: message.id, bytes }, [bytes.buffer]);
    },
    (error: unknown) => {
      parentPort!.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      });
    },
  );
});

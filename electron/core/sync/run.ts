import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import type { SyncState } from '../../../shared/domain/vocab';
import { writeAcknowledgedHead } from './acknowledgedHead';
import { DEFAULT_TIMEOUTS, HqClient, RoleRefused, type HqTimeouts, type IngestAnswer } from './hqClient';
import { hashAt, ledgerOfficeId, ledgerTail, type ChainPoint } from './ledgerFacts';
import { DEFAULT_LIMITS, LedgerDamaged, readOutbox, type OutboxBatch, type OutboxLimits } from './outbox';

/**
 * One sync with HQ: ask HQ for its head of this office's chain, check it against the ledger,
 * then send the entries after it, a bounded batch at a time, each acknowledged before the next
 * (exactly once: HQ keeps each seq once, and a batch sent again after a lost answer is only
 * acknowledged again). After each acknowledged batch the head is kept beside the ledger
 * (acknowledgedHead.ts). While HQ checks a batch, the next one is read. Reads the ledger on a
 * connection of its own, read-only, opened for each batch and closed at once, so a restore or
 * the desk's own writes never wait for it.
 */
export interface SyncOptions {
  dataDir: string;
  url: string;
  limits?: OutboxLimits;
  timeouts?: HqTimeouts;
  /** Starts no new batch after this instant (ms since the epoch): a background run is bounded. */
  deadline?: number;
  /** Sends the entries up to this seq only (default: the whole ledger); the bench splits a day off with it. */
  upTo?: number;
  now?: () => Date;
  onBatch?: (progress: { headSeq: number; localSeq: number; accepted: number }) => void;
}

export interface SyncReport {
  state: SyncState;
  officeId: string | null;
  at: string;
  /** HQ's head for this office after the run (null when HQ was not reached). */
  head: ChainPoint | null;
  localSeq: number;
  batches: number;
  sent: number;
  accepted: number;
  acknowledged: number;
  detail: string | null;
  /** The entry a refusal names: where the chains part (fork), HQ's head (behind), the bad entry. */
  problemSeq: number | null;
}

/** Reads the ledger on a read-only connection of its own, closed as soon as the read is done. */
function withLedger<T>(dataDir: string, read: (sqlite: BetterSqlite3.Database) => T): T {
  const sqlite = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), {
    readonly: true,
    fileMustExist: true,
  });
  try {
    sqlite.pragma('busy_timeout = 5000');
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

export async function syncWithHq(options: SyncOptions): Promise<SyncReport> {
  const now = options.now ?? (() => new Date());
  const limits = options.limits ?? DEFAULT_LIMITS;
  const start = withLedger(options.dataDir, (sqlite) => ({
    officeId: ledgerOfficeId(sqlite),
    tail: ledgerTail(sqlite),
  }));
  const report: SyncReport = {
    state: 'synced',
    officeId: start.officeId,
    at: now().toISOString(),
    head: null,
    localSeq: start.tail.seq,
    batches: 0,
    sent: 0,
    accepted: 0,
    acknowledged: 0,
    detail: null,
    problemSeq: null,
  };
  const end = (
    state: SyncState,
    detail: string | null = null,
    problemSeq: number | null = null,
  ): SyncReport => Object.assign(report, { state, detail, problemSeq, at: now().toISOString() });
  const officeId = start.officeId;
  if (officeId === null) return end('no_office_id');

  let client: HqClient;
  try {
    client = await HqClient.connect(options.url, officeId, options.timeouts ?? DEFAULT_TIMEOUTS);
  } catch (error) {
    if (error instanceof RoleRefused) return end('refused', error.message);
    throw error;
  }
  try {
    let answer = await client.ingest(officeId, start.tail.seq, '[]');
    if (answer.office_id !== officeId) return end('refused', `HQ answered for office ${answer.office_id}`);
    let prefetched: OutboxBatch | null = null;
    for (;;) {
      report.head = { seq: answer.head_seq, hash: answer.head_hash };
      const local = withLedger(options.dataDir, (sqlite) => ({
        tail: ledgerTail(sqlite).seq,
        atHead: hashAt(sqlite, answer.head_seq),
      }));
      const tail = options.upTo === undefined ? local.tail : Math.min(options.upTo, local.tail);
      report.localSeq = tail;
      if (local.atHead === null) {
        return end(
          'behind',
          `HQ holds this office's chain up to #${answer.head_seq}; this ledger ends at #${tail}`,
        );
      }
      if (local.atHead !== answer.head_hash) {
        // Offer the entry at HQ's head itself: HQ records the fork with this ledger's hash of it.
        const offered = read(options.dataDir, answer.head_seq, tail, limits);
        answer = await send(client, officeId, offered, report, tail);
        return end(
          answer.status === 'ok' ? 'fork' : stateOf(answer),
          answer.detail,
          answer.seq ?? offered.first,
        );
      }
      writeAcknowledgedHead(options.dataDir, {
        officeId,
        seq: answer.head_seq,
        hash: answer.head_hash,
        at: now().toISOString(),
      });
      if (answer.head_seq >= tail) return end('synced');
      if (options.deadline !== undefined && Date.now() >= options.deadline) return end('partial');
      const batch: OutboxBatch =
        prefetched?.first === answer.head_seq + 1
          ? prefetched
          : read(options.dataDir, answer.head_seq + 1, tail, limits);
      const sending = send(client, officeId, batch, report, tail);
      sending.catch(() => {}); // awaited below; a cut connection must not count as unhandled meanwhile
      // While HQ checks this batch, read the next one (on this worker; the socket has the batch)
      await new Promise((resolve) => setImmediate(resolve));
      let readError: unknown = null;
      try {
        prefetched = batch.last < tail ? read(options.dataDir, batch.last + 1, tail, limits) : null;
      } catch (error) {
        prefetched = null;
        readError = error;
      }
      answer = await sending;
      if (answer.status === 'fork' || answer.status === 'invalid') {
        return end(stateOf(answer), answer.detail, answer.seq);
      }
      if (readError) throw readError;
      // 'gap': another sender moved HQ's head meanwhile; carry on from the head HQ answered
      options.onBatch?.({ headSeq: answer.head_seq, localSeq: tail, accepted: report.accepted });
    }
  } catch (error) {
    if (error instanceof LedgerDamaged) return end('damaged', error.message, error.seq);
    if (error instanceof RoleRefused) return end('refused', error.message);
    throw error;
  } finally {
    await client.close();
  }
}

/** The batch from `fromSeq`, no further than `tail`. */
function read(dataDir: string, fromSeq: number, tail: number, limits: OutboxLimits): OutboxBatch {
  const bounded = { entries: Math.min(limits.entries, Math.max(1, tail - fromSeq + 1)), bytes: limits.bytes };
  const batch = withLedger(dataDir, (sqlite) => readOutbox(sqlite, fromSeq, bounded));
  if (!batch) throw new LedgerDamaged(fromSeq, 'missing');
  return batch;
}

async function send(
  client: HqClient,
  officeId: string,
  batch: OutboxBatch,
  report: SyncReport,
  tail: number,
): Promise<IngestAnswer> {
  const answer = await client.ingest(officeId, Math.max(tail, batch.last), batch.json);
  report.batches++;
  report.sent += batch.count;
  report.accepted += answer.accepted;
  report.acknowledged += answer.acknowledged;
  return answer;
}

function stateOf(answer: IngestAnswer): SyncState {
  return answer.status === 'ok' || answer.status === 'gap' ? 'partial' : answer.status;
}

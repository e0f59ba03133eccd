import type BetterSqlite3 from 'better-sqlite3';
import { AUDITED_TABLES, type AuditedTable } from '../../../db/schema';
import { auditedRowByKey, auditHashAt, auditRowsFrom, type AuditRowRead } from '../../../db/syncReads';
import { GENESIS_HASH } from '../audit/chain';
import type { WriteRecord } from '../audit/writer';
import { canonicalJson, sha256Hex } from '../canonical';

/**
 * The office's outbox is its audit chain: the audit rows in id order, each with the rows it
 * wrote. An entry is what HQ can verify by itself:
 *
 * - `audit`: every field of the audit row its hash covers (all but `hash` and `prev_hash`), so
 *   HQ recomputes `hash = sha256(prev_hash + canonical(audit))`;
 * - `rows`: one element per write the audit row lists, in its order, each checked against the
 *   hash the audit row keeps for it. A fact (append-only) is sent as it is: it never changed.
 *   A master row (users, settings, units, unit_claims…) may have been written again by a later
 *   call, and only its latest content exists: the row written by this entry is then sent as its
 *   hash only, `superseded_by` the later entry, which sends the content it wrote (and HQ checks
 *   that entry did write that row). Sending the current state here instead would be a row this
 *   entry's hash does not cover: HQ could not tell it from a forged one.
 * - a row with U+0000 in a text (PostgreSQL text cannot hold it) is sent as its hash, `withheld`.
 *
 * Everything is checked here before it is sent, as `verify` would: a ledger whose chain or rows
 * do not verify sends nothing from the first bad entry on (LedgerDamaged).
 */
export interface OutboxEntry {
  seq: number;
  prev_hash: string;
  hash: string;
  audit: Record<string, unknown>;
  rows: OutboxRow[];
}

type Write = { t: string; k: string | number; h: string };
export type OutboxRow =
  | (Write & { row: Record<string, unknown> })
  | (Write & { superseded_by: number })
  | (Write & { withheld: 'nul' });

export class LedgerDamaged extends Error {
  constructor(
    readonly seq: number,
    detail: string,
  ) {
    super(`audit #${seq}: ${detail}`);
    this.name = 'LedgerDamaged';
  }
}

export interface OutboxLimits {
  /** At most this many entries in a batch. */
  entries: number;
  /** And no more JSON than this (the batch stops before the entry that would pass it; one entry always goes). */
  bytes: number;
}

export const DEFAULT_LIMITS: OutboxLimits = { entries: 1000, bytes: 8 * 2 ** 20 };

export interface OutboxBatch {
  /** The batch as the JSON array HQ's ingest takes. */
  json: string;
  count: number;
  first: number;
  last: number;
}

/** Reads the entries from `fromSeq` on, within the limits; null when there are none. */
export function readOutbox(
  sqlite: BetterSqlite3.Database,
  fromSeq: number,
  limits: OutboxLimits = DEFAULT_LIMITS,
): OutboxBatch | null {
  // one read transaction: the audit rows and the rows they wrote as of the same moment
  return sqlite.transaction(() => {
    const before = fromSeq <= 1 ? GENESIS_HASH : auditHashAt(sqlite, fromSeq - 1);
    if (before === undefined) throw new LedgerDamaged(fromSeq - 1, 'missing');
    const audits = auditRowsFrom(sqlite, fromSeq, limits.entries);
    if (audits.length === 0) return null;
    const parts: string[] = [];
    let bytes = 2;
    let prev = before;
    let expectedId = fromSeq;
    for (const row of audits) {
      if (row.id !== expectedId) throw new LedgerDamaged(expectedId, 'missing (the chain has a hole)');
      const text = entryText(sqlite, row, prev);
      if (parts.length > 0 && bytes + text.length + 1 > limits.bytes) break;
      parts.push(text);
      bytes += text.length + 1;
      prev = row.hash;
      expectedId++;
    }
    return { json: `[${parts.join(',')}]`, count: parts.length, first: fromSeq, last: expectedId - 1 };
  })();
}

/**
 * The entry as JSON text (an OutboxEntry). The audit row and each row sent whole are written as
 * the canonical JSON their hashes were just checked over, not serialised a second time: on a
 * first sync of years, that is a good part of the office's work (HQ takes the text as jsonb, so
 * the order of the keys is of no matter to it).
 */
function entryText(sqlite: BetterSqlite3.Database, row: AuditRowRead, prev: string): string {
  // The keyed seal is this office's own (HQ has no key to check it with): not part of the entry.
  const { hash, prev_hash, seal: _seal, ...audit } = row;
  if (prev_hash !== prev) throw new LedgerDamaged(row.id, 'not chained to the row before');
  const auditText = canonicalJson(audit);
  if (sha256Hex(prev_hash + auditText) !== hash) {
    throw new LedgerDamaged(row.id, 'its hash does not match its content');
  }
  let writes: WriteRecord[];
  try {
    writes = JSON.parse(row.writes) as WriteRecord[];
  } catch {
    throw new LedgerDamaged(row.id, 'its writes list is unreadable');
  }
  const rows = writes.map(([t, k, h], i): string => {
    const meta = (AUDITED_TABLES as Record<string, { key: string; appendOnly: boolean }>)[t];
    if (!meta) throw new LedgerDamaged(row.id, `wrote ${t}, which is not a ledger table`);
    const current = auditedRowByKey(sqlite, t as AuditedTable, k);
    if (!current) throw new LedgerDamaged(row.id, `${t} ${k} it wrote is missing`);
    let writtenAgainHere = false;
    for (let j = i + 1; j < writes.length && !writtenAgainHere; j++) {
      writtenAgainHere = writes[j]![0] === t && writes[j]![1] === k;
    }
    const write = `"t":${JSON.stringify(t)},"k":${JSON.stringify(k)},"h":${JSON.stringify(h)}`;
    if (current.audit_id === row.id && !writtenAgainHere) {
      const rowText = canonicalJson(current);
      if (sha256Hex(rowText) !== h) throw new LedgerDamaged(row.id, `${t} ${k} changed after it was written`);
      return hasNul(current) ? `{${write},"withheld":"nul"}` : `{${write},"row":${rowText}}`;
    }
    const later = writtenAgainHere ? row.id : Number(current.audit_id);
    if (meta.appendOnly || !(later >= row.id)) {
      throw new LedgerDamaged(row.id, `${t} ${k} it wrote claims audit #${String(current.audit_id)}`);
    }
    return `{${write},"superseded_by":${later}}`;
  });
  return `{"seq":${row.id},"prev_hash":${JSON.stringify(prev_hash)},"hash":${JSON.stringify(hash)},"audit":${auditText},"rows":[${rows.join(',')}]}`;
}

function hasNul(row: Record<string, unknown>): boolean {
  return Object.values(row).some((v) => typeof v === 'string' && v.includes('\u0000'));
}

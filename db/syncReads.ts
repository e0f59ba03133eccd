import type BetterSqlite3 from 'better-sqlite3';
import { AUDITED_TABLES, type AuditedTable } from './schema';
import { prepared } from './statements';

/**
 * What the sync with headquarters reads of a ledger, on its own read-only connection
 * (electron/core/sync/): the audit rows in chain order, the rows they wrote by key, the chain's
 * tail and the hash at a row, the office's id. Statements are kept per connection (statements.ts).
 */
export interface AuditRowRead {
  id: number;
  hash: string;
  prev_hash: string;
  writes: string;
  [field: string]: unknown;
}

/** Up to `limit` audit rows from id `fromId` on, every column, in id order. */
export function auditRowsFrom(sqlite: BetterSqlite3.Database, fromId: number, limit: number): AuditRowRead[] {
  return prepared(sqlite, 'SELECT * FROM audit_log WHERE id >= ? ORDER BY id LIMIT ?').all(
    fromId,
    limit,
  ) as AuditRowRead[];
}

/** The hash of audit row `id`, or undefined when the ledger has no such row. */
export function auditHashAt(sqlite: BetterSqlite3.Database, id: number): string | undefined {
  return (prepared(sqlite, 'SELECT hash FROM audit_log WHERE id = ?').get(id) as { hash: string } | undefined)
    ?.hash;
}

/** The last audit row's id and hash, or undefined for a ledger without any. */
export function auditTail(sqlite: BetterSqlite3.Database): { id: number; hash: string } | undefined {
  return prepared(sqlite, 'SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    { id: number; hash: string } | undefined;
}

/**
 * A row of an audited table by its key, every column, as it is now; undefined when gone. The
 * table is one of AUDITED_TABLES (its name and key column come from there, never from input).
 */
export function auditedRowByKey(
  sqlite: BetterSqlite3.Database,
  table: AuditedTable,
  key: string | number,
): Record<string, unknown> | undefined {
  const column = AUDITED_TABLES[table].key;
  return prepared(sqlite, `SELECT * FROM "${table}" WHERE "${column}" = ?`).get(key) as
    Record<string, unknown> | undefined;
}

/** The office's id at HQ, or null (a ledger from before office ids, not given one yet). */
export function officeIdOfLedger(sqlite: BetterSqlite3.Database): string | null {
  const table = prepared(
    sqlite,
    `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'office_identity'`,
  ).get();
  if (!table) return null;
  const row = prepared(sqlite, 'SELECT office_id FROM office_identity WHERE id = 1').get() as
    { office_id: string } | undefined;
  return row?.office_id ?? null;
}

import type BetterSqlite3 from 'better-sqlite3';
import { auditHashAt, auditTail, officeIdOfLedger } from '../../../db/syncReads';
import { GENESIS_HASH } from '../audit/chain';

/** What the sync reads of a ledger besides its outbox: the office's id, the chain's tail. */

/** The office's id at HQ, or null (a ledger from before office ids, not given one yet). */
export function ledgerOfficeId(sqlite: BetterSqlite3.Database): string | null {
  return officeIdOfLedger(sqlite);
}

export interface ChainPoint {
  seq: number;
  hash: string;
}

/** The last audit row: its id and hash (0 and the genesis hash for an empty ledger). */
export function ledgerTail(sqlite: BetterSqlite3.Database): ChainPoint {
  const row = auditTail(sqlite);
  return row ? { seq: row.id, hash: row.hash } : { seq: 0, hash: GENESIS_HASH };
}

/** The hash of audit row `seq` (the genesis hash for 0), or null when the ledger has no such row. */
export function hashAt(sqlite: BetterSqlite3.Database, seq: number): string | null {
  if (seq === 0) return GENESIS_HASH;
  return auditHashAt(sqlite, seq) ?? null;
}

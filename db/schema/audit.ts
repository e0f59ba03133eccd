import type { AuditOutcome } from '../../shared/domain/vocab';

/** The audit log: one sealed row per call, chained by hash (0001, 0011). */
export interface AuditTables {
  audit_log: AuditLogTable;
}

/**
 * Which of a namespace's tables the audited writer writes and `verify` checks, each with its key
 * column; `appendOnly` for facts (no UPDATE, no DELETE). Tables the database keeps by itself
 * (running balances, tallies, the name index) are not listed: no call writes them.
 */
export type AuditedTablesOf<Tables> = {
  readonly [T in keyof Tables]?: { readonly key: keyof Tables[T] & string; readonly appendOnly: boolean };
};

/** One row per call, ok or refused: who, when, what it wrote (`writes`), sealed by `hash`. */
export interface AuditLogTable {
  id: number;
  at: string;
  business_date: string;
  actor_id: number | null;
  countersigned_by: number | null;
  channel: string;
  outcome: AuditOutcome;
  error_code: string | null;
  summary: string;
  writes: string;
  prev_hash: string;
  hash: string;
}

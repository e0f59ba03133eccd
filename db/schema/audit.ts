import type { Generated } from 'kysely';
import type { AuditOutcome } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The audit log (0001, 0011, 0029) and the chain heads the day closes witnessed (0030). */
export type AuditTables = LedgerTables<{
  /**
   * One row per call, ok or refused: who, when, what it wrote (`writes`), chained by `hash`,
   * sealed by `seal` (an HMAC of the hash under this installation's key; null before 0029).
   */
  audit_log: { outcome: AuditOutcome };
  /** The chain's head when a date was closed: the fingerprint printed on its sheet. */
  close_heads: { id: Generated<number> };
}>;

import type { AuditOutcome } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The audit log (0001, 0011). */
export type AuditTables = LedgerTables<{
  /** One row per call, ok or refused: who, when, what it wrote (`writes`), sealed by `hash`. */
  audit_log: { outcome: AuditOutcome };
}>;

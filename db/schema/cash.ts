import type { Generated } from 'kysely';
import type {
  CashMovementKind,
  CashTransferKind,
  CashVarianceDecision,
  CashVarianceOccasion,
} from '../../shared/domain/vocab';
import type { AsStored, LedgerTables } from './tables';

/** Ticket cash in custody (0004_tickets, 0041): hand-overs, movements per holder, the change float. */
export type CashTables = LedgerTables<{
  cash_transfers: { id: Generated<number>; kind: CashTransferKind };
  cash_movements: { id: Generated<number>; kind: CashMovementKind };
  cash_float_changes: { id: Generated<number> };
  /** Differences found at a handover or a hand-in, and the manager's decisions (0041). */
  cash_variances: { id: Generated<number>; occasion: CashVarianceOccasion };
  cash_variance_decisions: { id: Generated<number>; decision: CashVarianceDecision };
  /**
   * Running balances (0012) of each holder's ticket cash and of each desk's change float: kept by
   * the database's triggers from `cash_movements` and `cash_float_changes`, in the same statement
   * as each movement; never written by the app. `last_id` is the newest movement taken in.
   */
  cash_custody: AsStored;
  cash_float_balances: AsStored;
}>;

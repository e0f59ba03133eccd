import type { Generated } from 'kysely';
import type { DepositMethod, HoldEventKind, HoldState, RefundEventKind } from '../../shared/domain/vocab';
import type { AsStored, LedgerTables } from './tables';

/**
 * Unit holds 销控: each hold, its events, and the one live claim per unit (0003); who may read the
 * board for a period and the "is it free?" questions (0023); deposits and their confirmation by
 * the cashier (0024); refunds and what happened to them (0025); each hold's kept status (0049).
 */
export type HoldsTables = LedgerTables<{
  holds: { id: Generated<number> };
  hold_events: { id: Generated<number>; kind: HoldEventKind };
  /**
   * Each hold's status, kept by the database's triggers from `hold_events` in the same statement
   * as each event (0049); never written by the app. `last_event_id` is the newest event taken in.
   */
  hold_status: { state: HoldState; reported: 0 | 1 };
  unit_claims: AsStored;
  hold_board_grants: { id: Generated<number> };
  hold_board_revocations: { id: Generated<number> };
  hold_inquiries: { id: Generated<number>; free: 0 | 1 };
  hold_deposits: { id: Generated<number>; method: DepositMethod };
  deposit_confirmations: { id: Generated<number> };
  hold_refunds: { id: Generated<number> };
  refund_events: { id: Generated<number>; kind: RefundEventKind; method: DepositMethod | null };
}>;

import type { Generated } from 'kysely';
import type { CashMovementKind, CashTransferKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** Ticket cash in custody (0004_tickets): hand-overs, movements per holder, the change float. */
export interface CashTables {
  cash_transfers: CashTransfersTable;
  cash_movements: CashMovementsTable;
  cash_float_changes: CashFloatChangesTable;
  cash_custody: CashCustodyTable;
  cash_float_balances: CashFloatBalancesTable;
}

export const CASH_AUDITED = {
  cash_transfers: { key: 'id', appendOnly: true },
  cash_movements: { key: 'id', appendOnly: true },
  cash_float_changes: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<CashTables>;

export type { CashMovementKind };

export interface CashTransfersTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  kind: CashTransferKind;
  from_id: number;
  to_id: number;
  expected_fen: number;
  amount_fen: number;
  explanation: string | null;
  audit_id: number;
}

export interface CashMovementsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  holder_id: number;
  kind: CashMovementKind;
  delta_fen: number;
  ticket_movement_id: number | null;
  transfer_id: number | null;
  audit_id: number;
}

export interface CashFloatChangesTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  desk: string;
  delta_fen: number;
  reason: string;
  actor_id: number;
  audit_id: number;
}

/**
 * Running balances (0012) of each holder's ticket cash and of each desk's change float: kept by
 * the database's triggers from `cash_movements` and `cash_float_changes`, in the same statement
 * as each movement; never written by the app. `last_id` is the newest movement taken in.
 */
export interface CashCustodyTable {
  holder_id: number;
  balance_fen: number;
  last_id: number;
}

export interface CashFloatBalancesTable {
  desk: string;
  float_fen: number;
  last_id: number;
}

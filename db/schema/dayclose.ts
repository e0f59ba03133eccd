import type { Generated } from 'kysely';
import type { DayCloseEventKind, SigningRole } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The day close 日结: close and reopen events, signatures, stock and cash counts (0007). */
export interface DayCloseTables {
  day_close_events: DayCloseEventsTable;
  day_close_signatures: DayCloseSignaturesTable;
  day_close_stock: DayCloseStockTable;
  day_close_cash_counts: DayCloseCashCountsTable;
}

export const DAY_CLOSE_AUDITED = {
  day_close_events: { key: 'id', appendOnly: true },
  day_close_signatures: { key: 'id', appendOnly: true },
  day_close_stock: { key: 'id', appendOnly: true },
  day_close_cash_counts: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<DayCloseTables>;

export interface DayCloseEventsTable {
  id: Generated<number>;
  for_date: string;
  seq: number;
  kind: DayCloseEventKind;
  at: string;
  actor_id: number;
  reason: string | null;
  key_check: string | null;
  audit_id: number;
}

export interface DayCloseSignaturesTable {
  id: Generated<number>;
  event_id: number;
  role: SigningRole;
  user_id: number;
  at: string;
  audit_id: number;
}

export interface DayCloseStockTable {
  id: Generated<number>;
  event_id: number;
  type_id: number;
  type_name: string;
  expected: number;
  counted: number;
  variance: number;
  explanation: string | null;
  ticket_count_id: number;
  audit_id: number;
}

export interface DayCloseCashCountsTable {
  id: Generated<number>;
  for_date: string;
  at: string;
  business_date: string;
  actor_id: number;
  n10000: number;
  n5000: number;
  n2000: number;
  n1000: number;
  n500: number;
  n100: number;
  n50: number;
  n10: number;
  total_fen: number;
  expected_fen: number;
  variance_fen: number;
  explanation: string | null;
  cashier_id: number | null;
  transfer_id: number | null;
  audit_id: number;
}

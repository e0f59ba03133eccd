import type { Generated } from 'kysely';
import type { DayCloseEventKind, SigningRole, TakingsMethod } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/**
 * The day close 日结: close and reopen events, signatures, stock and cash counts (0007); the
 * non-cash takings the cashier confirmed against her statements (0042).
 */
export type DayCloseTables = LedgerTables<{
  day_close_events: { id: Generated<number>; kind: DayCloseEventKind };
  day_close_signatures: { id: Generated<number>; role: SigningRole };
  day_close_stock: { id: Generated<number> };
  day_close_cash_counts: { id: Generated<number> };
  day_close_takings: { id: Generated<number> };
  day_close_takings_lines: { id: Generated<number>; method: TakingsMethod };
}>;

import type { Generated } from 'kysely';
import type { AuditedTablesOf } from './audit';

/** The call log and its tallies (0002, 0015). */
export interface CallsTables {
  calls: CallsTable;
  call_tallies_by_kind: CallTalliesByKindTable;
  call_tallies_by_channel: CallTalliesByChannelTable;
  call_tallies_by_quarter: CallTalliesByQuarterTable;
}

export const CALLS_AUDITED = {
  calls: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<CallsTables>;

export interface CallsTable {
  id: Generated<number>;
  customer_id: number;
  at: string;
  business_date: string;
  channel: string;
  is_returning: 0 | 1;
  answered_by: number;
  owner_id: number | null;
  topic: string | null;
  invited_for: string | null;
  recorded_at: string;
  recorded_by: number;
  audit_id: number;
}

/** Tallies of the calls per business date, kept by triggers (0015); never written by the app. */
export interface CallTalliesByKindTable {
  business_date: string;
  is_returning: number;
  calls: number;
  invited: number;
  last_id: number;
}

export interface CallTalliesByChannelTable {
  business_date: string;
  channel: string;
  calls: number;
  first_id: number;
  last_id: number;
}

/** `quarter`: unixepoch(at) / 900. */
export interface CallTalliesByQuarterTable {
  business_date: string;
  quarter: number;
  calls: number;
  last_id: number;
}

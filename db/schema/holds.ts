import type { Generated } from 'kysely';
import type { HoldEventKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** Unit holds 销控: each hold, its events, and the one live claim per unit (0003). */
export interface HoldsTables {
  holds: HoldsTable;
  hold_events: HoldEventsTable;
  unit_claims: UnitClaimsTable;
}

export const HOLDS_AUDITED = {
  holds: { key: 'id', appendOnly: true },
  hold_events: { key: 'id', appendOnly: true },
  unit_claims: { key: 'unit_id', appendOnly: false },
} as const satisfies AuditedTablesOf<HoldsTables>;

export type { HoldEventKind };

export interface HoldsTable {
  id: Generated<number>;
  unit_id: number;
  consultant_id: number;
  requested_by: number;
  customer_name: string;
  customer_phone: string;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface HoldEventsTable {
  id: Generated<number>;
  hold_id: number;
  kind: HoldEventKind;
  at: string;
  business_date: string;
  actor_id: number | null;
  expires_at: string | null;
  reason: string | null;
  amount_fen: number | null;
  receipt_no: string | null;
  audit_id: number;
}

export interface UnitClaimsTable {
  unit_id: number;
  hold_id: number | null;
  audit_id: number;
}

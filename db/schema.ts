import type { Generated } from 'kysely';

/** Row types of the ledger, as Kysely sees them. Columns mirror db/migrations. */
export interface AuditLogTable {
  id: number;
  at: string;
  business_date: string;
  actor_id: number | null;
  countersigned_by: number | null;
  channel: string;
  outcome: 'ok' | 'refused';
  error_code: string | null;
  summary: string;
  writes: string;
  prev_hash: string;
  hash: string;
}

export interface UsersTable {
  id: Generated<number>;
  name: string;
  roles: string;
  secret_kind: 'pin' | 'password';
  secret_hash: string;
  secret_set_at: string;
  active: 0 | 1;
  created_at: string;
  audit_id: number;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  user_id: number;
  at: string;
  business_date: string;
  purpose: 'sign_in' | 'countersign' | 'change_secret';
  ok: 0 | 1;
  locked_until: string | null;
  audit_id: number;
}

export interface SettingsTable {
  key: string;
  value: string;
  audit_id: number;
}

export interface NotificationsTable {
  id: Generated<number>;
  at: string;
  business_date: string;
  kind: string;
  severity: 'info' | 'warning' | 'critical';
  title_key: string;
  params: string;
  for_roles: string;
  audit_id: number;
}

export interface NotificationReadsTable {
  id: Generated<number>;
  notification_id: number;
  user_id: number;
  at: string;
  audit_id: number;
}

export interface UnitsTable {
  id: Generated<number>;
  building: string;
  unit: string;
  floor: number;
  room: string;
  layout: string;
  area_centi: number;
  list_price_fen: number;
  withheld: 0 | 1;
  created_at: string;
  audit_id: number;
}

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

export type HoldEventKind =
  'requested' | 'approved' | 'extended' | 'rejected' | 'deposit' | 'released' | 'signed' | 'cancelled';

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

export interface Database {
  audit_log: AuditLogTable;
  users: UsersTable;
  sign_in_attempts: SignInAttemptsTable;
  settings: SettingsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  units: UnitsTable;
  holds: HoldsTable;
  hold_events: HoldEventsTable;
  unit_claims: UnitClaimsTable;
}

/** Tables whose rows are written through the audited writer and checked by `verify`. */
export const AUDITED_TABLES = {
  users: { key: 'id', appendOnly: false },
  sign_in_attempts: { key: 'id', appendOnly: true },
  settings: { key: 'key', appendOnly: false },
  notifications: { key: 'id', appendOnly: true },
  notification_reads: { key: 'id', appendOnly: true },
  units: { key: 'id', appendOnly: false },
  holds: { key: 'id', appendOnly: true },
  hold_events: { key: 'id', appendOnly: true },
  unit_claims: { key: 'unit_id', appendOnly: false },
} as const satisfies Partial<Record<keyof Database, { key: string; appendOnly: boolean }>>;
export type AuditedTable = keyof typeof AUDITED_TABLES;

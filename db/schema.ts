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

export type KeyKind = 'front_desk' | 'show_flat' | 'office' | 'sales_drawer' | 'other';
export type KeyMovementKind = 'issued' | 'returned' | 'handed_over' | 'lost' | 'found';

export interface KeysTable {
  id: Generated<number>;
  tag: string;
  name: string;
  kind: KeyKind;
  home_place: string;
  night_place: string | null;
  copies: number;
  restricted: 0 | 1;
  created_at: string;
  retired_at: string | null;
  audit_id: number;
}

export interface KeyMovementsTable {
  id: Generated<number>;
  key_id: number;
  copy_no: number;
  seq: number;
  kind: KeyMovementKind;
  holder_user_id: number | null;
  holder_name: string | null;
  holder_phone: string | null;
  by_user_id: number;
  countersigned_by: number | null;
  purpose: string | null;
  due_back: string | null;
  reason: string | null;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface KeyOvernightNotesTable {
  id: Generated<number>;
  movement_id: number;
  reason: string;
  by_user_id: number;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface KeyOverdueNoticesTable {
  id: Generated<number>;
  issue_movement_id: number;
  notification_id: number;
  at: string;
  business_date: string;
  audit_id: number;
}

export interface Database {
  audit_log: AuditLogTable;
  users: UsersTable;
  sign_in_attempts: SignInAttemptsTable;
  settings: SettingsTable;
  notifications: NotificationsTable;
  notification_reads: NotificationReadsTable;
  keys: KeysTable;
  key_movements: KeyMovementsTable;
  key_overnight_notes: KeyOvernightNotesTable;
  key_overdue_notices: KeyOverdueNoticesTable;
}

/** Tables whose rows are written through the audited writer and checked by `verify`. */
export const AUDITED_TABLES = {
  users: { key: 'id', appendOnly: false },
  sign_in_attempts: { key: 'id', appendOnly: true },
  settings: { key: 'key', appendOnly: false },
  notifications: { key: 'id', appendOnly: true },
  notification_reads: { key: 'id', appendOnly: true },
  keys: { key: 'id', appendOnly: false },
  key_movements: { key: 'id', appendOnly: true },
  key_overnight_notes: { key: 'id', appendOnly: true },
  key_overdue_notices: { key: 'id', appendOnly: true },
} as const satisfies Partial<Record<keyof Database, { key: string; appendOnly: boolean }>>;
export type AuditedTable = keyof typeof AUDITED_TABLES;

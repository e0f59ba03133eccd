import type { Generated } from 'kysely';
import type { KeyKind, KeyMovementKind } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The front-desk keys: the register, each copy's movements, overnight notes, overdue notices (0005). */
export interface KeysTables {
  keys: KeysTable;
  key_movements: KeyMovementsTable;
  key_overnight_notes: KeyOvernightNotesTable;
  key_overdue_notices: KeyOverdueNoticesTable;
}

export const KEYS_AUDITED = {
  keys: { key: 'id', appendOnly: false },
  key_movements: { key: 'id', appendOnly: true },
  key_overnight_notes: { key: 'id', appendOnly: true },
  key_overdue_notices: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<KeysTables>;

export type { KeyKind, KeyMovementKind };

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

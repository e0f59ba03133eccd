import type { Generated } from 'kysely';
import type { SecretKind, SignInPurpose } from '../../shared/domain/vocab';
import type { AuditedTablesOf } from './audit';

/** The staff who sign in, and every sign-in attempt (0001). */
export interface UsersTables {
  users: UsersTable;
  sign_in_attempts: SignInAttemptsTable;
}

export const USERS_AUDITED = {
  users: { key: 'id', appendOnly: false },
  sign_in_attempts: { key: 'id', appendOnly: true },
} as const satisfies AuditedTablesOf<UsersTables>;

export interface UsersTable {
  id: Generated<number>;
  name: string;
  roles: string;
  secret_kind: SecretKind;
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
  purpose: SignInPurpose;
  ok: 0 | 1;
  locked_until: string | null;
  audit_id: number;
}

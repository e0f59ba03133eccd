import type { Generated } from 'kysely';
import type { SecretKind, SignInPurpose } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The staff who sign in, and every sign-in attempt (0001). */
export type UsersTables = LedgerTables<{
  users: { id: Generated<number>; secret_kind: SecretKind; active: 0 | 1 };
  sign_in_attempts: { id: Generated<number>; purpose: SignInPurpose; ok: 0 | 1 };
}>;

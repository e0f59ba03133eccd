import type { Generated } from 'kysely';
import type { KeyKind, KeyMovementKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The front-desk keys: the register, each copy's movements, overnight notes, overdue notices (0005). */
export type KeysTables = LedgerTables<{
  keys: { id: Generated<number>; kind: KeyKind; restricted: 0 | 1 };
  key_movements: { id: Generated<number>; kind: KeyMovementKind };
  key_overnight_notes: { id: Generated<number> };
  key_overdue_notices: { id: Generated<number> };
}>;

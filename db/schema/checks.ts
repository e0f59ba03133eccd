import type { Generated } from 'kysely';
import type { DeskCheckKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Opening and closing checks 开/闭店检查 and their items (0036). */
export type ChecksTables = LedgerTables<{
  desk_checks: { id: Generated<number>; kind: DeskCheckKind };
  desk_check_items: { id: Generated<number>; ticked: 0 | 1 };
}>;

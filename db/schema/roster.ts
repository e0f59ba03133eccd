import type { Generated } from 'kysely';
import type { RosterDuty } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** The duty roster 排班 as the cells set, and the lunch-cover warnings (0035). */
export type RosterTables = LedgerTables<{
  roster_entries: { id: Generated<number>; duty: RosterDuty; lunch_cover: 0 | 1 };
  lunch_cover_notices: { id: Generated<number> };
}>;

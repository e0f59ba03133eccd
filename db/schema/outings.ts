import type { Generated } from 'kysely';
import type { OutingEventKind } from '../../shared/domain/vocab';
import type { LedgerTables } from './tables';

/** Outings 外出登记, what followed each, and the deputy's acts while a manager was out (0034). */
export type OutingsTables = LedgerTables<{
  outings: { id: Generated<number> };
  outing_events: { id: Generated<number>; kind: OutingEventKind };
  stand_ins: { id: Generated<number> };
}>;

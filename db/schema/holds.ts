import type { Generated } from 'kysely';
import type { HoldEventKind } from '../../shared/domain/vocab';
import type { AsStored, LedgerTables } from './tables';

/** Unit holds 销控: each hold, its events, and the one live claim per unit (0003). */
export type HoldsTables = LedgerTables<{
  holds: { id: Generated<number> };
  hold_events: { id: Generated<number>; kind: HoldEventKind };
  unit_claims: AsStored;
}>;

import type { Generated } from 'kysely';
import type { LedgerTables } from './tables';

/** The units 房源 imported from the developer's list (0003). */
export type UnitsTables = LedgerTables<{
  units: { id: Generated<number>; withheld: 0 | 1 };
}>;

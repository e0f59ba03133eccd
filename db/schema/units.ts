import type { Generated } from 'kysely';
import type { AuditedTablesOf } from './audit';

/** The units 房源 imported from the developer's list (0003). */
export interface UnitsTables {
  units: UnitsTable;
}

export const UNITS_AUDITED = {
  units: { key: 'id', appendOnly: false },
} as const satisfies AuditedTablesOf<UnitsTables>;

export interface UnitsTable {
  id: Generated<number>;
  building: string;
  unit: string;
  floor: number;
  room: string;
  layout: string;
  area_centi: number;
  list_price_fen: number;
  withheld: 0 | 1;
  created_at: string;
  audit_id: number;
}

import type { Generated } from 'kysely';
import type { LedgerTables } from './tables';

/** The office's id at the group headquarters, written once (0031). */
export type OfficeTables = LedgerTables<{
  office_identity: { id: Generated<number> };
}>;

import type { Generated } from 'kysely';
import type { LedgerTables } from './tables';

/**
 * The office's id at the group headquarters, written once (0031); the refusals of HQ the office
 * was told of (0032).
 */
export type OfficeTables = LedgerTables<{
  office_identity: { id: Generated<number> };
  sync_notices: { id: Generated<number> };
}>;

import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { CloseSection, HandoverSection } from '../../../../shared/contract/exports';

/**
 * The two parts of the sheet that other ledgers own: the day close (counts, cash by
 * denomination, hand-over to the cashier, signatures, closed or not) and the shift handovers.
 * Until those ledgers are merged the sheet shows the day as not closed and no handovers.
 */

// wired by the lead when the day-close / handover ledgers land
export async function closeSection(_db: Kysely<Database>, _date: string): Promise<CloseSection | null> {
  return null;
}

// wired by the lead when the day-close / handover ledgers land
export async function handoverSection(_db: Kysely<Database>, _date: string): Promise<HandoverSection[]> {
  return [];
}

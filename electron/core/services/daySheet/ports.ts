import type { Kysely } from 'kysely';
import type { Database } from '../../../../db/schema';
import type { CloseSection, HandoverSection } from '../../../../shared/contract/exports';
import { handoversOfDate } from '../handover';

/**
 * The two parts of the sheet that other ledgers own: the day close (counts, cash by
 * denomination, hand-over to the cashier, signatures, closed or not) and the shift handovers.
 */

// wired by the lead when the day-close / handover ledgers land
export async function closeSection(_db: Kysely<Database>, _date: string): Promise<CloseSection | null> {
  return null;
}

/** The handovers of the date from the handover ledger, as acknowledged (or still waiting). */
export async function handoverSection(db: Kysely<Database>, date: string): Promise<HandoverSection[]> {
  return (await handoversOfDate(db, date)).map((h) => ({
    shift: h.shiftName,
    fromName: h.fromName,
    toName: h.toName,
    startedAt: h.startedAt,
    acknowledgedAt: h.acknowledgedAt,
    acknowledged: h.acknowledgedAt !== null,
    differences: h.differences,
    openTasks: h.openTasks,
  }));
}

import type { ReadableDB } from '../../db/access';
import { addDays } from '../../shared/domain/businessDate';

/**
 * Whether a date is closed is never stored: it is the kind of the date's latest close/reopen
 * event (odd sequence numbers close, even ones reopen). The router asks these for every call
 * (closedDates.ts), and the ledgers that date a write ask them too.
 */
export async function isClosed(db: ReadableDB, date: string): Promise<boolean> {
  const last = await db
    .selectFrom('day_close_events')
    .select('kind')
    .where('for_date', '=', date)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return last?.kind === 'closed';
}

/**
 * The dates among `dates` that are closed now; `exceptAuditId` leaves out a date closed by that
 * very call (the close itself writes into the date it closes, before the lock).
 */
export async function closedAmong(
  db: ReadableDB,
  dates: readonly string[],
  exceptAuditId?: number,
): Promise<Set<string>> {
  if (dates.length === 0) return new Set();
  const rows = await db
    .selectFrom('day_close_events as e')
    .select('e.for_date')
    .where('e.for_date', 'in', [...new Set(dates)])
    .where('e.kind', '=', 'closed')
    .$if(exceptAuditId !== undefined, (q) => q.where('e.audit_id', '<>', exceptAuditId!))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('day_close_events as later')
            .select('later.id')
            .whereRef('later.for_date', '=', 'e.for_date')
            .whereRef('later.seq', '>', 'e.seq'),
        ),
      ),
    )
    .execute();
  return new Set(rows.map((r) => r.for_date));
}

/**
 * The first open date from `date` on: `date` itself unless it has been closed, else the next
 * day that is not. Writes that would fall into a closed date are dated here instead (SPEC §2).
 */
export async function openDateFrom(db: ReadableDB, date: string): Promise<string> {
  let day = date;
  // A closed date is never in the future, so this ends after the few days closed ahead of the clock.
  while (await isClosed(db, day)) day = addDays(day, 1);
  return day;
}

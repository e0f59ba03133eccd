import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { DayCloseEventsTable } from '../../../../db/schema';
import { closedAmong } from '../../closedDateQueries';

export type CloseEventRow = Selectable<DayCloseEventsTable>;

/** A date's close and reopen events, in order: the latest one says whether it is closed. */
export async function eventsOf(db: ReadableDB, date: string): Promise<CloseEventRow[]> {
  return db.selectFrom('day_close_events').selectAll().where('for_date', '=', date).orderBy('seq').execute();
}

/** Every date that has a close or reopen event, newest first. */
export async function datesWithEvents(db: ReadableDB, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('day_close_events')
    .select('for_date')
    .distinct()
    .orderBy('for_date', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.for_date);
}

/** The dates after `date` that are closed now, in order. */
export async function closedDatesAfter(db: ReadableDB, date: string): Promise<string[]> {
  const rows = await db
    .selectFrom('day_close_events')
    .select('for_date')
    .distinct()
    .where('for_date', '>', date)
    .execute();
  return [
    ...(await closedAmong(
      db,
      rows.map((r) => r.for_date),
    )),
  ].sort();
}

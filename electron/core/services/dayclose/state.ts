import { sql, type Kysely, type Selectable } from 'kysely';
import { AUDITED_TABLES, type Database, type DayCloseEventsTable } from '../../../../db/schema';
import type { WriteRecord } from '../../audit/writer';
import { addDays } from '../../../../shared/domain/businessDate';

export type CloseEventRow = Selectable<DayCloseEventsTable>;

/**
 * Whether a date is closed is never stored: it is the kind of the date's latest close/reopen
 * event (odd sequence numbers close, even ones reopen).
 */
export async function eventsOf(db: Kysely<Database>, date: string): Promise<CloseEventRow[]> {
  return db.selectFrom('day_close_events').selectAll().where('for_date', '=', date).orderBy('seq').execute();
}

export async function isClosed(db: Kysely<Database>, date: string): Promise<boolean> {
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
  db: Kysely<Database>,
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
export async function openDateFrom(db: Kysely<Database>, date: string): Promise<string> {
  let day = date;
  // A closed date is never in the future, so this ends after the few days closed ahead of the clock.
  while (await isClosed(db, day)) day = addDays(day, 1);
  return day;
}

/** Every date that has a close or reopen event, newest first. */
export async function datesWithEvents(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('day_close_events')
    .select('for_date')
    .distinct()
    .orderBy('for_date', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => r.for_date);
}

const datedTables = new Map<string, boolean>();

/** Whether a table stamps its rows with a `business_date` (the schema is fixed once opened). */
async function isDated(db: Kysely<Database>, table: string): Promise<boolean> {
  let dated = datedTables.get(table);
  if (dated === undefined) {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*) AS n FROM pragma_table_info(${table}) WHERE name = 'business_date'`.execute(db);
    dated = Number(rows[0]?.n ?? 0) > 0;
    datedTables.set(table, dated);
  }
  return dated;
}

/** The business dates of the rows a call wrote (by their keys, so each lookup is indexed). */
export async function datesWritten(
  db: Kysely<Database>,
  writes: readonly WriteRecord[],
): Promise<Set<string>> {
  const keysByTable = new Map<string, (string | number)[]>();
  for (const [table, key] of writes) keysByTable.set(table, [...(keysByTable.get(table) ?? []), key]);
  const dates = new Set<string>();
  for (const [table, keys] of keysByTable) {
    if (!(await isDated(db, table))) continue;
    const keyColumn = AUDITED_TABLES[table as keyof typeof AUDITED_TABLES].key;
    const { rows } = await sql<{ d: string }>`
      SELECT DISTINCT business_date AS d FROM ${sql.table(table)}
      WHERE ${sql.ref(keyColumn)} IN (${sql.join(keys)})`.execute(db);
    for (const r of rows) dates.add(r.d);
  }
  return dates;
}

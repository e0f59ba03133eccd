import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { RosterEntriesTable } from '../../../../db/schema';
import type { RosteredShift } from '../../../../shared/contract/people';

/**
 * The roster's cells in force: for each person and day the latest entry set, a cleared cell
 * being no cell at all. The other registers (attendance, the rotation, the lunch cover) read the
 * roster through these.
 */
export type RosterEntryRow = Selectable<RosterEntriesTable>;

export interface RosterCellNow {
  userId: number;
  date: string;
  duty: 'shift' | 'rest';
  shift: RosteredShift | null;
  lunchCover: boolean;
}

export const cellKey = (userId: number, date: string) => `${userId}:${date}`;

function cellOf(row: RosterEntryRow): RosterCellNow | null {
  if (row.duty === 'clear') return null;
  return {
    userId: row.user_id,
    date: row.work_date,
    duty: row.duty,
    shift:
      row.duty === 'shift' ? { name: row.shift_name!, start: row.shift_start!, end: row.shift_end! } : null,
    lunchCover: row.lunch_cover === 1,
  };
}

/** The cells in force between two dates, by `cellKey`. */
export async function cellsBetween(
  db: ReadableDB,
  from: string,
  to: string,
): Promise<Map<string, RosterCellNow>> {
  const rows = await db
    .selectFrom('roster_entries')
    .selectAll()
    .where('work_date', '>=', from)
    .where('work_date', '<=', to)
    .orderBy('id')
    .execute();
  const latest = new Map<string, RosterEntryRow>();
  for (const row of rows) latest.set(cellKey(row.user_id, row.work_date), row);
  const cells = new Map<string, RosterCellNow>();
  for (const [key, row] of latest) {
    const cell = cellOf(row);
    if (cell) cells.set(key, cell);
  }
  return cells;
}

/** The cells in force on one date. */
export async function cellsOn(db: ReadableDB, date: string): Promise<RosterCellNow[]> {
  return [...(await cellsBetween(db, date, date)).values()];
}

/** Whether the office rostered anyone on a shift that date (an office may not keep a roster). */
export function anyoneOnShift(cells: readonly RosterCellNow[]): boolean {
  return cells.some((c) => c.duty === 'shift');
}

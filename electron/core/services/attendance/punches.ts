import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type { AttendancePunchesTable } from '../../../../db/schema';
import type { PunchKind } from '../../../../shared/domain/vocab';

/**
 * The clockings of a person and day as they stand: the latest row of each kind, a correction
 * without a time taking the clocking back. Every row stays; this is their fold.
 */
export type PunchRow = Selectable<AttendancePunchesTable>;

export interface DayPunches {
  in: string | null;
  out: string | null;
  inCorrected: boolean;
  outCorrected: boolean;
  /** Every row of the person's day, oldest first: the corrections are read from these. */
  rows: PunchRow[];
}

export const punchKey = (userId: number, date: string) => `${userId}:${date}`;

export async function punchRowsBetween(
  db: ReadableDB,
  from: string,
  to: string,
  options: { userId?: number; recordedBy?: string } = {},
): Promise<PunchRow[]> {
  return (
    db
      .selectFrom('attendance_punches')
      .selectAll()
      .where('work_date', '>=', from)
      .where('work_date', '<=', to)
      .$if(options.userId !== undefined, (q) => q.where('user_id', '=', options.userId!))
      // the day sheet of a date shows what was recorded by its end, so it reads the same later
      .$if(options.recordedBy !== undefined, (q) => q.where('business_date', '<=', options.recordedBy!))
      .orderBy('id')
      .execute()
  );
}

export function foldPunches(rows: readonly PunchRow[]): Map<string, DayPunches> {
  const days = new Map<string, DayPunches>();
  for (const row of rows) {
    const key = punchKey(row.user_id, row.work_date);
    const day = days.get(key) ?? { in: null, out: null, inCorrected: false, outCorrected: false, rows: [] };
    day.rows.push(row);
    const corrected = row.source === 'correction';
    if (row.kind === 'in') Object.assign(day, { in: row.punched_at, inCorrected: corrected });
    else Object.assign(day, { out: row.punched_at, outCorrected: corrected });
    days.set(key, day);
  }
  return days;
}

export async function dayPunches(db: ReadableDB, userId: number, date: string): Promise<DayPunches> {
  const rows = await punchRowsBetween(db, date, date, { userId });
  return (
    foldPunches(rows).get(punchKey(userId, date)) ?? {
      in: null,
      out: null,
      inCorrected: false,
      outCorrected: false,
      rows: [],
    }
  );
}

/** The row of the kind now in force, to which a correction refers. */
export function rowInForce(day: DayPunches, kind: PunchKind): PunchRow | undefined {
  return day.rows.filter((r) => r.kind === kind).at(-1);
}

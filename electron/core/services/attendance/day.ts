import type { AttendanceDay } from '../../../../shared/contract/attendance';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import { workday } from '../../../../shared/domain/workday';
import type { ReadCallContext } from '../../context';
import { cellKey, cellsBetween, type RosterCellNow } from '../roster/cells';
import { foldPunches, punchKey, punchRowsBetween, type DayPunches } from './punches';
import { officeStaff, type StaffMember } from './staff';

/** The business date the clock is in, before any redirect past a closed date: the day people work. */
export function workDateNow(ctx: ReadCallContext): string {
  return businessDateOf(ctx.now, ctx.settings.dayCutoff);
}

const NO_PUNCHES: DayPunches = { in: null, out: null, inCorrected: false, outCorrected: false, rows: [] };

/** One person's day from their roster cell and clockings, as of the call's now. */
export function dayLine(
  ctx: ReadCallContext,
  person: Pick<StaffMember, 'id' | 'name'>,
  date: string,
  cell: RosterCellNow | undefined,
  punches: DayPunches = NO_PUNCHES,
): AttendanceDay {
  const shift = cell?.shift ?? null;
  const figures = workday({
    date,
    today: workDateNow(ctx),
    now: ctx.now,
    shift,
    rest: cell?.duty === 'rest',
    in: punches.in,
    out: punches.out,
    lateGraceMinutes: ctx.settings.lateGraceMinutes,
  });
  return {
    userId: person.id,
    name: person.name,
    date,
    shift,
    rest: cell?.duty === 'rest',
    lunchCover: cell?.lunchCover ?? false,
    in: punches.in,
    out: punches.out,
    inCorrected: punches.inCorrected,
    outCorrected: punches.outCorrected,
    ...figures,
  };
}

/** Those on a shift first (by its start), then the rest days, then everyone else; by name within. */
function boardOrder(a: AttendanceDay, b: AttendanceDay): number {
  const rank = (d: AttendanceDay) => (d.shift ? 0 : d.rest ? 2 : d.in ? 1 : 3);
  return (
    rank(a) - rank(b) ||
    (a.shift?.start ?? '').localeCompare(b.shift?.start ?? '') ||
    a.name.localeCompare(b.name, 'zh-CN')
  );
}

/** Everyone's day on a date: the staff, and whoever clocked in that day though no longer active. */
export async function daysOn(
  ctx: ReadCallContext,
  date: string,
  options: { recordedBy?: string } = {},
): Promise<AttendanceDay[]> {
  const cells = await cellsBetween(ctx.db, date, date);
  const punches = foldPunches(await punchRowsBetween(ctx.db, date, date, options));
  const staff = await officeStaff(ctx.db, true);
  return staff
    .filter((p) => p.active || punches.has(punchKey(p.id, date)) || cells.has(cellKey(p.id, date)))
    .map((p) => dayLine(ctx, p, date, cells.get(cellKey(p.id, date)), punches.get(punchKey(p.id, date))))
    .sort(boardOrder);
}

/** One person's day on a date. */
export async function personDay(
  ctx: ReadCallContext,
  person: StaffMember,
  date: string,
): Promise<AttendanceDay> {
  const cells = await cellsBetween(ctx.db, date, date);
  const punches = foldPunches(await punchRowsBetween(ctx.db, date, date, { userId: person.id }));
  return dayLine(
    ctx,
    person,
    date,
    cells.get(cellKey(person.id, date)),
    punches.get(punchKey(person.id, date)),
  );
}

import type { RosterMonth } from '../../../../shared/contract/roster';
import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import type { RosterDuty } from '../../../../shared/domain/vocab';
import { datesOfMonth, fridayBefore, isWeekend } from '../../../../shared/domain/workday';
import { verifyCountersign } from '../../auth/secretChecks';
import { requireActor, type CallContext } from '../../context';
import { workDateNow } from '../attendance/day';
import { officeStaff } from '../attendance/staff';
import { cellKey, cellsBetween, type RosterCellNow } from './cells';
import { rosterMonth } from './month';

export interface RosterEntry {
  userId: number;
  date: string;
  duty: RosterDuty;
  shift?: string;
  lunchCover: boolean;
}

interface Planned {
  entry: RosterEntry;
  name: string;
  cell: RosterCellNow | null;
}

/** A run of rest days is looked for this far around the month (a long rest across its edge). */
const AROUND_DAYS = 14;

function sameCell(a: RosterCellNow | undefined, b: RosterCellNow | null): boolean {
  if (!a || !b) return !a && !b;
  return (
    a.duty === b.duty &&
    a.lunchCover === b.lunchCover &&
    a.shift?.name === b.shift?.name &&
    a.shift?.start === b.shift?.start &&
    a.shift?.end === b.shift?.end
  );
}

/** The rest days in a row around `date` for the person, in the roster as it will be. */
function restRun(cells: Map<string, RosterCellNow>, userId: number, date: string) {
  const isRest = (d: string) => cells.get(cellKey(userId, d))?.duty === 'rest';
  let from = date;
  while (isRest(addDays(from, -1))) from = addDays(from, -1);
  let days = 0;
  for (let d = from; isRest(d); d = addDays(d, 1)) days++;
  return { from, days };
}

/**
 * The 专案 sets roster cells of a month (000:737-741). A date gone by is not changed (attendance
 * is corrected instead). A rest day falls on Monday to Friday and is set or taken back by the
 * Friday before its week (settings, both on by default); two or more rest days in a row need the
 * project manager (调休二天以上需经理级以上人员批准签字): set by the manager, or the deputy with the
 * manager's PIN. A cell set as it already is writes nothing.
 */
export async function setRoster(
  ctx: CallContext,
  input: { month: string; entries: RosterEntry[]; countersign?: { userId: number; secret: string } },
): Promise<RosterMonth> {
  const actor = requireActor(ctx);
  const dates = datesOfMonth(input.month);
  const today = workDateNow(ctx);
  const staff = new Map((await officeStaff(ctx.db)).map((p) => [p.id, p]));
  const cells = await cellsBetween(
    ctx.db,
    addDays(dates[0]!, -AROUND_DAYS),
    addDays(dates.at(-1)!, AROUND_DAYS),
  );
  const seen = new Set<string>();
  const planned: Planned[] = [];
  for (const entry of input.entries) {
    const person = staff.get(entry.userId);
    if (!person) throw new AppError('ROSTER_PERSON_UNKNOWN', { id: entry.userId });
    const where = { name: person.name, date: entry.date };
    if (!dates.includes(entry.date)) {
      throw new AppError('ROSTER_DATE_OUTSIDE_MONTH', { date: entry.date, month: input.month });
    }
    const key = cellKey(entry.userId, entry.date);
    if (seen.has(key)) throw new AppError('ROSTER_TWICE', where);
    seen.add(key);
    if (entry.date < today) throw new AppError('ROSTER_DATE_PAST', { date: entry.date });
    let cell: RosterCellNow | null = null;
    if (entry.duty === 'shift') {
      if (!entry.shift) throw new AppError('ROSTER_SHIFT_REQUIRED', where);
      const shift = ctx.settings.shifts.find((s) => s.name === entry.shift);
      if (!shift) throw new AppError('ROSTER_SHIFT_UNKNOWN', { shift: entry.shift });
      cell = {
        userId: entry.userId,
        date: entry.date,
        duty: 'shift',
        shift: { name: shift.name, start: shift.start, end: shift.end },
        lunchCover: entry.lunchCover,
      };
    } else {
      if (entry.lunchCover) throw new AppError('ROSTER_LUNCH_NEEDS_SHIFT', where);
      if (entry.duty === 'rest') {
        cell = { userId: entry.userId, date: entry.date, duty: 'rest', shift: null, lunchCover: false };
      }
    }
    const before = cells.get(key);
    if (sameCell(before, cell)) continue;
    const restChanges = (before?.duty === 'rest') !== (cell?.duty === 'rest');
    if (cell?.duty === 'rest' && ctx.settings.restWeekdaysOnly && isWeekend(entry.date)) {
      throw new AppError('ROSTER_REST_WEEKEND', where);
    }
    if (restChanges && ctx.settings.restByFridayBefore && today > fridayBefore(entry.date)) {
      throw new AppError('ROSTER_REST_TOO_LATE', { ...where, deadline: fridayBefore(entry.date) });
    }
    planned.push({ entry, name: person.name, cell });
  }

  for (const p of planned) {
    const key = cellKey(p.entry.userId, p.entry.date);
    if (p.cell) cells.set(key, p.cell);
    else cells.delete(key);
  }
  const longRest = planned
    .filter((p) => p.cell?.duty === 'rest')
    .map((p) => ({ name: p.name, ...restRun(cells, p.entry.userId, p.entry.date) }))
    .find((run) => run.days >= 2);
  if (longRest && !actor.roles.includes('manager')) {
    if (!input.countersign) throw new AppError('ROSTER_LONG_REST_NEEDS_MANAGER', longRest);
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, ['manager']);
  }

  for (const { entry, cell } of planned) {
    await ctx.writer.insert('roster_entries', {
      user_id: entry.userId,
      work_date: entry.date,
      duty: entry.duty,
      shift_name: cell?.shift?.name ?? null,
      shift_start: cell?.shift?.start ?? null,
      shift_end: cell?.shift?.end ?? null,
      lunch_cover: cell?.lunchCover ? 1 : 0,
      set_by: actor.id,
      countersigned_by: ctx.countersigner?.id ?? null,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
  }
  return rosterMonth(ctx, input.month);
}

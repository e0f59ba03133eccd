import type { RosterMonth } from '../../../../shared/contract/roster';
import { datesOfMonth, fridayBefore, weekdayOf } from '../../../../shared/domain/workday';
import type { ReadCallContext } from '../../context';
import { officeStaff } from '../attendance/staff';
import { cellKey, cellsBetween } from './cells';

/** A month of the roster: everyone on the staff (and whoever left but was rostered that month). */
export async function rosterMonth(ctx: ReadCallContext, month: string): Promise<RosterMonth> {
  const dates = datesOfMonth(month);
  const cells = await cellsBetween(ctx.db, dates[0]!, dates.at(-1)!);
  const rostered = (id: number) => dates.some((d) => cells.has(cellKey(id, d)));
  const people = (await officeStaff(ctx.db, true)).filter((p) => p.active || rostered(p.id));
  return {
    month,
    days: dates.map((date) => ({
      date,
      weekday: weekdayOf(date),
      restDeadline: ctx.settings.restByFridayBefore ? fridayBefore(date) : null,
    })),
    shifts: ctx.settings.shifts.map((s) => ({ name: s.name, start: s.start, end: s.end })),
    people: people.map((p) => ({
      userId: p.id,
      name: p.name,
      roles: p.roles,
      cells: dates.map((date) => {
        const cell = cells.get(cellKey(p.id, date));
        return {
          date,
          duty: cell?.duty ?? null,
          shift: cell?.shift ?? null,
          lunchCover: cell?.lunchCover ?? false,
        };
      }),
    })),
  };
}

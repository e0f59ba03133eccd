import type {
  AttendanceMonth,
  AttendanceMonthDay,
  AttendanceTotals,
} from '../../../../shared/contract/attendance';
import { datesOfMonth, weekdayOf, wholeMinutes } from '../../../../shared/domain/workday';
import type { ReadCallContext } from '../../context';
import { outingsLeftBetween } from '../outings/state';
import { cellKey, cellsBetween } from '../roster/cells';
import { dayLine } from './day';
import { foldPunches, punchKey, punchRowsBetween, type DayPunches } from './punches';
import { officeStaff } from './staff';

/** The manager's corrections of a day, each with what stood before it. */
function correctionsOf(ctx: ReadCallContext, day: DayPunches | undefined): AttendanceMonthDay['corrections'] {
  if (!day) return [];
  const names = ctx.staffNames();
  const current: Record<'in' | 'out', string | null> = { in: null, out: null };
  const out: AttendanceMonthDay['corrections'] = [];
  for (const row of day.rows) {
    if (row.source === 'correction') {
      out.push({
        kind: row.kind,
        from: current[row.kind],
        to: row.punched_at,
        reason: row.reason!,
        by: names.get(row.by_user_id) ?? `#${row.by_user_id}`,
        at: row.at,
      });
    }
    current[row.kind] = row.punched_at;
  }
  return out;
}

export function totalsOf(days: readonly AttendanceMonthDay[]): AttendanceTotals {
  const count = (pick: (d: AttendanceMonthDay) => boolean) => days.filter(pick).length;
  const sum = (pick: (d: AttendanceMonthDay) => number) => days.reduce((s, d) => s + pick(d), 0);
  return {
    rosteredDays: count((d) => d.shift !== null),
    workedDays: count((d) => ['worked', 'on_duty', 'missed_out'].includes(d.state)),
    restDays: count((d) => d.rest),
    absentDays: count((d) => d.state === 'absent'),
    lateCount: count((d) => d.lateMinutes > 0),
    lateMinutes: sum((d) => d.lateMinutes),
    earlyCount: count((d) => d.earlyMinutes > 0),
    earlyMinutes: sum((d) => d.earlyMinutes),
    missedOut: count((d) => d.state === 'missed_out'),
    outings: sum((d) => d.outings.length),
    outingMinutes: sum((d) => d.outings.reduce((s, o) => s + o.minutes, 0)),
  };
}

/**
 * The monthly 考勤表 (000:739 "填入考勤表"): per person and day the roster, the clockings in force,
 * late and early minutes, the outings of the day, the corrections and 代签 attempts; the totals.
 * Everyone on the staff, and whoever left since but worked or was rostered that month.
 */
export async function attendanceMonth(
  ctx: ReadCallContext,
  month: string,
  userId?: number,
): Promise<AttendanceMonth> {
  const dates = datesOfMonth(month);
  const from = dates[0]!;
  const to = dates.at(-1)!;
  const cells = await cellsBetween(ctx.db, from, to);
  const punches = foldPunches(await punchRowsBetween(ctx.db, from, to, { userId }));
  const outings = (await outingsLeftBetween(ctx.db, from, to, { userId })).filter(
    (o) => o.state !== 'cancelled',
  );
  const proxies = await ctx.db
    .selectFrom('attendance_proxy_attempts')
    .select(['actor_id', 'user_id', 'business_date'])
    .where('business_date', '>=', from)
    .where('business_date', '<=', to)
    .execute();
  const hasData = (id: number) =>
    dates.some((d) => cells.has(cellKey(id, d)) || punches.has(punchKey(id, d))) ||
    outings.some((o) => o.row.user_id === id);
  const people = (await officeStaff(ctx.db, true)).filter(
    (p) => (userId === undefined || p.id === userId) && (p.active || hasData(p.id)),
  );
  return {
    month,
    from,
    to,
    people: people.map((person) => {
      const days: AttendanceMonthDay[] = dates.map((date) => {
        const punchDay = punches.get(punchKey(person.id, date));
        return {
          ...dayLine(ctx, person, date, cells.get(cellKey(person.id, date)), punchDay),
          weekday: weekdayOf(date),
          outings: outings
            .filter((o) => o.row.user_id === person.id && o.row.business_date === date)
            .map((o) => ({
              leftAt: o.row.left_at,
              backAt: o.backAt,
              reason: o.row.reason,
              destination: o.row.destination,
              minutes: wholeMinutes(o.row.left_at, o.backAt ?? ctx.now),
            })),
          corrections: correctionsOf(ctx, punchDay),
          proxyAttempts: proxies.filter(
            (p) => p.business_date === date && (p.user_id === person.id || p.actor_id === person.id),
          ).length,
        };
      });
      return { userId: person.id, name: person.name, days, totals: totalsOf(days) };
    }),
  };
}

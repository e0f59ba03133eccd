import type { PeopleSheet } from '../../../../shared/contract/peopleSheet';
import type { ReadCallContext } from '../../context';
import { checksOf, inForce } from '../checks';
import { lateMinutesOf, outingsLeftBetween, standInsOf } from '../outings/state';
import { daysOn } from './day';

/**
 * The day sheet's people sections (出勤, 外出, 开/闭店检查), read from the attendance, outings and
 * checks registers as they stood at the end of the date (rows recorded on later dates are left
 * out), so a past day's sheet reads the same whenever it is made.
 */
export async function peopleSection(ctx: ReadCallContext, date: string): Promise<PeopleSheet> {
  const recorded = { recordedBy: date };
  const names = ctx.staffNames();
  const attendance = (await daysOn(ctx, date, recorded)).filter((d) => d.shift || d.rest || d.in || d.out);
  const outings = (await outingsLeftBetween(ctx.db, date, date, recorded)).filter(
    (o) => o.state !== 'cancelled',
  );
  const standIns = await standInsOf(
    ctx.db,
    outings.map((o) => o.row.id),
  );
  const checks = await checksOf(ctx, date, recorded);
  const proxies = await ctx.db
    .selectFrom('attendance_proxy_attempts')
    .select('id')
    .where('business_date', '=', date)
    .execute();
  return {
    attendance: attendance.map((d) => ({
      name: d.name,
      shift: d.shift ? `${d.shift.name} ${d.shift.start}–${d.shift.end}` : null,
      in: d.in,
      out: d.out,
      lateMinutes: d.lateMinutes,
      earlyMinutes: d.earlyMinutes,
      state: d.state,
      corrected: d.inCorrected || d.outCorrected,
    })),
    outings: outings.map((o) => ({
      name: names.get(o.row.user_id) ?? `#${o.row.user_id}`,
      reason: o.row.reason,
      destination: o.row.destination,
      leftAt: o.row.left_at,
      expectedBack: o.row.expected_back,
      backAt: o.backAt,
      lateMinutes: lateMinutesOf(o, o.backAt ? new Date(o.backAt) : ctx.now),
      approvedBy: names.get(o.row.approved_by) ?? `#${o.row.approved_by}`,
      state: o.state,
      standIns: standIns.filter((s) => s.outing_id === o.row.id && s.business_date <= date).length,
    })),
    checks: [inForce(checks, 'opening'), inForce(checks, 'closing')].filter((c) => c !== null),
    proxyAttempts: proxies.length,
  };
}

import { atLocal } from '../../../../shared/domain/workday';
import type { CallContext, ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { workDateNow } from '../attendance/day';
import { foldPunches, punchKey, punchRowsBetween } from '../attendance/punches';
import { openOutings } from '../outings/state';
import { anyoneOnShift, cellsOn } from './cells';

export interface LunchCover {
  date: string;
  /** Null outside the lunch break, or on a day nobody is rostered. */
  covered: boolean | null;
  /** Those rostered to stay at the counter over lunch. */
  assigned: number[];
}

/**
 * 午休时间，每组至少留一个人在柜台 (000:731): during the lunch break, someone rostered to cover
 * it is at the desk — clocked in, not clocked out, not out on an outing.
 */
export async function lunchCoverNow(ctx: ReadCallContext): Promise<LunchCover> {
  const date = workDateNow(ctx);
  const lunch = ctx.settings.lunchBreak;
  const none = { date, covered: null, assigned: [] };
  if (!lunch || lunch.end <= lunch.start) return none;
  if (ctx.now < atLocal(date, lunch.start) || ctx.now >= atLocal(date, lunch.end)) return none;
  const cells = await cellsOn(ctx.db, date);
  if (!anyoneOnShift(cells)) return none;
  const assigned = cells.filter((c) => c.lunchCover).map((c) => c.userId);
  const punches = foldPunches(await punchRowsBetween(ctx.db, date, date));
  const out = new Set((await openOutings(ctx.db)).map((o) => o.row.user_id));
  const here = assigned.filter((id) => {
    const day = punches.get(punchKey(id, date));
    return day?.in != null && day.out == null && !out.has(id);
  });
  return { date, covered: here.length > 0, assigned };
}

/** Warns the manager, once a day, when nobody is at the counter over lunch. */
export async function checkLunchCover(
  ctx: CallContext,
): Promise<{ covered: boolean | null; posted: boolean }> {
  const cover = await lunchCoverNow(ctx);
  if (cover.covered !== false) return { covered: cover.covered, posted: false };
  const told = await ctx.db
    .selectFrom('lunch_cover_notices')
    .select('id')
    .where('work_date', '=', cover.date)
    .executeTakeFirst();
  if (told) return { covered: false, posted: false };
  const names = ctx.staffNames();
  const notificationId = await postNotification(ctx, {
    kind: 'lunch_uncovered',
    severity: 'warning',
    titleKey: cover.assigned.length === 0 ? 'lunchNobodyAssigned' : 'lunchCoverAway',
    params: {
      date: cover.date,
      names: cover.assigned.map((id) => names.get(id) ?? `#${id}`).join(ctx.locale === 'en' ? ', ' : '、'),
    },
    forRoles: ['manager'],
  });
  await ctx.writer.insert('lunch_cover_notices', {
    work_date: cover.date,
    notification_id: notificationId,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return { covered: false, posted: true };
}

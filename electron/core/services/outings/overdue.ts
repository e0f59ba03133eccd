import { localTime } from '../../clock';
import type { CallContext, ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { rolesOf, findUser } from '../../auth/users';
import { isOverdue, lateMinutesOf, openOutings, type DerivedOuting } from './state';

/** Open outings past their expected return and grace, not yet told to the manager. */
export async function overdueOutings(ctx: ReadCallContext): Promise<DerivedOuting[]> {
  return (await openOutings(ctx.db)).filter((o) => isOverdue(o, ctx.now, ctx.settings.outingGraceMinutes));
}

/**
 * 处理完公事后，立即返回工地 (000:747): an outing past its expected return is told to the manager,
 * once; a manager's own, to the deputy as well.
 */
export async function flagOverdueOutings(ctx: CallContext): Promise<{ overdue: number; posted: number }> {
  const overdue = await overdueOutings(ctx);
  let posted = 0;
  for (const o of overdue) {
    if (o.events.some((e) => e.kind === 'overdue_notified')) continue;
    const person = await findUser(ctx.db, o.row.user_id);
    const isManager = person ? rolesOf(person).includes('manager') : false;
    const notificationId = await postNotification(ctx, {
      kind: 'outing_overdue',
      severity: 'warning',
      titleKey: 'outingOverdue',
      params: {
        name: person?.name ?? `#${o.row.user_id}`,
        destination: o.row.destination,
        expected: localTime(o.row.expected_back),
        minutes: lateMinutesOf(o, ctx.now),
      },
      forRoles: isManager ? ['manager', 'deputy'] : ['manager'],
    });
    await ctx.writer.insert('outing_events', {
      outing_id: o.row.id,
      kind: 'overdue_notified',
      back_at: null,
      reason: null,
      by_user_id: null,
      notification_id: notificationId,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    posted++;
  }
  return { overdue: overdue.length, posted };
}

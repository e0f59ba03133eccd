import type { CallContext } from '../../context';
import { postNotification } from '../../notifications';
import { latestMovements, openIssue, stateAfter } from './state';

/**
 * Posts every copy that is out past its due-back time to the notification area, once per
 * issue: `key_overdue_notices` remembers the issue, and its unique index refuses a second post
 * even if two desks check at once. The renderer calls this on a timer (`keys.checkOverdue`).
 */
export async function postOverdueKeys(ctx: CallContext): Promise<{ overdue: number; posted: number }> {
  const latest = [...(await latestMovements(ctx)).values()].filter(
    (m) => stateAfter(m.kind) === 'out' && m.due_back !== null && m.due_back < ctx.at,
  );
  if (latest.length === 0) return { overdue: 0, posted: 0 };
  const names = ctx.staffNames();
  const keys = new Map(
    (await ctx.db.selectFrom('keys').select(['id', 'tag', 'name']).execute()).map((k) => [k.id, k]),
  );
  let posted = 0;
  for (const m of latest) {
    const issue = await openIssue(ctx, m.key_id, m.copy_no);
    const known = await ctx.db
      .selectFrom('key_overdue_notices')
      .select('id')
      .where('issue_movement_id', '=', issue.id)
      .executeTakeFirst();
    if (known) continue;
    const key = keys.get(m.key_id)!;
    const notificationId = await postNotification(ctx, {
      kind: 'overdue_key',
      severity: 'warning',
      titleKey: 'overdueKey',
      params: {
        tag: key.tag,
        name: key.name,
        copy: m.copy_no,
        holder: m.holder_name ?? names.get(m.holder_user_id ?? 0) ?? '',
        due: m.due_back!,
      },
      forRoles: ['receptionist', 'assistant', 'manager'],
    });
    await ctx.writer.insert('key_overdue_notices', {
      issue_movement_id: issue.id,
      notification_id: notificationId,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    posted++;
  }
  return { overdue: latest.length, posted };
}

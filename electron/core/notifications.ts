import type { NOTIFICATION_KINDS } from '../../shared/contract/notifications';
import type { Role } from '../../shared/domain/roles';
import type { NotificationResolution } from '../../shared/domain/vocab';
import type { CallContext } from './context';

export interface NewNotification {
  kind: (typeof NOTIFICATION_KINDS)[number];
  severity: 'info' | 'warning' | 'critical';
  /** Key in the renderer's `notifications` i18n namespace. */
  titleKey: string;
  params: Record<string, string | number>;
  /** Everyone holding one of these roles sees it. */
  forRoles: Role[];
  /** These people see it too, whatever their roles (the consultant a visitor is handed to). */
  forUsers?: number[];
  /** Posted even though the call it belongs to is refused (a lock-out after a wrong PIN). */
  survivesRefusal?: boolean;
}

/** Posts into the notification area; other ledgers call this, never the table. */
export async function postNotification(ctx: CallContext, n: NewNotification): Promise<number> {
  const forUsers = [...new Set(n.forUsers ?? [])];
  if (n.forRoles.length === 0 && forUsers.length === 0) {
    throw new Error(`notification ${n.titleKey} is addressed to nobody`);
  }
  const options = { survivesRefusal: n.survivesRefusal ?? false };
  const row = await ctx.writer.insert(
    'notifications',
    {
      at: ctx.at,
      business_date: ctx.businessDate,
      kind: n.kind,
      severity: n.severity,
      title_key: n.titleKey,
      params: JSON.stringify(n.params),
      for_roles: JSON.stringify(n.forRoles),
    },
    options,
  );
  for (const userId of forUsers) {
    await ctx.writer.insert('notification_recipients', { notification_id: row.id, user_id: userId }, options);
  }
  return row.id;
}

/**
 * A notification stops being an alarm (the low stock it warned of was received, a newer notice
 * replaced it): recorded once, as a fact of its own; resolving one already resolved does nothing.
 */
export async function resolveNotification(
  ctx: CallContext,
  notificationId: number,
  reason: NotificationResolution,
  params: Record<string, string | number> = {},
): Promise<boolean> {
  const done = await ctx.db
    .selectFrom('notification_resolutions')
    .select('id')
    .where('notification_id', '=', notificationId)
    .executeTakeFirst();
  if (done) return false;
  await ctx.writer.insert('notification_resolutions', {
    notification_id: notificationId,
    reason,
    params: JSON.stringify(params),
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return true;
}

import type { NOTIFICATION_KINDS } from '../../shared/contract/notifications';
import type { Role } from '../../shared/domain/roles';
import type { CallContext } from './context';

export interface NewNotification {
  kind: (typeof NOTIFICATION_KINDS)[number];
  severity: 'info' | 'warning' | 'critical';
  /** Key in the renderer's `notifications` i18n namespace. */
  titleKey: string;
  params: Record<string, string | number>;
  forRoles: Role[];
  /** Posted even though the call it belongs to is refused (a lock-out after a wrong PIN). */
  survivesRefusal?: boolean;
}

/** Posts into the notification area; other ledgers call this, never the table. */
export async function postNotification(ctx: CallContext, n: NewNotification): Promise<number> {
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
    { survivesRefusal: n.survivesRefusal ?? false },
  );
  return row.id;
}

import { jsonArrayHasAny } from '../../../db/rows';
import type { NOTIFICATION_KINDS, NotificationView } from '../../../shared/contract/notifications';
import type { Role } from '../../../shared/domain/roles';
import type { CallContext } from '../context';
import type { HandlersOf } from '../handler';

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

const VISIBLE_LIMIT = 200;

async function visibleTo(ctx: CallContext, unreadOnly: boolean) {
  const actor = ctx.actor!;
  const rows = await ctx.db
    .selectFrom('notifications as n')
    .leftJoin('notification_reads as r', (j) =>
      j.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', actor.id),
    )
    .select([
      'n.id',
      'n.at',
      'n.kind',
      'n.severity',
      'n.title_key',
      'n.params',
      'n.for_roles',
      'r.id as read_id',
    ])
    .where(jsonArrayHasAny('n.for_roles', actor.roles))
    .$if(unreadOnly, (q) => q.where('r.id', 'is', null))
    .orderBy('n.id', 'desc')
    .limit(VISIBLE_LIMIT)
    .execute();
  return rows;
}

async function unreadCount(ctx: CallContext): Promise<number> {
  return (await visibleTo(ctx, true)).length;
}

export const notificationsHandlers: HandlersOf<'notifications'> = {
  'notifications.list': async (input, ctx) => {
    const rows = await visibleTo(ctx, input.unreadOnly);
    const items: NotificationView[] = rows.map((r) => ({
      id: r.id,
      at: r.at,
      kind: r.kind as NotificationView['kind'],
      severity: r.severity,
      titleKey: r.title_key,
      params: JSON.parse(r.params) as NotificationView['params'],
      forRoles: JSON.parse(r.for_roles) as Role[],
      read: r.read_id !== null,
    }));
    return { items, unread: input.unreadOnly ? items.length : await unreadCount(ctx) };
  },

  'notifications.markRead': async (input, ctx) => {
    const visible = new Map((await visibleTo(ctx, true)).map((r) => [r.id, r]));
    for (const id of new Set(input.ids)) {
      if (!visible.has(id)) continue; // already read, or not addressed to this user: nothing to do
      await ctx.writer.insert('notification_reads', {
        notification_id: id,
        user_id: ctx.actor!.id,
        at: ctx.at,
      });
    }
    return { unread: await unreadCount(ctx) };
  },
};

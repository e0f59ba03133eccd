import { sql } from 'kysely';
import { jsonRows, jsonTable, queryText } from '../../../../db/rows';
import type { NotificationView } from '../../../../shared/contract/notifications';
import type { Role } from '../../../../shared/domain/roles';
import type { ReadCallContext } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';

/**
 * The notification area: what is addressed to the signed-in user's roles or to them by name, and
 * what they have read. Ledgers post into it with postNotification (core/notifications.ts), never
 * the table.
 */
const VISIBLE_LIMIT = 200;

/**
 * The term of a role's partial index, written as the index has it (a literal, not a bound
 * value, or SQLite would not know the index applies). Roles are a closed vocabulary of words.
 */
function roleTerm(role: string) {
  if (!/^[a-z]+$/.test(role)) throw new Error(`not a role: ${JSON.stringify(role)}`);
  return sql.raw(`instr(rn.for_roles, '"${role}"') > 0`);
}

/** What a person's notices are read from (no trigger writes any of them). */
const NOTICE_TABLES = [
  'notifications',
  'notification_reads',
  'notification_resolutions',
  'notification_recipients',
] as const;

/**
 * The person's visible page (or its unread part), remembered by the router until a notice, a
 * reading or a resolution is written: every screen's bell asks for it in the background, far
 * more often than anything is posted. Frozen rows.
 */
function visibleTo(ctx: ReadCallContext, unreadOnly: boolean): readonly VisibleRow[] {
  const actor = ctx.actor!;
  const key = `notifications.visible:${actor.id}:${actor.roles.join(',')}:${unreadOnly}`;
  return ctx.remembered(key, NOTICE_TABLES, () => readVisible(ctx, unreadOnly));
}

function readVisible(ctx: ReadCallContext, unreadOnly: boolean): VisibleRow[] {
  const actor = ctx.actor!;
  // The page is among the newest page of each of the person's roles' notices (each role's own
  // partial index, 0046) and the newest page of their own, unread ones among the newest unread of
  // each: read from those, not by stepping over the whole table (a receptionist's role is named on
  // a few dozen of a five-year office's 317,000 notices).
  const open = (alias: string) => {
    if (!unreadOnly) return sql``;
    const id = sql.ref(`${alias}.id`);
    return sql`AND NOT EXISTS (SELECT 1 FROM notification_reads r2
        WHERE r2.notification_id = ${id} AND r2.user_id = ${actor.id})
      AND NOT EXISTS (SELECT 1 FROM notification_resolutions s2 WHERE s2.notification_id = ${id})`;
  };
  const pages = [
    ...actor.roles.map(
      (role) => sql`SELECT id FROM (SELECT rn.id FROM notifications rn
        WHERE ${roleTerm(role)} ${open('rn')} ORDER BY rn.id DESC LIMIT ${sql.lit(VISIBLE_LIMIT)})`,
    ),
    sql`SELECT id FROM (SELECT pn.notification_id AS id FROM notification_recipients pn
      JOIN notifications pm ON pm.id = pn.notification_id
      WHERE pn.user_id = ${actor.id} ${open('pm')}
      ORDER BY pn.notification_id DESC LIMIT ${sql.lit(VISIBLE_LIMIT)})`,
  ];
  const newest = sql<number>`(${sql.join(pages, sql` UNION `)})`;
  // The page as one JSON array per notice (jsonRows), its params and roles embedded as JSON
  // (json()) rather than as texts to parse one by one: 200 rows of 10 columns crossed from SQLite
  // a value at a time, then 400 JSON.parse calls, were most of the call's cost.
  return jsonRows<VisibleRow>(
    ctx.raw,
    ctx.db
      .selectFrom('notifications as n')
      .leftJoin('notification_reads as r', (j) =>
        j.onRef('r.notification_id', '=', 'n.id').on('r.user_id', '=', actor.id),
      )
      .leftJoin('notification_resolutions as s', 's.notification_id', 'n.id')
      .select(
        sql<string>`json_array(n.id, n.at, n.kind, n.severity, n.title_key, json(n.params),
          json(n.for_roles), r.id, s.reason, s.at)`.as('row'),
      )
      .where('n.id', 'in', newest)
      // Unread: not read and still open (a resolved notice is no longer an alarm).
      .$if(unreadOnly, (q) => q.where('r.id', 'is', null).where('s.id', 'is', null))
      .orderBy('n.id', 'desc')
      .limit(VISIBLE_LIMIT),
  );
}

/**
 * Which of a page's notices (newest first) are addressed to the person by name: one range of
 * their own index between the page's oldest and newest ids, rather than a search of the
 * recipients' table for each of 200 notices. Only the list shows it; the unread count and
 * marking read need the page's ids alone.
 */
function personalAmong(ctx: ReadCallContext, page: readonly VisibleRow[]): Set<number> {
  if (page.length === 0) return new Set();
  const [oldest, newest] = [page.at(-1)![0], page[0]![0]];
  const ids = jsonTable<[id: number]>(ctx.raw, PERSONAL_BETWEEN(ctx.db), [ctx.actor!.id, oldest, newest]);
  return new Set(ids.map(([id]) => id));
}

// Bound in order: the person, the lowest id, the highest.
const PERSONAL_BETWEEN = queryText((db) =>
  db
    .selectFrom('notification_recipients')
    .select((eb) =>
      eb.fn
        .agg<string | null>('json_group_array', [eb.fn('json_array', [eb.ref('notification_id')])])
        .as('rows'),
    )
    .where('user_id', '=', sql<number>`?`)
    .where('notification_id', '>=', sql<number>`?`)
    .where('notification_id', '<=', sql<number>`?`),
);

type VisibleRow = [
  id: number,
  at: string,
  kind: NotificationView['kind'],
  severity: NotificationView['severity'],
  titleKey: string,
  params: NotificationView['params'],
  forRoles: Role[],
  readId: number | null,
  resolvedReason: NonNullable<NotificationView['resolved']>['reason'] | null,
  resolvedAt: string | null,
];

function unreadCount(ctx: ReadCallContext): number {
  return visibleTo(ctx, true).length;
}

/**
 * The unread count (capped as the list is) told by the visible page itself where it can be: a
 * page holding every visible notice holds every unread one, and a full page all unread means the
 * cap is reached. Only a full page with some read among it needs the second read.
 */
function unreadAmong(ctx: ReadCallContext, page: readonly NotificationView[]): number {
  const unread = page.filter((n) => !n.read && n.resolved === null).length;
  if (page.length < VISIBLE_LIMIT || unread === VISIBLE_LIMIT) return unread;
  return unreadCount(ctx);
}

export const notificationsHandlers: HandlersOf<'notifications'> = {
  'notifications.list': async (input, ctx) => {
    const rows = visibleTo(ctx, input.unreadOnly);
    const personal = personalAmong(ctx, rows);
    // By position (VisibleRow's order): as fast as a destructuring, and each field named once.
    const items: NotificationView[] = rows.map((r) => ({
      id: r[0],
      at: r[1],
      kind: r[2],
      severity: r[3],
      titleKey: r[4],
      params: r[5],
      forRoles: r[6],
      personal: personal.has(r[0]),
      read: r[7] !== null,
      resolved: r[8] !== null && r[9] !== null ? { reason: r[8], at: r[9] } : null,
    }));
    return { items, unread: input.unreadOnly ? items.length : unreadAmong(ctx, items) };
  },

  'notifications.markRead': async (input, ctx) => {
    const visible = new Set(visibleTo(ctx, true).map(([id]) => id));
    for (const id of new Set(input.ids)) {
      if (!visible.has(id)) continue; // already read, or not addressed to this user: nothing to do
      await ctx.writer.insert('notification_reads', {
        notification_id: id,
        user_id: ctx.actor!.id,
        at: ctx.at,
      });
    }
    return { unread: unreadCount(ctx) };
  },
};

export const notificationsService: ServiceModule<'notifications'> = {
  handlers: notificationsHandlers,
};

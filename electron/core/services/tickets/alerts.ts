import type { ReadableDB } from '../../../../db/access';
import { addDays } from '../../../../shared/domain/businessDate';
import type { CallContext } from '../../context';
import { postNotification, resolveNotification, type NewNotification } from '../../notifications';
import { expectedStock } from './stock';

/**
 * Reminders of the ticket desk (000:599-603), each posted once: the UNIQUE key of
 * `ticket_reminders` names the occasion, so whoever triggers the check first posts it.
 *  - low stock "通知影院送票": one per low episode of a type; an episode ends when tickets of that
 *    type are received, so the key carries the id of the last receipt;
 *  - next month's posters: once per month, in its last three days;
 *  - the canteen poster: once per showing, from two days before it starts until it ends.
 */

const DESK_ROLES = ['receptionist', 'assistant', 'manager'] as const;
/** How many days before a showing starts the change-by reminder appears. */
export const POSTER_LEAD_DAYS = 2;

async function alreadyPosted(db: ReadableDB, key: string): Promise<boolean> {
  return (
    (await db.selectFrom('ticket_reminders').select('id').where('key', '=', key).executeTakeFirst()) !==
    undefined
  );
}

async function postOnce(
  ctx: CallContext,
  key: string,
  n: Omit<NewNotification, 'forRoles'>,
): Promise<boolean> {
  if (await alreadyPosted(ctx.db, key)) return false;
  const notificationId = await postNotification(ctx, { ...n, forRoles: [...DESK_ROLES] });
  await ctx.writer.insert('ticket_reminders', {
    key,
    at: ctx.at,
    business_date: ctx.businessDate,
    notification_id: notificationId,
  });
  return true;
}

async function lastReceiptId(db: ReadableDB, typeId: number): Promise<number> {
  const row = await db
    .selectFrom('ticket_movements')
    .select((eb) => eb.fn.max('id').as('id'))
    .where('type_id', '=', typeId)
    .where('kind', '=', 'received')
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

function lastDayOfMonth(date: string): number {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(y, m, 0).getDate();
}

export function isLastThreeDaysOfMonth(date: string): boolean {
  return Number(date.slice(8, 10)) > lastDayOfMonth(date) - 3;
}

export function nextMonth(date: string): string {
  return addDays(`${date.slice(0, 7)}-${String(lastDayOfMonth(date)).padStart(2, '0')}`, 1).slice(0, 7);
}

/** The low-stock notices of a type that are still open (at most one, but older ledgers may hold more). */
async function openLowStockNotices(db: ReadableDB, typeId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('ticket_reminders as m')
    .leftJoin('notification_resolutions as s', 's.notification_id', 'm.notification_id')
    .select('m.notification_id')
    .where('m.key', 'like', `low_stock:${typeId}:%`)
    .where('s.id', 'is', null)
    .orderBy('m.id')
    .execute();
  return rows.map((r) => r.notification_id);
}

/**
 * After a receipt: when it lifts the type's stock above its threshold, the low-stock episode is
 * over and its notice resolved ("通知影院送票" was done). A receipt that leaves the stock low
 * leaves the notice open (the next one then supersedes it, with the count now on hand).
 */
export async function resolveRestocked(ctx: CallContext, typeId: number): Promise<void> {
  const line = (await expectedStock(ctx.db)).find((l) => l.typeId === typeId);
  if (!line || line.low) return;
  for (const id of await openLowStockNotices(ctx.db, typeId)) {
    await resolveNotification(ctx, id, 'restocked', { onHand: line.onHand });
  }
}

/** Posts every reminder that is due and not yet posted; returns how many were posted. */
export async function postDueReminders(ctx: CallContext): Promise<number> {
  let posted = 0;
  for (const line of await expectedStock(ctx.db)) {
    if (!line.low) continue;
    const key = `low_stock:${line.typeId}:${await lastReceiptId(ctx.db, line.typeId)}`;
    if (await alreadyPosted(ctx.db, key)) continue;
    // A new episode's notice replaces one left open by a receipt that did not lift the stock.
    for (const id of await openLowStockNotices(ctx.db, line.typeId)) {
      await resolveNotification(ctx, id, 'superseded', { onHand: line.onHand });
    }
    const ok = await postOnce(ctx, key, {
      kind: 'low_ticket_stock',
      severity: 'warning',
      titleKey: 'lowTicketStock',
      params: {
        type: line.name,
        onHand: line.onHand,
        cinema: line.cinemaName,
        contact: line.contactName,
        phone: line.contactPhone,
      },
    });
    if (ok) posted++;
  }

  const date = ctx.businessDate;
  if (isLastThreeDaysOfMonth(date)) {
    const month = nextMonth(date);
    const ok = await postOnce(ctx, `posters_for:${month}`, {
      kind: 'ticket_reminder',
      severity: 'info',
      titleKey: 'ticketPostersNextMonth',
      params: { month },
    });
    if (ok) posted++;
  }

  const showings = await ctx.db
    .selectFrom('ticket_posters')
    .selectAll()
    .where('active', '=', 1)
    .where('show_to', '>=', date)
    .where('show_from', '<=', addDays(date, POSTER_LEAD_DAYS))
    .execute();
  for (const s of showings) {
    const ok = await postOnce(ctx, `poster_change:${s.id}:${s.show_from}`, {
      kind: 'ticket_reminder',
      severity: 'info',
      titleKey: 'ticketPosterChange',
      params: { film: s.film, from: s.show_from, changeBy: addDays(s.show_from, -1) },
    });
    if (ok) posted++;
  }
  return posted;
}

import { addDays, businessDateOf } from '../../shared/domain/businessDate';
import { AppError } from '../../shared/domain/errors';
import type { CallContext, ReadCallContext } from './context';
import type { LedgerCache } from './ledgerCache';
import { closedAmong, isClosed, openDateFrom } from './closedDateQueries';

/**
 * Closed business dates (SPEC §2: "after [the close], nothing can be written into that date;
 * later corrections go into the next open date with a reference"). The router applies these to
 * every call of every ledger, so no ledger has to remember them:
 *
 * 1. The desk's business date is the first OPEN date from the clock's date. When the day has been
 *    closed in the evening, before the cut-off, whatever happens afterwards — a late sale, a
 *    visitor walking in or a call (dateOfInstant below), a correction of an entry of the closed
 *    day (which references that entry), the app's own background calls (expired holds, overdue
 *    keys, ticket reminders) — is dated into the next date, so the closed day's figures never
 *    change and nothing breaks. Reads follow the same date, so the desk sees the day it is
 *    writing into (and the visitors of the closed day still in the office).
 * 2. A mutating call that names a business date in its input (a cash count for a date, a close)
 *    is refused with DAY_CLOSED when that date is closed, before its handler runs and before any
 *    PIN is checked. Only reopening addresses a closed date.
 * 3. After the handler, every row the call wrote that carries a business date must be on an
 *    open date (a date closed by this very call is its own): a service that dates a row from an
 *    earlier instant cannot slip it into a closed day. Otherwise DAY_CLOSED, and the router's
 *    rollback leaves nothing written.
 */
const ADDRESSES_CLOSED_DATES = new Set(['dayclose.reopen']);

/**
 * Every call asks these questions, nearly always about today, and today is nearly always later
 * than any date with a close event: the router's cache remembers the latest such date (read
 * again after any call that wrote a close event, and whenever the cache is dropped), so only a
 * date on or before it is looked up in the close events.
 */
export type CloseHorizon = Pick<LedgerCache, 'lastCloseEventDate' | 'datesWritten'>;

/** Before the handler: moves the call onto the open date and refuses a named closed date. */
export async function enterOpenDate(
  ctx: ReadCallContext,
  channel: string,
  mutates: boolean,
  input: unknown,
  horizon: CloseHorizon,
): Promise<void> {
  const last = horizon.lastCloseEventDate();
  if (ctx.businessDate <= last) ctx.businessDate = await openDateFrom(ctx.db, ctx.businessDate);
  if (!mutates || ADDRESSES_CLOSED_DATES.has(channel)) return;
  const named = (input as { businessDate?: unknown } | null)?.businessDate;
  if (typeof named === 'string' && named <= last && (await isClosed(ctx.db, named))) {
    throw new AppError('DAY_CLOSED', { date: named });
  }
}

/** After the handler: refuses the call if any row it wrote is dated into a closed date. */
export async function assertWritesOpen(ctx: CallContext, horizon: CloseHorizon): Promise<void> {
  if (ctx.writer.writes.length === 0) return;
  // A call that wrote a close event (a close, a reopening) moved the horizon itself.
  const moved = ctx.writer.writes.some(([table]) => table === 'day_close_events');
  const last = moved ? null : horizon.lastCloseEventDate();
  const dates = [...horizon.datesWritten(ctx.writer.writes)].filter(
    (d) => d !== ctx.businessDate && (last === null || d <= last),
  );
  const closed = await closedAmong(ctx.db, dates, ctx.writer.auditId);
  const [first] = [...closed].sort();
  if (first) throw new AppError('DAY_CLOSED', { date: first });
}

/**
 * The business date of the clock: the desk's own date, unless that date has been closed this
 * evening and the desk has moved on to the next open one (rule 1).
 */
export function clockDateOf(ctx: ReadCallContext): string {
  return businessDateOf(ctx.now, ctx.settings.dayCutoff);
}

/**
 * The dates the desk has closed since the clock's date began: empty during the day; the evening
 * after a close, the closed date(s) from the clock's date up to the desk's open date. Visitors
 * of these dates may still be in the office.
 */
export function closedThisEvening(ctx: ReadCallContext): string[] {
  const dates: string[] = [];
  for (let day = clockDateOf(ctx); day < ctx.businessDate; day = addDays(day, 1)) dates.push(day);
  return dates;
}

/**
 * The date a fact that happened at `instant` (a visitor's arrival, a call) is written into: the
 * desk's open date when the instant falls on it, or on a date closed this evening (rule 1: after
 * the evening's close what happens is dated into the next open date, like a sale); null for any
 * other date, which the caller refuses (an earlier closed date only a reopening addresses).
 */
export function dateOfInstant(ctx: ReadCallContext, instant: string): string | null {
  const date = businessDateOf(new Date(instant), ctx.settings.dayCutoff);
  if (date === ctx.businessDate || closedThisEvening(ctx).includes(date)) return ctx.businessDate;
  return null;
}

import type { Preparation } from '../../../../shared/contract/dayclose';
import { requireActor, type ReadCallContext } from '../../context';
import { callsReviewOn } from '../calls';
import { overdueComplaints } from '../complaints';
import { expectedCash } from '../cash/custody';
import { handoversOfDate } from '../handover';
import { holdsHandlers } from '../holds';
import { keyDayCheck } from '../keys';
import { expectedStock } from '../tickets/stock';
import { visitsReviewOn } from '../visits/views';
import { handoverReview, openTasksCarried, unacknowledged } from './handoverCheck';
import { closeRecordOf } from './record';

type Review = Preparation['review']['visits'];

function review(items: { at: string; text: string; kind?: string | null }[]): Review {
  return { count: items.length, items: items.map((i) => ({ at: i.at, text: i.text, kind: i.kind ?? null })) };
}

/**
 * What the guided close shows for a date (SPEC §8), read through each ledger's own service:
 * the figures expected now, the key check, the day's visits, calls, hold events and handovers,
 * and the open tasks carried over. The visit, call and hold lists are those the person asking
 * may see (the visits and calls as their ledger's review of a date: the lines only, not each
 * entry's full view); names are shown, never phones.
 */
export async function prepareClose(ctx: ReadCallContext, date: string): Promise<Preparation> {
  const actor = requireActor(ctx);
  const names = ctx.staffNames();
  const stock = (await expectedStock(ctx.db))
    .filter((t) => t.active || t.onHand !== 0)
    .map((t) => ({ typeId: t.typeId, name: t.name, expected: t.onHand }));
  const cashHeld = [...(await expectedCash(ctx.db))]
    .filter(([, fen]) => fen !== 0)
    .map(([userId, balanceFen]) => ({ userId, name: names.get(userId) ?? `#${userId}`, balanceFen }));
  const keys = await keyDayCheck(ctx);
  const visits = await visitsReviewOn(ctx, date, actor);
  const calls = await callsReviewOn(ctx, date, actor);
  const holdEvents = (
    await holdsHandlers['holds.register']({ businessDate: date, limit: 2000 }, ctx)
  ).reverse();
  const handovers = await handoversOfDate(ctx, date);
  return {
    businessDate: date,
    today: ctx.businessDate,
    stock,
    cashHeld,
    keyCheck: { complete: keys.complete, items: keys.items },
    review: {
      visits: review(visits.map((v) => ({ at: v.at, text: `${v.customerName} · ${v.consultantName}` }))),
      calls: review(calls.map((c) => ({ at: c.at, text: `${c.customerName} · ${c.answeredBy}` }))),
      holdEvents: review(
        holdEvents.map((e) => ({ at: e.at, text: `${e.unitLabel} · ${e.customerName}`, kind: e.kind })),
      ),
      handovers: review(handoverReview(handovers)),
    },
    openTasks: await openTasksCarried(ctx, date),
    unacknowledgedHandovers: unacknowledged(handovers),
    record: await closeRecordOf(ctx, date),
    overdueComplaints: await overdueComplaints(ctx),
  };
}

import type { Preparation } from '../../../../shared/contract/dayclose';
import { requireActor, type ReadCallContext } from '../../context';
import { callsReviewOn } from '../calls';
import { overdueComplaints } from '../complaints';
import { openMessages } from '../messages';
import { cashAtDateEnd } from './carriedCash';
import { listVariances } from '../cash';
import { handoversOfDate } from '../handover';
import { holdEventsOn } from '../holds/export';
import { keyDayCheck } from '../keys';
import { visitsReviewOn } from '../visits/views';
import { handoverReview, openTasksCarried, unacknowledged } from './handoverCheck';
import { typesToCount } from './close';
import { blindCash, blindStock } from './blindCounts';
import { closeRecordOf } from './record';
import { pendingTakings, takingsLedger } from './takings';

type Review = Preparation['review']['visits'];

function review(items: { at: string; text: string; kind?: string | null }[]): Review {
  return { count: items.length, items: items.map((i) => ({ at: i.at, text: i.text, kind: i.kind ?? null })) };
}

/**
 * What the guided close shows for a date (SPEC §8), read through each ledger's own service:
 * the stock and cash expected at the end of the date (and the stock on hand now, which the
 * drawer is counted against) unless counts are blind (./blindCounts), the key check, the day's visits, calls, hold events and handovers,
 * and the open tasks carried over. The visit, call and hold lists are those the person asking
 * may see (the visits and calls as their ledger's review of a date: the lines only, not each
 * entry's full view); names are shown, never phones.
 */
export async function prepareClose(ctx: ReadCallContext, date: string): Promise<Preparation> {
  const actor = requireActor(ctx);
  const stock = await typesToCount(ctx.db, date);
  const { held: cashHeld, carried: cashCarried } = await cashAtDateEnd(ctx, date);
  const keys = await keyDayCheck(ctx);
  const visits = await visitsReviewOn(ctx, date, actor);
  const calls = await callsReviewOn(ctx, date, actor);
  // The day's hold events as the day sheet lists them: those of the holds the person may read
  // of the 销控 (000:719-721), with their customers.
  const holdEvents = await holdEventsOn(ctx, date);
  const handovers = await handoversOfDate(ctx, date);
  return {
    businessDate: date,
    today: ctx.businessDate,
    stock: blindStock(ctx, stock),
    blindCounts: ctx.settings.blindCounts,
    cashHeld: blindCash(ctx, cashHeld),
    cashCarried,
    takings: { ledger: await takingsLedger(ctx, date), confirmed: await pendingTakings(ctx, date) },
    cashVariances: await listVariances(ctx, { businessDate: date, limit: 500 }),
    keyCheck: { complete: keys.complete, items: keys.items },
    review: {
      visits: review(visits.map((v) => ({ at: v.at, text: `${v.customerName} · ${v.consultantName}` }))),
      calls: review(calls.map((c) => ({ at: c.at, text: `${c.customerName} · ${c.answeredBy}` }))),
      holdEvents: review(
        holdEvents.map((e) => ({
          at: e.at,
          text: `${e.unitLabel} · ${e.customerName}`,
          kind: e.kind,
        })),
      ),
      handovers: review(handoverReview(handovers)),
    },
    openTasks: await openTasksCarried(ctx, date),
    unacknowledgedHandovers: unacknowledged(handovers),
    record: await closeRecordOf(ctx, date),
    overdueComplaints: await overdueComplaints(ctx),
    openMessages: await openMessages(ctx),
  };
}

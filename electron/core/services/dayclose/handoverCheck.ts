import type { HandoverAckState } from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { handoversOfDate, openTasksAt, type HandoverOfDate } from '../handover';

/** What the day close needs from the shift-handover ledger (SPEC §5, §8 step 4), through its service. */

function describe(h: HandoverOfDate): string {
  return `${h.shiftName} ${h.fromName} → ${h.toName}`;
}

/** Of a date's handovers (`handoversOfDate`), those not yet acknowledged, described. */
export function unacknowledged(handovers: HandoverOfDate[]): string[] {
  return handovers.filter((h) => h.acknowledgedAt === null).map(describe);
}

/** Handovers of the date not yet acknowledged by the incoming person, described for the refusal. */
export async function unacknowledgedHandovers(ctx: ReadCallContext, businessDate: string): Promise<string[]> {
  return unacknowledged(await handoversOfDate(ctx, businessDate));
}

/**
 * A date's handovers (`handoversOfDate`) for the review step: who to whom (names, as recorded) and a state the page
 * words in the reader's language — pending, acknowledged, or acknowledged with differences.
 */
export function handoverReview(
  handovers: HandoverOfDate[],
): { at: string; text: string; kind: HandoverAckState }[] {
  return handovers.map((h) => ({
    at: h.acknowledgedAt ?? h.startedAt,
    text: describe(h),
    kind: h.acknowledgedAt === null ? 'pending' : h.differenceCount > 0 ? 'differences' : 'acknowledged',
  }));
}

/** Open tasks 未完成工作 still open at the end of the date: they carry over to the next shift. */
export async function openTasksCarried(ctx: ReadCallContext, businessDate: string): Promise<string[]> {
  return (await openTasksAt(ctx, businessDate)).map((task) => task.text);
}

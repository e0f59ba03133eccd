import type { CallContext } from '../../context';
import { handoversOfDate, openTasksAt, type HandoverOfDate } from '../handover';

/** What the day close needs from the shift-handover ledger (SPEC §5, §8 step 4), through its service. */

function describe(h: HandoverOfDate): string {
  return `${h.shiftName} ${h.fromName} → ${h.toName}`;
}

/** Handovers of the date not yet acknowledged by the incoming person, described for the refusal. */
export async function unacknowledgedHandovers(ctx: CallContext, businessDate: string): Promise<string[]> {
  return (await handoversOfDate(ctx.db, businessDate)).filter((h) => h.acknowledgedAt === null).map(describe);
}

/** The date's handovers for the review step, one line each (in Chinese, as on the printed sheet). */
export async function handoversOn(
  ctx: CallContext,
  businessDate: string,
): Promise<{ at: string; text: string }[]> {
  return (await handoversOfDate(ctx.db, businessDate)).map((h) => ({
    at: h.acknowledgedAt ?? h.startedAt,
    text: [
      describe(h),
      h.acknowledgedAt === null ? '（未确认）' : '（已确认）',
      h.differenceCount > 0 ? `差异 ${h.differenceCount} 项` : '',
      h.openTaskCount > 0 ? `未完成工作 ${h.openTaskCount} 项` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }));
}

/** Open tasks 未完成工作 still open at the end of the date: they carry over to the next shift. */
export async function openTasksCarried(ctx: CallContext, businessDate: string): Promise<string[]> {
  return (await openTasksAt(ctx.db, businessDate)).map((task) => task.text);
}

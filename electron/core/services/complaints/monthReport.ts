import type { MonthReport } from '../../../../shared/contract/complaints';
import { deadlinesOf, monthSpan, stateOf } from '../../../../shared/domain/complaints';
import { AppError } from '../../../../shared/domain/errors';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_DEADLINES,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_KINDS,
  COMPLAINT_URGENCIES,
} from '../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../context';
import { findComplaints, type ComplaintRecord } from './records';
import { summaryOf, viewSetting } from './views';

/** The complaint as it stood at the month's end: only what happened before then. */
function asAtEnd(record: ComplaintRecord, to: string): ComplaintRecord {
  const kept = record.events.filter((e) => e.at < to).length;
  return { ...record, events: record.events.slice(0, kept), steps: record.steps.slice(0, kept) };
}

const inMonth = (at: string, from: string, to: string) => at >= from && at < to;

/**
 * The month's statistics 投诉统计表 (000:185; 004:781-792), by the calendar month in the desk's
 * time zone:
 * - received, by kind, channel, urgency and target: complaints received in the month;
 * - closed: complaints closed in the month (once each); revisited/satisfied: revisits made in it;
 * - open and awaiting a revisit at the end: every complaint received by then, as it stood then;
 * - each deadline that fell due in the month (by now, for the month under way): met on time or
 *   missed — so every figure of a past month is settled, and stays as it is.
 */
export async function monthReport(ctx: ReadCallContext, month: string): Promise<MonthReport> {
  const { from, to } = monthSpan(month);
  if (from > ctx.at) throw new AppError('COMPLAINT_MONTH_IN_FUTURE', { month });
  const asOf = to < ctx.at ? to : ctx.at;
  const all = (await findComplaints(ctx.db, { activeOnly: false, receivedBefore: to }))
    .map((r) => asAtEnd(r, to))
    .reverse();
  const received = all.filter((r) => inMonth(r.row.received_at, from, to));
  const tally = <K extends string>(words: readonly K[], of: (r: ComplaintRecord) => K) =>
    words.map((w) => ({ key: w, count: received.filter((r) => of(r) === w).length }));

  const names = ctx.staffNames();
  const staff = new Map<number, number>();
  for (const r of received) {
    if (r.row.subject_user_id !== null)
      staff.set(r.row.subject_user_id, (staff.get(r.row.subject_user_id) ?? 0) + 1);
  }
  const byTarget: MonthReport['byTarget'] = [
    ...[...staff]
      .map(([userId, count]) => ({
        target: 'staff' as const,
        userId,
        name: names.get(userId) ?? `#${userId}`,
        department: null,
        count,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN')),
    ...COMPLAINT_DEPARTMENTS.map((department) => ({
      target: 'department' as const,
      userId: null,
      name: null,
      department,
      count: received.filter((r) => r.row.department === department).length,
    })).filter((l) => l.count > 0),
    ...[
      {
        target: 'product' as const,
        userId: null,
        name: null,
        department: null,
        count: received.filter((r) => r.row.target === 'product').length,
      },
    ].filter((l) => l.count > 0),
  ];

  const deadlines = COMPLAINT_DEADLINES.map((deadline) => ({ deadline, due: 0, met: 0, missed: 0 }));
  for (const r of all) {
    for (const d of deadlinesOf(r.card, r.steps, asOf, ctx.settings.complaintRevisitDays)) {
      if (d.due === null || !inMonth(d.due, from, to) || d.due > asOf) continue;
      const line = deadlines.find((l) => l.deadline === d.deadline)!;
      line.due++;
      if (d.status === 'met') line.met++;
      else line.missed++;
    }
  }

  const events = all.flatMap((r) => r.events.filter((e) => inMonth(e.at, from, to)));
  const revisits = events.filter((e) => e.kind === 'revisited');
  const vs = { ...(await viewSetting(ctx, received, null)), now: asOf };
  return {
    month,
    from,
    to,
    asOf,
    received: received.length,
    closed: new Set(events.filter((e) => e.kind === 'closed').map((e) => e.complaint_id)).size,
    revisited: revisits.length,
    satisfied: revisits.filter((e) => e.satisfied === 1).length,
    openAtEnd: all.filter((r) => ['new', 'open'].includes(stateOf(r.steps))).length,
    awaitingRevisitAtEnd: all.filter((r) => stateOf(r.steps) === 'closed').length,
    byKind: tally(COMPLAINT_KINDS, (r) => r.row.kind).map(({ key, count }) => ({ kind: key, count })),
    byChannel: tally(COMPLAINT_CHANNELS, (r) => r.row.channel).map(({ key, count }) => ({
      channel: key,
      count,
    })),
    byUrgency: tally(COMPLAINT_URGENCIES, (r) => r.row.urgency).map(({ key, count }) => ({
      urgency: key,
      count,
    })),
    byTarget,
    deadlines: deadlines.map((l) => ({ ...l, rate: l.due === 0 ? null : l.met / l.due })),
    complaints: received.map((r) => summaryOf(r, vs)),
  };
}

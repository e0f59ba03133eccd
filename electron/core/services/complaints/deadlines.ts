import type { OverdueComplaint } from '../../../../shared/contract/complaints';
import { HOUR_MS, MINUTE_MS } from '../../../../shared/domain/complaints';
import type { Role } from '../../../../shared/domain/roles';
import type { ComplaintDeadline, ComplaintNoticeStage } from '../../../../shared/domain/vocab';
import type { CallContext, ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { currentHandler, currentState, findComplaints, type ComplaintRecord } from './records';
import { localStamp } from './time';
import { deadlinesNow } from './views';

/**
 * Who hears of a deadline. Notifications are addressed to roles: the managers hear of every
 * deadline and the desk of the revisits it makes; the handler is named in the notice (and sees
 * their complaints due on their home page), since a notice to the handler's role would reach
 * every colleague of that role.
 */
function recipients(deadline: ComplaintDeadline): Role[] {
  return deadline === 'revisit' ? ['manager', 'deputy', 'receptionist', 'assistant'] : ['manager', 'deputy'];
}

/** How long ahead of a deadline its reminder comes; none for the revisit. */
function leadMs(ctx: ReadCallContext, deadline: ComplaintDeadline): number {
  if (deadline === 'reply') return ctx.settings.complaintReplyNoticeMinutes * MINUTE_MS;
  if (deadline === 'revisit') return 0;
  return ctx.settings.complaintDayNoticeHours * HOUR_MS;
}

const SEVERITY = {
  before: 'info',
  at: 'warning',
} as const;

interface Due {
  record: ComplaintRecord;
  deadline: ComplaintDeadline;
  stage: ComplaintNoticeStage;
  due: string;
}

/** The notices due now for one complaint: ahead of a deadline not yet met, and at one missed. */
function noticesDue(ctx: ReadCallContext, record: ComplaintRecord): Due[] {
  const due: Due[] = [];
  for (const d of deadlinesNow(record, { now: ctx.at, revisitDays: ctx.settings.complaintRevisitDays })) {
    if (d.due === null) continue;
    if (d.status === 'overdue') due.push({ record, deadline: d.deadline, stage: 'at', due: d.due });
    if (d.status !== 'pending') continue;
    const lead = leadMs(ctx, d.deadline);
    if (lead > 0 && new Date(d.due).getTime() - lead <= ctx.now.getTime()) {
      due.push({ record, deadline: d.deadline, stage: 'before', due: d.due });
    }
  }
  return due;
}

/**
 * Posts the notices due now, each once: ahead of a deadline (a reminder, by the settings: 30
 * minutes before the first reply, a day before handling and the latest close are due) and at a
 * deadline passed without what it asks for. `complaint_notices` remembers each (complaint,
 * deadline, stage, due time) posted, and its unique index refuses a second even if two desks
 * check at once. A deadline already met, or a reminder whose deadline has passed by the time
 * the check runs (the app was closed), gets none.
 */
export async function postDeadlineNotices(ctx: CallContext): Promise<{ posted: number }> {
  const active = (await findComplaints(ctx.db, { activeOnly: true })).reverse(); // oldest first
  const wanted = active.flatMap((r) => noticesDue(ctx, r));
  if (wanted.length === 0) return { posted: 0 };
  const posted = new Set(
    (
      await ctx.db
        .selectFrom('complaint_notices')
        .select(['complaint_id', 'deadline', 'stage', 'due'])
        .where('complaint_id', 'in', [...new Set(wanted.map((w) => w.record.row.id))])
        .execute()
    ).map((n) => `${n.complaint_id}/${n.deadline}/${n.stage}/${n.due}`),
  );
  const names = ctx.staffNames();
  let count = 0;
  for (const w of wanted) {
    if (posted.has(`${w.record.row.id}/${w.deadline}/${w.stage}/${w.due}`)) continue;
    const handlerId = currentHandler(w.record);
    const unassigned = handlerId === null && w.deadline !== 'revisit';
    const notificationId = await postNotification(ctx, {
      kind: w.stage === 'before' ? 'complaint_due_soon' : 'complaint_overdue',
      severity: w.stage === 'at' && w.deadline === 'limit' ? 'critical' : SEVERITY[w.stage],
      titleKey: `complaint.${w.deadline}.${w.stage}${unassigned ? 'Unassigned' : ''}`,
      params: {
        no: w.record.no,
        due: localStamp(w.due),
        handler: handlerId === null ? '' : (names.get(handlerId) ?? `#${handlerId}`),
        handlerId: handlerId ?? 0,
      },
      forRoles: recipients(w.deadline),
    });
    await ctx.writer.insert('complaint_notices', {
      complaint_id: w.record.row.id,
      deadline: w.deadline,
      stage: w.stage,
      due: w.due,
      notification_id: notificationId,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    count++;
  }
  return { posted: count };
}

/** Every deadline passed now without what it asks for, by due time. */
export async function overdueComplaints(ctx: ReadCallContext): Promise<OverdueComplaint[]> {
  const active = await findComplaints(ctx.db, { activeOnly: true });
  const names = ctx.staffNames();
  const items: OverdueComplaint[] = [];
  for (const record of active) {
    for (const d of deadlinesNow(record, { now: ctx.at, revisitDays: ctx.settings.complaintRevisitDays })) {
      if (d.status !== 'overdue') continue;
      const handlerId = currentHandler(record);
      items.push({
        complaintId: record.row.id,
        no: record.no,
        deadline: d.deadline,
        due: d.due!,
        state: currentState(record),
        handlerName: handlerId === null ? null : (names.get(handlerId) ?? `#${handlerId}`),
      });
    }
  }
  return items.sort((a, b) => a.due.localeCompare(b.due) || a.no.localeCompare(b.no));
}

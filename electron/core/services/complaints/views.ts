import type {
  ComplaintEventView,
  ComplaintSummary,
  ComplaintView,
} from '../../../../shared/contract/complaints';
import { deadlinesOf, type DeadlineState } from '../../../../shared/domain/complaints';
import type { Actor, ReadCallContext } from '../../context';
import { customerView, loadCustomers, type CustomerRecord } from '../customers/records';
import { mayDo } from './access';
import { currentHandler, currentState, type ComplaintEventRow, type ComplaintRecord } from './records';

/** What turning complaints into views needs: who asks (null: an export, phones masked), names, now. */
export interface ViewSetting {
  actor: Actor | null;
  names: ReadonlyMap<number, string>;
  now: string;
  revisitDays: number;
  customers: ReadonlyMap<number, CustomerRecord>;
}

export async function viewSetting(
  ctx: ReadCallContext,
  records: readonly ComplaintRecord[],
  actor: Actor | null,
): Promise<ViewSetting> {
  return {
    actor,
    names: ctx.staffNames(),
    now: ctx.at,
    revisitDays: ctx.settings.complaintRevisitDays,
    customers: await loadCustomers(
      ctx.db,
      records.map((r) => r.row.customer_id),
    ),
  };
}

export function deadlinesNow(
  record: ComplaintRecord,
  vs: Pick<ViewSetting, 'now' | 'revisitDays'>,
): DeadlineState[] {
  return deadlinesOf(record.card, record.steps, vs.now, vs.revisitDays);
}

function nameOf(vs: ViewSetting, id: number | null): string | null {
  return id === null ? null : (vs.names.get(id) ?? `#${id}`);
}

export function summaryOf(record: ComplaintRecord, vs: ViewSetting): ComplaintSummary {
  const r = record.row;
  const customer = customerView(vs.customers.get(r.customer_id)!, vs.actor, vs.names);
  const deadlines = deadlinesNow(record, vs);
  const next = deadlines
    .filter((d) => d.status === 'pending' && d.due !== null)
    .sort((a, b) => a.due!.localeCompare(b.due!))[0];
  const handlerId = currentHandler(record);
  return {
    id: r.id,
    no: record.no,
    receivedAt: r.received_at,
    channel: r.channel,
    customerId: r.customer_id,
    customerName: customer.name,
    customerPhone: customer.phone,
    kind: r.kind,
    target: r.target,
    subjectName: nameOf(vs, r.subject_user_id),
    department: r.department,
    urgency: r.urgency,
    state: currentState(record),
    handlerId,
    handlerName: nameOf(vs, handlerId),
    nextDue: next ? { deadline: next.deadline, due: next.due! } : null,
    overdue: deadlines.filter((d) => d.status === 'overdue').map((d) => d.deadline),
  };
}

function bool(v: 0 | 1 | null): boolean | null {
  return v === null ? null : v === 1;
}

function eventView(e: ComplaintEventRow, vs: ViewSetting): ComplaintEventView {
  return {
    id: e.id,
    seq: e.seq,
    kind: e.kind,
    at: e.at,
    recordedAt: e.recorded_at,
    byName: nameOf(vs, e.by_user_id) ?? '',
    note: e.note,
    handlerName: nameOf(vs, e.handler_id),
    replyDue: e.reply_due,
    handleDue: e.handle_due,
    upheld: bool(e.upheld),
    accepted: bool(e.accepted),
    satisfied: bool(e.satisfied),
  };
}

/** The whole card, its deadlines and history, and what the person asking may do with it. */
export function viewOf(record: ComplaintRecord, vs: ViewSetting & { actor: Actor }): ComplaintView {
  const r = record.row;
  return {
    ...summaryOf(record, vs),
    receivedByName: nameOf(vs, r.received_by) ?? '',
    customer: customerView(vs.customers.get(r.customer_id)!, vs.actor, vs.names),
    subjectUserId: r.subject_user_id,
    subjectNote: r.subject_note,
    description: r.description,
    request: r.request,
    filedAt: r.at,
    businessDate: r.business_date,
    filedByName: nameOf(vs, r.filed_by) ?? '',
    deadlines: deadlinesNow(record, vs),
    events: record.events.map((e) => eventView(e, vs)),
    may: mayDo(vs.actor, record),
  };
}

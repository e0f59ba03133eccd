import type { ParsedInputOf } from '../../../../shared/contract';
import { duesInForce, hasResultSinceReopen, isClosedState } from '../../../../shared/domain/complaints';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole } from '../../../../shared/domain/roles';
import type { ComplaintEventKind } from '../../../../shared/domain/vocab';
import { requireActor, type Actor, type CallContext } from '../../context';
import { postNotification } from '../../notifications';
import { loadActor } from '../users';
import { refuseSubject, requireReadable, SUPERVISORS } from './access';
import { currentHandler, currentState, loadComplaint, type ComplaintRecord } from './records';
import { instant, localStamp, stepTime } from './time';

/**
 * The handling of a complaint, one appended event per act (complaint_events). Each act checks
 * here what a person can get wrong, to refuse it with a clear message before anything is
 * written; the ledger's trigger holds the same rules for any other path.
 */

interface Step {
  kind: ComplaintEventKind;
  at: string;
  handlerId?: number;
  replyDue?: string;
  handleDue?: string;
  note?: string | null;
  upheld?: boolean;
  accepted?: boolean;
  satisfied?: boolean;
}

const flag = (v: boolean | undefined) => (v === undefined ? null : v ? 1 : 0);

async function append(ctx: CallContext, record: ComplaintRecord, actor: Actor, step: Step) {
  await ctx.writer.insert('complaint_events', {
    complaint_id: record.row.id,
    seq: record.events.length + 1,
    kind: step.kind,
    at: step.at,
    recorded_at: ctx.at,
    business_date: ctx.businessDate,
    by_user_id: actor.id,
    handler_id: step.handlerId ?? null,
    reply_due: step.replyDue ?? null,
    handle_due: step.handleDue ?? null,
    note: step.note ?? null,
    upheld: flag(step.upheld),
    accepted: flag(step.accepted),
    satisfied: flag(step.satisfied),
  });
  return loadComplaint(ctx.db, record.row.id);
}

/** A complaint being handled: assigned and not closed. */
function requireOpen(record: ComplaintRecord): void {
  const state = currentState(record);
  if (state === 'new') throw new AppError('COMPLAINT_NOT_ASSIGNED', { no: record.no });
  if (isClosedState(state)) throw new AppError('COMPLAINT_CLOSED', { no: record.no });
}

function handlerName(ctx: CallContext, record: ComplaintRecord): string {
  const id = currentHandler(record);
  return id === null ? '' : (ctx.staffNames().get(id) ?? `#${id}`);
}

/**
 * A due time the manager gives: a due time that has passed stays as it was (what was missed
 * stays missed), a new one is in the future.
 */
function movedDue(
  ctx: CallContext,
  given: string | undefined,
  inForce: string,
  passed: 'COMPLAINT_REPLY_DUE_PASSED' | 'COMPLAINT_HANDLE_DUE_PASSED',
): string {
  const due = given === undefined ? inForce : instant(given);
  if (due === inForce) return due;
  if (inForce <= ctx.at) throw new AppError(passed, { due: localStamp(inForce) });
  if (due <= ctx.at) throw new AppError('COMPLAINT_DUE_IN_PAST');
  return due;
}

export async function assignComplaint(ctx: CallContext, input: ParsedInputOf<'complaints.assign'>) {
  const actor = requireActor(ctx);
  const record = await loadComplaint(ctx.db, input.complaintId);
  refuseSubject(actor, record);
  if (isClosedState(currentState(record))) throw new AppError('COMPLAINT_CLOSED', { no: record.no });
  const handler = await loadActor(ctx.db, input.handlerId);
  if (!handler) throw new AppError('COMPLAINT_PERSON_UNKNOWN', { id: input.handlerId });
  if (handler.id === record.row.subject_user_id) {
    throw new AppError('COMPLAINT_HANDLER_IS_SUBJECT', { no: record.no, name: handler.name });
  }
  if (handler.roles.every((r) => r === 'admin')) {
    throw new AppError('COMPLAINT_HANDLER_NOT_STAFF', { name: handler.name });
  }
  const inForce = duesInForce(record.card, record.steps);
  const replyDue = movedDue(ctx, input.replyDue, inForce.reply, 'COMPLAINT_REPLY_DUE_PASSED');
  const handleDue = movedDue(ctx, input.handleDue, inForce.handle, 'COMPLAINT_HANDLE_DUE_PASSED');
  if (handleDue > record.card.limitDue) {
    throw new AppError('COMPLAINT_DUE_BEYOND_LIMIT', {
      limit: localStamp(record.card.limitDue),
      days: ctx.settings.complaintLimitDays,
    });
  }
  if (replyDue <= record.card.receivedAt || replyDue > handleDue) throw new AppError('COMPLAINT_DUE_ORDER');
  return append(ctx, record, actor, {
    kind: 'assigned',
    at: ctx.at,
    handlerId: handler.id,
    replyDue,
    handleDue,
    note: input.note ?? null,
  });
}

/** The handler's reply, progress, result or the customer's response. */
export async function recordHandling(ctx: CallContext, input: ParsedInputOf<'complaints.record'>) {
  const actor = requireActor(ctx);
  const record = await loadComplaint(ctx.db, input.complaintId);
  requireReadable(actor, record);
  refuseSubject(actor, record);
  requireOpen(record);
  if (currentHandler(record) !== actor.id) {
    throw new AppError('COMPLAINT_NOT_HANDLER', { no: record.no, handler: handlerName(ctx, record) });
  }
  return append(ctx, record, actor, {
    kind: input.kind,
    at: stepTime(ctx, record, input.at),
    note: input.note,
    ...(input.kind === 'result' ? { upheld: input.upheld } : {}),
    ...(input.kind === 'response' ? { accepted: input.accepted } : {}),
  });
}

/** Closing needs the result (recorded since the complaint was last reopened). */
export async function closeComplaint(ctx: CallContext, input: ParsedInputOf<'complaints.close'>) {
  const actor = requireActor(ctx);
  const record = await loadComplaint(ctx.db, input.complaintId);
  requireReadable(actor, record);
  refuseSubject(actor, record);
  requireOpen(record);
  if (currentHandler(record) !== actor.id && !hasAnyRole(actor.roles, SUPERVISORS)) {
    throw new AppError('COMPLAINT_NOT_HANDLER', { no: record.no, handler: handlerName(ctx, record) });
  }
  if (!hasResultSinceReopen(record.steps)) throw new AppError('COMPLAINT_RESULT_REQUIRED', { no: record.no });
  return append(ctx, record, actor, {
    kind: 'closed',
    at: stepTime(ctx, record, input.at),
    note: input.note ?? null,
  });
}

/** A closed (or finished) complaint handled again; everything before stays in its history. */
export async function reopenComplaint(ctx: CallContext, input: ParsedInputOf<'complaints.reopen'>) {
  const actor = requireActor(ctx);
  const record = await loadComplaint(ctx.db, input.complaintId);
  refuseSubject(actor, record);
  if (!isClosedState(currentState(record))) throw new AppError('COMPLAINT_NOT_CLOSED', { no: record.no });
  return append(ctx, record, actor, { kind: 'reopened', at: ctx.at, note: input.reason });
}

/**
 * The revisit 回访 (000:525): who (the person recording it), when, satisfied or not. A customer
 * not satisfied is put before the managers, who may reopen the complaint.
 */
export async function revisitComplaint(ctx: CallContext, input: ParsedInputOf<'complaints.revisit'>) {
  const actor = requireActor(ctx);
  const record = await loadComplaint(ctx.db, input.complaintId);
  refuseSubject(actor, record);
  const state = currentState(record);
  if (state === 'finished') throw new AppError('COMPLAINT_ALREADY_REVISITED', { no: record.no });
  if (state !== 'closed') throw new AppError('COMPLAINT_NOT_CLOSED', { no: record.no });
  const revisited = await append(ctx, record, actor, {
    kind: 'revisited',
    at: stepTime(ctx, record, input.at),
    satisfied: input.satisfied,
    note: input.note ?? null,
  });
  if (!input.satisfied) {
    await postNotification(ctx, {
      kind: 'complaint_unsatisfied',
      severity: 'warning',
      titleKey: 'complaint.unsatisfied',
      params: { no: record.no, by: actor.name },
      forRoles: [...SUPERVISORS],
    });
  }
  return revisited;
}

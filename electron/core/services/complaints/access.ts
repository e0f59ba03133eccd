import { hasResultSinceReopen } from '../../../../shared/domain/complaints';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole, type Role } from '../../../../shared/domain/roles';
import type { Actor } from '../../context';
import { currentHandler, currentState, type ComplaintRecord } from './records';

/** The desk and the managers read every complaint; anyone else only those handed to them. */
const READS_ALL: readonly Role[] = ['receptionist', 'assistant', 'manager', 'deputy'];
/** Who assigns, reopens, and may close on the handler's result. */
export const SUPERVISORS: readonly Role[] = ['manager', 'deputy'];
/** Who makes the revisit 回访. */
const REVISITORS: readonly Role[] = ['receptionist', 'assistant', 'manager', 'deputy'];

export function readsAll(actor: Actor): boolean {
  return hasAnyRole(actor.roles, READS_ALL);
}

export function mayRead(actor: Actor, record: ComplaintRecord): boolean {
  return readsAll(actor) || currentHandler(record) === actor.id;
}

/** Read access to one complaint; one the person may not read is answered as not found. */
export function requireReadable(actor: Actor, record: ComplaintRecord): void {
  if (!mayRead(actor, record)) throw new AppError('COMPLAINT_NOT_FOUND', { id: record.row.id });
}

function isSubject(actor: Actor, record: ComplaintRecord): boolean {
  return record.row.subject_user_id === actor.id;
}

/** The person complained about does not act on the complaint at all. */
export function refuseSubject(actor: Actor, record: ComplaintRecord): void {
  if (isSubject(actor, record)) throw new AppError('COMPLAINT_SUBJECT_EXCLUDED', { no: record.no });
}

/** What the person may do with the complaint now: the page offers these acts, the service checks them. */
export function mayDo(actor: Actor, record: ComplaintRecord) {
  const state = currentState(record);
  const subject = isSubject(actor, record);
  const supervisor = hasAnyRole(actor.roles, SUPERVISORS);
  const handler = currentHandler(record) === actor.id;
  return {
    assign: !subject && supervisor && (state === 'new' || state === 'open'),
    handle: !subject && handler && state === 'open',
    close: !subject && (handler || supervisor) && state === 'open' && hasResultSinceReopen(record.steps),
    reopen: !subject && supervisor && (state === 'closed' || state === 'finished'),
    revisit: !subject && hasAnyRole(actor.roles, REVISITORS) && state === 'closed',
  };
}

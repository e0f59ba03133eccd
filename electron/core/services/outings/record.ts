import type { OutingView } from '../../../../shared/contract/outings';
import { AppError } from '../../../../shared/domain/errors';
import { hasAnyRole, type Role } from '../../../../shared/domain/roles';
import { OUTING_STATE_LABELS, ROLE_LABELS } from '../../../../shared/domain/vocab';
import { checkSecret, verifyCountersign } from '../../auth/secretChecks';
import { findUser, rolesOf } from '../../auth/users';
import { localTime } from '../../clock';
import { requireActor, type Actor, type CallContext, type ReadCallContext } from '../../context';
import { requireStaffMember, type StaffMember } from '../attendance/staff';
import { markAwayForOuting, markBackFromOuting } from '../rotation';
import { managerOutNow, standInForManager } from './standIns';
import { loadOuting, openOutings, outingViews, type DerivedOuting } from './state';

/** An outing is for hours, not days: a longer absence is leave. */
const LONGEST_OUTING_MS = 24 * 3_600_000;

export interface RecordInput {
  userId: number;
  reason: string;
  destination: string;
  expectedBack?: string;
  backInMinutes?: number;
  countersign?: { userId: number; secret: string };
}

export async function outingView(ctx: ReadCallContext, id: number): Promise<OutingView> {
  const outing = await requireOuting(ctx, id);
  return (await outingViews(ctx, [outing]))[0]!;
}

async function requireOuting(ctx: ReadCallContext, id: number): Promise<DerivedOuting> {
  const outing = await loadOuting(ctx.db, id);
  if (!outing) throw new AppError('OUTING_NOT_FOUND', { id });
  return outing;
}

function rolesText(ctx: ReadCallContext, roles: readonly Role[]): string {
  return roles.map((r) => ROLE_LABELS[r][ctx.locale]).join(ctx.locale === 'en' ? ' or ' : '或');
}

/**
 * Who may approve: the project manager (需得到专案签字同意, 000:745); a manager's own outing, or
 * any outing while the manager is out, also the deputy. Never the person going out. The signed-in
 * person approves by recording it when they may; anyone else types their PIN in the same dialog.
 */
async function approverOf(ctx: CallContext, person: StaffMember, input: RecordInput): Promise<Actor> {
  const actor = requireActor(ctx);
  const managerOut = await managerOutNow(ctx);
  const roles: Role[] =
    person.roles.includes('manager') || managerOut !== null ? ['manager', 'deputy'] : ['manager'];
  const approver = rolesText(ctx, roles);
  if (input.countersign) {
    if (input.countersign.userId === person.id) throw new AppError('OUTING_SELF_APPROVAL');
    const signer = await findUser(ctx.db, input.countersign.userId);
    if (signer && !hasAnyRole(rolesOf(signer), roles)) {
      throw new AppError('OUTING_APPROVER_ROLE', { name: signer.name, approver });
    }
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, roles);
    return ctx.countersigner;
  }
  if (hasAnyRole(actor.roles, roles)) {
    if (actor.id === person.id) throw new AppError('OUTING_SELF_APPROVAL');
    return actor;
  }
  throw new AppError('OUTING_APPROVAL_REQUIRED', { approver });
}

/**
 * 外出登记 (000:745): the reason, where, when back, approved in the same dialog. A consultant on
 * today's rotation is marked away there (keeping the place) until the return.
 */
export async function recordOuting(ctx: CallContext, input: RecordInput): Promise<OutingView> {
  const actor = requireActor(ctx);
  const person = await requireStaffMember(ctx.db, input.userId);
  const [open] = await openOutings(ctx.db, person.id);
  if (open) {
    throw new AppError('OUTING_ALREADY_OUT', {
      name: person.name,
      since: localTime(open.row.left_at),
      destination: open.row.destination,
    });
  }
  const expectedBack =
    input.expectedBack !== undefined
      ? new Date(input.expectedBack).toISOString()
      : new Date(ctx.now.getTime() + (input.backInMinutes ?? 0) * 60_000).toISOString();
  if (expectedBack <= ctx.at) throw new AppError('OUTING_BACK_PAST', { at: localTime(expectedBack) });
  if (new Date(expectedBack).getTime() - ctx.now.getTime() > LONGEST_OUTING_MS) {
    throw new AppError('OUTING_BACK_TOO_FAR');
  }
  const approver = await approverOf(ctx, person, input);
  const row = await ctx.writer.insert('outings', {
    user_id: person.id,
    reason: input.reason,
    destination: input.destination,
    left_at: ctx.at,
    expected_back: expectedBack,
    recorded_by: actor.id,
    approved_by: approver.id,
    business_date: ctx.businessDate,
  });
  // The deputy approving for a manager who is out does the manager's work: marked 代 (not the
  // approval of the manager's own outing, which is the deputy's to give).
  if (!person.roles.includes('manager')) await standInForManager(ctx, 'outingApproved', approver);
  if (person.roles.includes('consultant')) {
    await markAwayForOuting(ctx, person.id, `${input.reason} · ${input.destination}`);
  }
  return outingView(ctx, row.id);
}

function requireOut(ctx: ReadCallContext, outing: DerivedOuting, name: string): void {
  if (outing.state !== 'out') {
    throw new AppError('OUTING_NOT_OUT', { name, state: OUTING_STATE_LABELS[outing.state][ctx.locale] });
  }
}

/**
 * 外出回来后…写明回到工地时间 (000:745): the person is back, proved by their own PIN unless they
 * are the one signed in; the rotation has them back in their place.
 */
export async function returnOuting(
  ctx: CallContext,
  input: { outingId: number; secret?: string },
): Promise<OutingView> {
  const actor = requireActor(ctx);
  const outing = await requireOuting(ctx, input.outingId);
  const person = await findUser(ctx.db, outing.row.user_id);
  const name = person?.name ?? `#${outing.row.user_id}`;
  requireOut(ctx, outing, name);
  if (actor.id !== outing.row.user_id) {
    if (!person) throw new AppError('USER_NOT_FOUND', { id: outing.row.user_id });
    if (input.secret === undefined) throw new AppError('OUTING_PIN_REQUIRED', { name });
    await checkSecret(ctx, person, input.secret, 'clock');
  }
  await ctx.writer.insert('outing_events', {
    outing_id: outing.row.id,
    kind: 'returned',
    back_at: ctx.at,
    reason: null,
    by_user_id: outing.row.user_id,
    notification_id: null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  await markBackFromOuting(ctx, outing.row.user_id);
  return outingView(ctx, outing.row.id);
}

/** The manager takes back an outing recorded by mistake, with the reason; the rotation has them back. */
export async function cancelOuting(
  ctx: CallContext,
  input: { outingId: number; reason: string },
): Promise<OutingView> {
  const actor = requireActor(ctx);
  const outing = await requireOuting(ctx, input.outingId);
  requireOut(ctx, outing, ctx.staffNames().get(outing.row.user_id) ?? `#${outing.row.user_id}`);
  await ctx.writer.insert('outing_events', {
    outing_id: outing.row.id,
    kind: 'cancelled',
    back_at: null,
    reason: input.reason,
    by_user_id: actor.id,
    notification_id: null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  await markBackFromOuting(ctx, outing.row.user_id);
  return outingView(ctx, outing.row.id);
}

/** The manager corrects the time someone came back, with the reason; the recorded return stays. */
export async function correctReturn(
  ctx: CallContext,
  input: { outingId: number; backAt: string; reason: string },
): Promise<OutingView> {
  const actor = requireActor(ctx);
  const outing = await requireOuting(ctx, input.outingId);
  const name = ctx.staffNames().get(outing.row.user_id) ?? `#${outing.row.user_id}`;
  if (outing.state !== 'returned') throw new AppError('OUTING_NOT_RETURNED', { name });
  const backAt = new Date(input.backAt).toISOString();
  if (backAt < outing.row.left_at) {
    throw new AppError('OUTING_BACK_BEFORE_LEFT', {
      at: localTime(backAt),
      left: localTime(outing.row.left_at),
    });
  }
  if (backAt > ctx.at) throw new AppError('OUTING_BACK_FUTURE', { at: localTime(backAt) });
  await ctx.writer.insert('outing_events', {
    outing_id: outing.row.id,
    kind: 'return_corrected',
    back_at: backAt,
    reason: input.reason,
    by_user_id: actor.id,
    notification_id: null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return outingView(ctx, outing.row.id);
}

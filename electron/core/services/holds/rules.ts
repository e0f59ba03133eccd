import type { HoldView } from '../../../../shared/contract/holds';
import { AppError } from '../../../../shared/domain/errors';
import { verifyCountersign } from '../../auth/secretChecks';
import { findUser, rolesOf } from '../../auth/users';
import { localTime } from '../../clock';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { requireUnit, unitLabel } from '../units';
import { loadFacts } from './facts';
import { lapsed, loadHolds, type DerivedHold } from './state';
import { toHoldView } from './views';
import { viewerOf } from './visibility';

/**
 * What the hold acts check before they write (the hold exists and is in the state the act
 * needs, whom a request is for), what they answer, and the notice a deputy's act owes the manager.
 */
export async function requireHold(ctx: ReadCallContext, id: number): Promise<DerivedHold> {
  const hold = (await loadHolds(ctx, [id]))[0];
  if (!hold) throw new AppError('HOLD_NOT_FOUND', { id });
  return hold;
}

/** Reloads the hold after a change and answers it as the actor may see it. */
export async function answer(ctx: ReadCallContext, id: number): Promise<HoldView> {
  const hold = await requireHold(ctx, id);
  const unit = await requireUnit(ctx.db, hold.row.unit_id);
  return toHoldView(hold, unit, await viewerOf(ctx), loadFacts(ctx, [id]), ctx);
}

export function expiresAfter(from: Date, minutes: number): string {
  return new Date(from.getTime() + minutes * 60_000).toISOString();
}

export function requirePending(hold: DerivedHold): void {
  if (hold.state !== 'pending')
    throw new AppError('HOLD_NOT_PENDING', { id: hold.row.id, state: hold.state });
}

/** Held and still within its time; an expired hold is released by the system on the spot. */
export async function requireHeld(ctx: ReadCallContext, hold: DerivedHold): Promise<void> {
  if (hold.state !== 'held') throw new AppError('HOLD_NOT_HELD', { id: hold.row.id, state: hold.state });
  if (lapsed(hold, ctx.now)) {
    throw new AppError('HOLD_EXPIRED', { id: hold.row.id, at: localTime(hold.expiresAt!) });
  }
}

export function requireReserved(hold: DerivedHold): void {
  if (hold.state !== 'reserved')
    throw new AppError('HOLD_NOT_RESERVED', { id: hold.row.id, state: hold.state });
}

/**
 * The deputy does the manager's hold work while the manager is away, and tells the manager at
 * once (第一时间知会专案经理, 000:629): every act of a deputy who is not also a manager.
 */
export async function tellManagerIfDeputy(
  ctx: CallContext,
  hold: DerivedHold,
  titleKey: string,
  extra: Record<string, string | number> = {},
): Promise<void> {
  const actor = requireActor(ctx);
  if (!actor.roles.includes('deputy') || actor.roles.includes('manager')) return;
  const unit = await requireUnit(ctx.db, hold.row.unit_id);
  await postNotification(ctx, {
    kind: 'deputy_action',
    severity: 'warning',
    titleKey,
    params: { deputy: actor.name, unit: unitLabel(unit), consultant: hold.consultantName, ...extra },
    forRoles: ['manager'],
  });
}

/** Whom the hold is for: the consultant asking, or the one the desk names and who countersigns. */
export async function consultantFor(
  ctx: CallContext,
  consultantId: number | undefined,
  countersign: unknown,
) {
  const actor = requireActor(ctx);
  const isConsultant = actor.roles.includes('consultant');
  const isDesk = actor.roles.includes('receptionist') || actor.roles.includes('assistant');
  if (consultantId === undefined || consultantId === actor.id) {
    if (isConsultant) return actor.id;
    throw new AppError('HOLD_CONSULTANT_REQUIRED');
  }
  if (!isDesk) throw new AppError('HOLD_FOR_OTHER');
  const named = await findUser(ctx.db, consultantId);
  if (!named) throw new AppError('USER_NOT_FOUND', { id: consultantId });
  if (named.active !== 1 || !rolesOf(named).includes('consultant')) {
    throw new AppError('HOLD_NOT_CONSULTANT', { name: named.name });
  }
  const signer = await verifyCountersign(ctx, countersign as never, ['consultant']);
  if (signer.id !== named.id) throw new AppError('HOLD_COUNTERSIGN_MISMATCH', { name: named.name });
  ctx.countersigner = signer;
  return named.id;
}

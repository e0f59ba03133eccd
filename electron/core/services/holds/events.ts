import { businessDateOf } from '../../../../shared/domain/businessDate';
import { openDateFrom } from '../../closedDateQueries';
import type { CallContext } from '../../context';
import {
  claimedHold,
  lapsed,
  type HoldEventRow,
  type HoldHead,
  type HoldStatus,
  type DerivedHold,
} from './state';

/**
 * A hold's history is written here: its events are appended, never changed, and the unit's
 * claim row is freed once the hold's ending is recorded.
 */

/** The live hold on a unit, after releasing a lapsed one on the spot. */
export async function liveHoldOf(ctx: CallContext, unitId: number): Promise<DerivedHold | null> {
  const hold = await claimedHold(ctx, unitId);
  if (!hold) return null;
  if (lapsed(hold, ctx.now)) {
    await releaseBySystem(ctx, hold);
    return null;
  }
  return hold;
}

/** Appends an event to a hold, stamped with the call's instant and business date; answers its id. */
export async function appendEvent(
  ctx: CallContext,
  hold: HoldHead,
  kind: HoldEventRow['kind'],
  extra: Partial<
    Pick<HoldEventRow, 'expires_at' | 'reason' | 'amount_fen' | 'receipt_no' | 'at' | 'actor_id'>
  > = {},
): Promise<number> {
  const at = extra.at ?? ctx.at;
  const row = await ctx.writer.insert('hold_events', {
    hold_id: hold.row.id,
    kind,
    at,
    // a lapse is dated when it happened, unless that day is closed: then into the next open date
    business_date: extra.at
      ? await openDateFrom(ctx.db, businessDateOf(new Date(at), ctx.settings.dayCutoff))
      : ctx.businessDate,
    actor_id: extra.actor_id !== undefined ? extra.actor_id : (ctx.actor?.id ?? null),
    expires_at: extra.expires_at ?? null,
    reason: extra.reason ?? null,
    amount_fen: extra.amount_fen ?? null,
    receipt_no: extra.receipt_no ?? null,
  });
  return row.id;
}

/** Frees the unit's claim row; the database allows it only once the hold's ending is recorded. */
export async function endClaim(ctx: CallContext, hold: HoldHead): Promise<void> {
  await ctx.writer.update('unit_claims', hold.row.unit_id, { hold_id: null });
}

/**
 * An expired hold is released by the system, at its expiry instant (not when the app noticed),
 * so the register reads as it happened even when the desk was closed at the time.
 */
export async function releaseBySystem(ctx: CallContext, hold: HoldStatus): Promise<void> {
  await appendEvent(ctx, hold, 'released', { at: hold.expiresAt!, actor_id: null });
  await endClaim(ctx, hold);
}

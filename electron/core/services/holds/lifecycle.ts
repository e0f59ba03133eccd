import { AppError } from '../../../../shared/domain/errors';
import { normalizePhone } from '../../../../shared/domain/phone';
import { localTime } from '../../clock';
import { requireActor } from '../../context';
import type { HandlersOf } from '../../handler';
import { postNotification } from '../../notifications';
import { requireUnit, unitLabel } from '../units';
import { appendEvent, endClaim, liveHoldOf, releaseBySystem } from './events';
import { loadReports } from './facts';
import {
  answer,
  consultantFor,
  expiresAfter,
  requireHeld,
  requireHold,
  requirePending,
  requireReserved,
  tellManagerIfDeputy,
} from './rules';
import { lapsed, openClaimedHolds } from './state';
import { isOwnHold } from './views';
import { viewerOf } from './visibility';

/** A hold's life: requested, decided, reported 不定, held for a time, released, signed. */
export const lifecycleHandlers = {
  'holds.request': async (input, ctx) => {
    const actor = requireActor(ctx);
    const phone = normalizePhone(input.customerPhone);
    if (!phone) throw new AppError('INVALID_PHONE', { phone: input.customerPhone });
    const unit = await requireUnit(ctx.db, input.unitId);
    // Whoever does not read the 销控 learns only that the unit is not free: never who or why.
    const discreet = (await viewerOf(ctx)).level !== 'full';
    if (unit.withheld === 1) {
      throw discreet
        ? new AppError('UNIT_NOT_FREE', { unit: unitLabel(unit) })
        : new AppError('UNIT_WITHHELD', { unit: unitLabel(unit) });
    }
    const consultantId = await consultantFor(ctx, input.consultantId, input.countersign);
    const holder = await liveHoldOf(ctx, unit.id);
    if (holder) {
      throw discreet
        ? new AppError('UNIT_NOT_FREE', { unit: unitLabel(unit) })
        : new AppError('UNIT_CLAIMED', { unit: unitLabel(unit), consultant: holder.consultantName });
    }
    const row = await ctx.writer.insert('holds', {
      unit_id: unit.id,
      consultant_id: consultantId,
      requested_by: actor.id,
      customer_name: input.customerName,
      customer_phone: phone,
      at: ctx.at,
      business_date: ctx.businessDate,
    });
    const id = row.id;
    const hold = await requireHold(ctx, id);
    await appendEvent(ctx, hold, 'requested');
    // The claim: a new row, or a free one taken over. The PRIMARY KEY and the unit_claims
    // triggers refuse a second live claim even if the check above were skipped.
    const free = await ctx.db
      .selectFrom('unit_claims')
      .select('unit_id')
      .where('unit_id', '=', unit.id)
      .executeTakeFirst();
    if (free) await ctx.writer.update('unit_claims', unit.id, { hold_id: id });
    else await ctx.writer.insert('unit_claims', { unit_id: unit.id, hold_id: id });
    // The managers decide: the request rings their bell (000:631, the consultant 报知专案经理).
    await postNotification(ctx, {
      kind: 'hold_requested',
      severity: 'info',
      titleKey: 'holdRequested',
      params: { unit: unitLabel(unit), consultant: hold.consultantName },
      forRoles: ['manager', 'deputy'],
    });
    return answer(ctx, id);
  },

  'holds.report': async (input, ctx) => {
    const actor = requireActor(ctx);
    const hold = await requireHold(ctx, input.holdId);
    if (!isOwnHold(actor, hold)) throw new AppError('HOLD_NOT_OWN');
    if (hold.state === 'held') await requireHeld(ctx, hold);
    else if (hold.state !== 'pending') throw new AppError('HOLD_NOT_REPORTABLE', { id: hold.row.id });
    const earlier = loadReports(ctx, [hold.row.id]).get(hold.row.id);
    if (earlier) throw new AppError('HOLD_ALREADY_REPORTED', { id: hold.row.id, at: localTime(earlier.at) });
    await appendEvent(ctx, hold, 'reported', { reason: input.reason });
    // 如客户无下定, 置业顾问需即时上报于专案经理 (000:643): the manager cancels it in one step.
    const unit = await requireUnit(ctx.db, hold.row.unit_id);
    await postNotification(ctx, {
      kind: 'hold_no_deposit',
      severity: 'warning',
      titleKey: 'holdNoDeposit',
      params: { unit: unitLabel(unit), consultant: hold.consultantName, reason: input.reason },
      forRoles: ['manager', 'deputy'],
    });
    return answer(ctx, hold.row.id);
  },

  'holds.approve': async (input, ctx) => {
    const actor = requireActor(ctx);
    const hold = await requireHold(ctx, input.holdId);
    requirePending(hold);
    if (hold.row.requested_by === actor.id || hold.row.consultant_id === actor.id) {
      throw new AppError('HOLD_SELF_APPROVAL');
    }
    const minutes = input.minutes ?? ctx.settings.holdExpiryMinutes;
    await appendEvent(ctx, hold, 'approved', { expires_at: expiresAfter(ctx.now, minutes) });
    await tellManagerIfDeputy(ctx, hold, 'holdDeputyApproved');
    return answer(ctx, hold.row.id);
  },

  'holds.reject': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    requirePending(hold);
    await appendEvent(ctx, hold, 'rejected', { reason: input.reason });
    await endClaim(ctx, hold);
    await tellManagerIfDeputy(ctx, hold, 'holdDeputyRejected', { reason: input.reason });
    return answer(ctx, hold.row.id);
  },

  'holds.extend': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    await requireHeld(ctx, hold);
    const from = new Date(hold.expiresAt!);
    await appendEvent(ctx, hold, 'extended', { expires_at: expiresAfter(from, input.minutes) });
    return answer(ctx, hold.row.id);
  },

  'holds.release': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    if (hold.state !== 'held') throw new AppError('HOLD_NOT_HELD', { id: hold.row.id, state: hold.state });
    if (lapsed(hold, ctx.now)) {
      await releaseBySystem(ctx, hold); // it had already run out: the record says so
    } else {
      // Released on the consultant's report, the report's reason is the release's (one step).
      const report = hold.reported ? loadReports(ctx, [hold.row.id]).get(hold.row.id) : undefined;
      await appendEvent(ctx, hold, 'released', { reason: input.reason ?? report?.reason ?? null });
      await endClaim(ctx, hold);
      await tellManagerIfDeputy(ctx, hold, 'holdDeputyReleased');
    }
    return answer(ctx, hold.row.id);
  },

  'holds.sign': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    requireReserved(hold);
    await appendEvent(ctx, hold, 'signed');
    await tellManagerIfDeputy(ctx, hold, 'holdDeputySigned');
    return answer(ctx, hold.row.id);
  },

  'holds.dueCount': async (_input, ctx) => {
    const due = [...openClaimedHolds(ctx).values()].filter((h) => lapsed(h, ctx.now));
    return { due: due.length };
  },

  'holds.expireDue': async (_input, ctx) => {
    const due = [...openClaimedHolds(ctx).values()].filter((h) => lapsed(h, ctx.now));
    for (const hold of due) await releaseBySystem(ctx, hold);
    return { released: due.length };
  },
} satisfies Partial<HandlersOf<'holds'>>;

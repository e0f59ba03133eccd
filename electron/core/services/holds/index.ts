import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { normalizePhone } from '../../../../shared/domain/phone';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { selectRows } from '../../../../db/rows';
import { exportRegister } from './export';
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
import { appendEvent, endClaim, liveHoldOf, releaseBySystem } from './events';
import { claimedHolds, lapsed, loadHoldHeads, loadHolds } from './state';
import { mayRead, seesEverything, toBoardUnit, toEventView, toHoldView } from './views';
import { listBuildings, listUnits, requireUnit, unitLabel, unitNamesByIds } from '../units';

/** Unit holds 销控 (SPEC §4): requested, decided, held for a time, reserved by a deposit, signed. */
export const holdsHandlers: HandlersOf<'holds'> = {
  'holds.board': async (input, ctx) => {
    // One building at a time: a big project's 2,000 units are 20 buildings of 100.
    const buildings = await listBuildings(ctx.db);
    const building =
      input.building !== undefined && buildings.includes(input.building)
        ? input.building
        : (buildings[0] ?? null);
    const units = building === null ? [] : listUnits(ctx, building);
    const claimed = await claimedHolds(
      ctx,
      units.map((u) => u.id),
    );
    return {
      now: ctx.at,
      buildings,
      building,
      units: units.map((u) => toBoardUnit(u, claimed.get(u.id), ctx.actor, ctx.now)),
    };
  },

  'holds.request': async (input, ctx) => {
    const actor = requireActor(ctx);
    const phone = normalizePhone(input.customerPhone);
    if (!phone) throw new AppError('INVALID_PHONE', { phone: input.customerPhone });
    const unit = await requireUnit(ctx.db, input.unitId);
    if (unit.withheld === 1) throw new AppError('UNIT_WITHHELD', { unit: unitLabel(unit) });
    const consultantId = await consultantFor(ctx, input.consultantId, input.countersign);
    const holder = await liveHoldOf(ctx, unit.id);
    if (holder)
      throw new AppError('UNIT_CLAIMED', { unit: unitLabel(unit), consultant: holder.consultantName });
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
    return answer(ctx, id);
  },

  'holds.queue': async (_input, ctx) => {
    // Only the claims waiting for a decision are loaded, not the whole project's (2,000 sold or
    // reserved units on a big site): SQL keeps the claimed holds whose only event is the request;
    // the derived state stays the authority on what is pending.
    const waiting = await ctx.db
      .selectFrom('unit_claims as c')
      .select('c.hold_id')
      .where('c.hold_id', 'is not', null)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('hold_events as e')
              .select('e.id')
              .whereRef('e.hold_id', '=', 'c.hold_id')
              .where('e.kind', '<>', 'requested'),
          ),
        ),
      )
      .execute();
    const pending = (
      await loadHolds(
        ctx,
        waiting.map((w) => w.hold_id!),
      )
    ).filter((h) => h.state === 'pending');
    const units = unitNamesByIds(
      ctx,
      pending.map((h) => h.row.unit_id),
    );
    return pending
      .sort((a, b) => a.row.id - b.row.id)
      .map((h) => toHoldView(h, units.get(h.row.unit_id)!, ctx.actor));
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
      await appendEvent(ctx, hold, 'released', { reason: input.reason ?? null });
      await endClaim(ctx, hold);
      await tellManagerIfDeputy(ctx, hold, 'holdDeputyReleased');
    }
    return answer(ctx, hold.row.id);
  },

  'holds.deposit': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    await requireHeld(ctx, hold);
    const taken = await ctx.db
      .selectFrom('hold_events')
      .select('id')
      .where('kind', '=', 'deposit')
      .where('receipt_no', '=', input.receiptNo)
      .executeTakeFirst();
    if (taken) throw new AppError('HOLD_RECEIPT_TAKEN', { receipt: input.receiptNo });
    await appendEvent(ctx, hold, 'deposit', { amount_fen: input.amountFen, receipt_no: input.receiptNo });
    await tellManagerIfDeputy(ctx, hold, 'holdDeputyDeposit', { amount: formatFen(input.amountFen) });
    return answer(ctx, hold.row.id);
  },

  'holds.sign': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    requireReserved(hold);
    await appendEvent(ctx, hold, 'signed');
    await tellManagerIfDeputy(ctx, hold, 'holdDeputySigned');
    return answer(ctx, hold.row.id);
  },

  'holds.cancel': async (input, ctx) => {
    const hold = await requireHold(ctx, input.holdId);
    requireReserved(hold);
    if (input.refundFen > hold.depositFen!) {
      throw new AppError('HOLD_REFUND_TOO_LARGE', { deposit: formatFen(hold.depositFen!) });
    }
    await appendEvent(ctx, hold, 'cancelled', { amount_fen: input.refundFen, reason: input.reason });
    await endClaim(ctx, hold);
    return answer(ctx, hold.row.id);
  },

  'holds.register': async (input, ctx) => {
    // The page is chosen in SQL (newest events first, older than the last line already shown,
    // the caller's own holds unless they see everything), then its holds, units and the names
    // are read once each: the cost is the page, not the five years behind it.
    const actor = ctx.actor;
    const page = selectRows(
      ctx.raw,
      ctx.db
        .selectFrom('hold_events as e')
        .innerJoin('holds as h', 'h.id', 'e.hold_id')
        .selectAll('e')
        .$if(input.kind !== undefined, (q) => q.where('e.kind', '=', input.kind!))
        .$if(input.unitId !== undefined, (q) => q.where('h.unit_id', '=', input.unitId!))
        .$if(input.businessDate !== undefined, (q) => q.where('e.business_date', '=', input.businessDate!))
        .$if(input.beforeId !== undefined, (q) => q.where('e.id', '<', input.beforeId!))
        .$if(!seesEverything(actor), (q) =>
          q.where((eb) =>
            eb.or([eb('h.consultant_id', '=', actor!.id), eb('h.requested_by', '=', actor!.id)]),
          ),
        )
        .orderBy('e.id', 'desc')
        .limit(input.limit),
    );
    const names = ctx.staffNames();
    const holds = loadHoldHeads(
      ctx,
      page.map((e) => e.hold_id),
      names,
    );
    const units = unitNamesByIds(
      ctx,
      [...holds.values()].map((h) => h.row.unit_id),
    );
    return page.flatMap((e) => {
      const hold = holds.get(e.hold_id)!;
      if (!mayRead(actor, hold)) return [];
      return [toEventView(e, hold, units.get(hold.row.unit_id)!, actor, names)];
    });
  },

  'holds.exportRegister': (_input, ctx) => exportRegister(ctx),

  'holds.dueCount': async (_input, ctx) => {
    const due = [...(await claimedHolds(ctx)).values()].filter((h) => lapsed(h, ctx.now));
    return { due: due.length };
  },

  'holds.expireDue': async (_input, ctx) => {
    const due = [...(await claimedHolds(ctx)).values()].filter((h) => lapsed(h, ctx.now));
    for (const hold of due) await releaseBySystem(ctx, hold);
    return { released: due.length };
  },
};

export const holdsService: ServiceModule<'holds'> = {
  handlers: holdsHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // A read first, so the audit log gets a row only when something is actually released.
      run: async ({ call }) => {
        const due = await call('holds.dueCount', {});
        if (due.ok && due.data.due > 0) await call('holds.expireDue', {});
      },
    },
  ],
};

import type { RefundLine } from '../../../../shared/contract/holdMoney';
import type { HoldView } from '../../../../shared/contract/holds';
import { inJson, selectRows } from '../../../../db/rows';
import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { maskPhone } from '../../../../shared/domain/phone';
import type { DepositMethod } from '../../../../shared/domain/vocab';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { unitLabel, unitNamesByIds } from '../units';
import { cashierActing } from './cashier';
import { appendEvent, endClaim } from './events';
import { loadRefunds, type RefundFact } from './facts';
import { localDateTime } from './format';
import { answer, requireHold, requireReserved } from './rules';
import { loadHoldHeads } from './state';
import { isOwnHold, refundState, toRefundSummary } from './views';
import { viewerOf } from './visibility';

/**
 * Refunds 退定 (000:45): a reservation cancelled with money to return opens a refund, approved by
 * the manager who cancels it, with the reason; it is paid within `refundDueDays` (a week) by the
 * cashier — her PIN, the method, a reference — and the customer is told. Until it is paid, an
 * overdue refund is put before the manager once a day. Its state is derived from its events.
 */

export async function cancelReservation(
  ctx: CallContext,
  input: { holdId: number; refundFen: number; reason: string },
): Promise<HoldView> {
  const actor = requireActor(ctx);
  const hold = await requireHold(ctx, input.holdId);
  requireReserved(hold);
  if (input.refundFen > hold.depositFen!) {
    throw new AppError('HOLD_REFUND_TOO_LARGE', { deposit: formatFen(hold.depositFen!) });
  }
  const eventId = await appendEvent(ctx, hold, 'cancelled', {
    amount_fen: input.refundFen,
    reason: input.reason,
  });
  await endClaim(ctx, hold);
  if (input.refundFen > 0) {
    await ctx.writer.insert('hold_refunds', {
      hold_id: hold.row.id,
      cancel_event_id: eventId,
      amount_fen: input.refundFen,
      approved_by: actor.id,
      reason: input.reason,
      due_date: addDays(ctx.businessDate, ctx.settings.refundDueDays),
      at: ctx.at,
      business_date: ctx.businessDate,
    });
  }
  return answer(ctx, hold.row.id);
}

export async function refundLines(ctx: ReadCallContext, refunds: RefundFact[]): Promise<RefundLine[]> {
  const viewer = await viewerOf(ctx);
  const names = ctx.staffNames();
  const holds = loadHoldHeads(
    ctx,
    refunds.map((f) => f.holdId),
    names,
  );
  const units = unitNamesByIds(
    ctx,
    [...holds.values()].map((h) => h.row.unit_id),
  );
  const receipts = new Map(
    selectRows(
      ctx.raw,
      ctx.db
        .selectFrom('hold_events')
        .select(['hold_id', 'receipt_no'])
        .where('kind', '=', 'deposit')
        .where('hold_id', 'in', inJson(refunds.map((f) => f.holdId))),
    ).map((r) => [r.hold_id, r.receipt_no]),
  );
  return refunds.map((f) => {
    const hold = holds.get(f.holdId)!;
    return {
      ...toRefundSummary(f, ctx.businessDate, names),
      holdId: f.holdId,
      unitLabel: unitLabel(units.get(hold.row.unit_id)!),
      customerName: hold.row.customer_name,
      customerPhone: viewer.level === 'full' ? hold.row.customer_phone : maskPhone(hold.row.customer_phone),
      consultantName: hold.consultantName,
      receiptNo: receipts.get(f.holdId) ?? null,
    };
  });
}

export async function listRefunds(
  ctx: ReadCallContext,
  filter: { open: boolean; limit: number },
): Promise<RefundLine[]> {
  const facts = filter.open
    ? loadRefunds(ctx, { unpaid: true }).slice(0, filter.limit)
    : loadRefunds(ctx, { latest: filter.limit });
  // What needs doing first: overdue, then due by date, then the paid ones, newest first.
  const order = { overdue: 0, due: 1, paid: 2 } as const;
  facts.sort(
    (a, b) =>
      order[refundState(a, ctx.businessDate)] - order[refundState(b, ctx.businessDate)] ||
      (refundState(a, ctx.businessDate) === 'paid'
        ? b.id - a.id
        : a.dueDate.localeCompare(b.dueDate) || a.id - b.id),
  );
  return refundLines(ctx, facts);
}

async function requireRefund(ctx: ReadCallContext, id: number): Promise<RefundFact> {
  const [refund] = loadRefunds(ctx, { refundIds: [id] });
  if (!refund) throw new AppError('REFUND_NOT_FOUND', { id });
  return refund;
}

async function refundLine(ctx: ReadCallContext, id: number): Promise<RefundLine> {
  const [line] = await refundLines(ctx, [await requireRefund(ctx, id)]);
  return line!;
}

export async function payRefund(
  ctx: CallContext,
  input: {
    refundId: number;
    method: DepositMethod;
    reference: string;
    countersign?: { userId: number; secret: string };
  },
): Promise<RefundLine> {
  const actor = requireActor(ctx);
  const refund = await requireRefund(ctx, input.refundId);
  const paid = refund.events.find((e) => e.kind === 'paid');
  if (paid) {
    throw new AppError('REFUND_ALREADY_PAID', {
      id: refund.id,
      at: localDateTime(paid.at),
      cashier: ctx.staffNames().get(paid.cashierId!) ?? '',
    });
  }
  const cashier = await cashierActing(ctx, input.countersign);
  await ctx.writer.insert('refund_events', {
    refund_id: refund.id,
    kind: 'paid',
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: actor.id,
    cashier_id: cashier.id,
    method: input.method,
    reference: input.reference,
    note: null,
  });
  return refundLine(ctx, refund.id);
}

export async function recordCustomerTold(
  ctx: CallContext,
  input: { refundId: number; note?: string },
): Promise<RefundLine> {
  const actor = requireActor(ctx);
  const refund = await requireRefund(ctx, input.refundId);
  const seesAll = (await viewerOf(ctx)).level === 'full' || actor.roles.includes('cashier');
  if (!seesAll && !isOwnHold(actor, await requireHold(ctx, refund.holdId))) {
    throw new AppError('REFUND_NOT_OWN');
  }
  const told = refund.events.find((e) => e.kind === 'told');
  if (told) {
    throw new AppError('REFUND_ALREADY_TOLD', {
      id: refund.id,
      at: localDateTime(told.at),
      name: ctx.staffNames().get(told.actorId!) ?? '',
    });
  }
  await ctx.writer.insert('refund_events', {
    refund_id: refund.id,
    kind: 'told',
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: actor.id,
    cashier_id: null,
    method: null,
    reference: null,
    note: input.note ?? null,
  });
  return refundLine(ctx, refund.id);
}

/** Unpaid refunds past their due date whose manager has not been reminded on this business date. */
function overdueUnreminded(ctx: ReadCallContext): RefundFact[] {
  return loadRefunds(ctx, { unpaid: true }).filter(
    (f) =>
      refundState(f, ctx.businessDate) === 'overdue' &&
      !f.events.some((e) => e.kind === 'reminded' && e.businessDate === ctx.businessDate),
  );
}

export function countOverdueRefunds(ctx: ReadCallContext): { due: number } {
  return { due: overdueUnreminded(ctx).length };
}

/** Once a business date, each overdue refund is put before the manager again, until it is paid. */
export async function remindOverdueRefunds(ctx: CallContext): Promise<{ reminded: number }> {
  const overdue = overdueUnreminded(ctx);
  const lines = await refundLines(ctx, overdue);
  for (const line of lines) {
    await ctx.writer.insert('refund_events', {
      refund_id: line.id,
      kind: 'reminded',
      at: ctx.at,
      business_date: ctx.businessDate,
      actor_id: ctx.actor?.id ?? null,
      cashier_id: null,
      method: null,
      reference: null,
      note: null,
    });
    await postNotification(ctx, {
      kind: 'refund_overdue',
      severity: 'warning',
      titleKey: 'refundOverdue',
      params: {
        unit: line.unitLabel,
        customer: line.customerName,
        amount: formatFen(line.amountFen),
        due: line.dueDate,
        days: line.daysOverdue,
      },
      forRoles: ['manager'],
    });
  }
  return { reminded: lines.length };
}

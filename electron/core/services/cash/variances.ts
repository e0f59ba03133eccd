import type { VarianceView } from '../../../../shared/contract/cash';
import { AppError } from '../../../../shared/domain/errors';
import {
  CASH_VARIANCE_DECISION_LABELS,
  type CashVarianceDecision,
  type CashVarianceOccasion,
} from '../../../../shared/domain/vocab';
import { requireActor, type CallContext, type CallReader } from '../../context';
import { recordCashMovement } from './custody';

/**
 * Cash variances 长短款 (000:595-597, 帐实相符). A difference between the cash counted and the
 * cash the ledger expects is recorded where it is found — the incoming person counting a
 * handover, the cashier taking a hand-in — against the person who held the cash, with the
 * explanation given then, and booked on their custody at once: custody is the cash that exists,
 * and nobody is left answering for cash nobody has. Whether the person makes it good or it is
 * written off is the manager's decision, recorded once, with the reason; it moves no cash.
 */

export interface FoundVariance {
  occasion: CashVarianceOccasion;
  holderId: number;
  foundById: number;
  expectedFen: number;
  countedFen: number;
  explanation: string;
  /** A hand-in's transfer, whose `count_variance` movement books the difference. */
  transferId?: number;
  businessDate?: string;
}

/** Records a difference found; a handover's is booked here as a `variance` movement. */
export async function recordVariance(ctx: CallContext, v: FoundVariance): Promise<number | null> {
  const amount = v.countedFen - v.expectedFen;
  if (amount === 0) return null;
  const row = await ctx.writer.insert('cash_variances', {
    occasion: v.occasion,
    holder_id: v.holderId,
    expected_fen: v.expectedFen,
    counted_fen: v.countedFen,
    amount_fen: amount,
    explanation: v.explanation,
    found_by: v.foundById,
    transfer_id: v.transferId ?? null,
    at: ctx.at,
    business_date: v.businessDate ?? ctx.businessDate,
  });
  if (v.occasion === 'handover') {
    await recordCashMovement(ctx, {
      holderId: v.holderId,
      kind: 'variance',
      deltaFen: amount,
      businessDate: v.businessDate,
    });
  }
  return row.id;
}

export interface VarianceFilter {
  ids?: number[];
  businessDate?: string;
  personId?: number;
  undecided?: boolean;
  limit: number;
}

/** Variances newest first, each with its decision when made. */
export async function listVariances(ctx: CallReader, filter: VarianceFilter): Promise<VarianceView[]> {
  const rows = await ctx.db
    .selectFrom('cash_variances as v')
    .leftJoin('cash_variance_decisions as d', 'd.variance_id', 'v.id')
    .select([
      'v.id',
      'v.at',
      'v.business_date',
      'v.occasion',
      'v.holder_id',
      'v.found_by',
      'v.expected_fen',
      'v.counted_fen',
      'v.amount_fen',
      'v.explanation',
      'd.decision',
      'd.reason',
      'd.decided_by',
      'd.at as decided_at',
    ])
    .$if(filter.ids !== undefined, (q) => q.where('v.id', 'in', filter.ids!))
    .$if(filter.businessDate !== undefined, (q) => q.where('v.business_date', '=', filter.businessDate!))
    .$if(filter.personId !== undefined, (q) =>
      q.where((eb) =>
        eb.or([eb('v.holder_id', '=', filter.personId!), eb('v.found_by', '=', filter.personId!)]),
      ),
    )
    .$if(filter.undecided === true, (q) => q.where('d.id', 'is', null))
    .orderBy('v.id', 'desc')
    .limit(filter.limit)
    .execute();
  const names = ctx.staffNames();
  const nameOf = (id: number) => names.get(id) ?? `#${id}`;
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    businessDate: r.business_date,
    occasion: r.occasion,
    holderId: r.holder_id,
    holderName: nameOf(r.holder_id),
    foundByName: nameOf(r.found_by),
    expectedFen: r.expected_fen,
    countedFen: r.counted_fen,
    amountFen: r.amount_fen,
    explanation: r.explanation,
    decision: r.decision ?? null,
    decisionReason: r.reason ?? null,
    decidedByName: r.decided_by === null ? null : nameOf(r.decided_by),
    decidedAt: r.decided_at ?? null,
  }));
}

/** The manager's decision on a variance: once, never on a variance of their own cash. */
export async function decideVariance(
  ctx: CallContext,
  input: { varianceId: number; decision: CashVarianceDecision; reason: string },
): Promise<VarianceView> {
  const actor = requireActor(ctx);
  const [found] = await listVariances(ctx, { ids: [input.varianceId], limit: 1 });
  if (!found) throw new AppError('CASH_VARIANCE_NOT_FOUND', { id: input.varianceId });
  if (found.decision !== null) {
    throw new AppError('CASH_VARIANCE_DECIDED', {
      name: found.decidedByName ?? '',
      decision: CASH_VARIANCE_DECISION_LABELS[found.decision][ctx.locale],
    });
  }
  if (found.holderId === actor.id) throw new AppError('CASH_VARIANCE_OWN');
  await ctx.writer.insert('cash_variance_decisions', {
    variance_id: input.varianceId,
    decision: input.decision,
    reason: input.reason,
    decided_by: actor.id,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  const [view] = await listVariances(ctx, { ids: [input.varianceId], limit: 1 });
  return view!;
}

import type { DepositDayFacts } from '../../../../shared/contract/holdMoney';
import { DEPOSIT_METHODS, type DepositMethod, type DepositState } from '../../../../shared/domain/vocab';
import { selectRows } from '../../../../db/rows';
import type { ReadCallContext } from '../../context';
import { unitLabel, unitNamesByIds } from '../units';
import { loadDeposits, loadRefunds, type DepositFact, type RefundFact } from './facts';
import { loadHoldHeads } from './state';
import { daysBetween } from './views';
import { viewerOf } from './visibility';

export type { DepositDayFacts };

/**
 * The day's 定金 facts for the day sheet 日结对账单 (000:639, 000:45): the deposits taken that
 * business date by method, the discounts and who approved them, the refunds approved, paid and
 * still owed at the end of the date. Derived from rows dated up to that date only, so a closed
 * date's facts never change. A reader who does not read the whole 销控 (000:721 rule 38) gets the
 * money — amounts, methods, receipts, who took it — without units, customers, prices or
 * discounts.
 */
export async function depositDayFacts(ctx: ReadCallContext, date: string): Promise<DepositDayFacts> {
  const restricted = (await viewerOf(ctx)).level !== 'full';
  const names = ctx.staffNames();
  const name = (id: number | null) => (id === null ? '' : (names.get(id) ?? `#${id}`));

  const deposits = loadDeposits(ctx, { businessDate: date });
  // Refunds that matter to the date: approved on it, paid on it, or owed at its end.
  const refundIds = selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('hold_refunds as f')
      .select('f.id')
      .where('f.business_date', '<=', date)
      .where(({ or, eb, not, exists, selectFrom }) =>
        or([
          eb('f.business_date', '=', date),
          not(
            exists(
              selectFrom('refund_events as p')
                .select('p.id')
                .whereRef('p.refund_id', '=', 'f.id')
                .where('p.kind', '=', 'paid')
                .where('p.business_date', '<', date),
            ),
          ),
        ]),
      ),
  ).map((r) => r.id);
  const refunds = loadRefunds(ctx, { refundIds }).sort((a, b) => a.id - b.id);

  const holds = loadHoldHeads(
    ctx,
    [...deposits.map((d) => d.holdId), ...refunds.map((f) => f.holdId)],
    names,
  );
  const units = unitNamesByIds(
    ctx,
    [...holds.values()].map((h) => h.row.unit_id),
  );
  const unitOf = (holdId: number) =>
    restricted ? null : unitLabel(units.get(holds.get(holdId)!.row.unit_id)!);
  const customerOf = (holdId: number) => (restricted ? null : holds.get(holdId)!.row.customer_name);

  const stateAtEnd = (d: DepositFact): DepositState => {
    if (d.confirmation && d.confirmation.businessDate <= date) return 'confirmed';
    if (d.method !== 'cash') return 'to_confirm';
    return d.handedIn && d.handedIn.businessDate <= date ? 'handed_in' : 'with_receiver';
  };
  const refundLine = (f: RefundFact) => ({
    id: f.id,
    unitLabel: unitOf(f.holdId),
    customerName: customerOf(f.holdId),
    amountFen: f.amountFen,
    approvedByName: name(f.approvedBy),
    approvedOn: f.businessDate,
    dueDate: f.dueDate,
  });
  const paidOn = (f: RefundFact) => f.events.find((e) => e.kind === 'paid' && e.businessDate <= date);

  const approved = refunds.filter((f) => f.businessDate === date).map(refundLine);
  const paid = refunds.flatMap((f) => {
    const p = paidOn(f);
    return p && p.businessDate === date
      ? [
          {
            ...refundLine(f),
            paidAt: p.at,
            method: p.method!,
            reference: p.reference!,
            cashierName: name(p.cashierId),
          },
        ]
      : [];
  });
  const outstanding = refunds
    .filter((f) => !paidOn(f))
    .map((f) => ({ ...refundLine(f), daysOverdue: date > f.dueDate ? daysBetween(f.dueDate, date) : 0 }));
  const sum = (rows: { amountFen: number }[]) => rows.reduce((s, r) => s + r.amountFen, 0);

  return {
    date,
    restricted,
    deposits: deposits.map((d) => ({
      at: d.at,
      receiptNo: d.receiptNo,
      agreementNo: d.agreementNo,
      unitLabel: unitOf(d.holdId),
      customerName: customerOf(d.holdId),
      method: d.method,
      amountFen: d.amountFen,
      receivedByName: name(d.receivedBy),
      agreedPriceFen: restricted ? null : d.agreedPriceFen,
      listPriceFen: restricted ? null : d.listPriceFen,
      discountFen: restricted ? null : d.listPriceFen - d.agreedPriceFen,
      state: stateAtEnd(d),
    })),
    byMethod: byMethod(deposits),
    totalFen: sum(deposits),
    discounts: restricted
      ? []
      : deposits
          .filter((d) => d.agreedPriceFen < d.listPriceFen)
          .map((d) => ({
            receiptNo: d.receiptNo,
            unitLabel: unitOf(d.holdId)!,
            listPriceFen: d.listPriceFen,
            agreedPriceFen: d.agreedPriceFen,
            discountFen: d.listPriceFen - d.agreedPriceFen,
            approvedByName: name(d.approvedBy),
            reason: d.discountReason ?? '',
          })),
    refunds: {
      approved,
      paid,
      outstanding,
      paidByMethod: byMethod(paid),
      approvedFen: sum(approved),
      paidFen: sum(paid),
      outstandingFen: sum(outstanding),
    },
  };
}

function byMethod(rows: { method: DepositMethod; amountFen: number }[]) {
  return DEPOSIT_METHODS.map((method) => {
    const mine = rows.filter((r) => r.method === method);
    return { method, count: mine.length, amountFen: mine.reduce((s, r) => s + r.amountFen, 0) };
  });
}

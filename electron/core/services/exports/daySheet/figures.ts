import type { DaySheet } from '../../../../../shared/contract/exports';
import type { MovementView, StockLine } from '../../../../../shared/contract/tickets';
import type { CashMovementKind } from '../../../../../db/schema';

type TicketLine = DaySheet['tickets'][number];
type CashHolder = DaySheet['cash']['holders'][number];

/**
 * One line per ticket type: stock at the end of the day before, the day's movements by kind,
 * stock at the end of the day. The opening is the closing less the day's movements (the stock
 * is the sum of the movements, so this is the stock at the end of the day before, without
 * summing the whole history a second time); the tests check it against the previous date's
 * sheet, and the kinds against the closing. Types that neither held stock nor moved are left out.
 */
export function ticketLines(closing: StockLine[], moves: MovementView[]): TicketLine[] {
  return closing
    .map((type) => {
      const mine = moves.filter((m) => m.typeId === type.typeId);
      const count = (kind: MovementView['kind']) =>
        mine.filter((m) => m.kind === kind).reduce((s, m) => s + Math.abs(m.delta), 0);
      const amount = (kind: MovementView['kind'], cashOnly: boolean) =>
        mine
          .filter((m) => m.kind === kind && (!cashOnly || m.paymentMethod === 'cash'))
          .reduce((s, m) => s + (m.amountFen ?? 0), 0);
      return {
        typeId: type.typeId,
        name: type.name,
        priceFen: type.priceFen,
        opening: type.onHand - mine.reduce((s, m) => s + m.delta, 0),
        received: count('received'),
        sold: count('sold'),
        voided: count('voided'),
        returned: count('returned'),
        // adjustments keep their sign: a count found short is negative
        adjusted: mine.filter((m) => m.kind === 'adjusted').reduce((s, m) => s + m.delta, 0),
        closing: type.onHand,
        salesFen: amount('sold', false) - amount('voided', false),
        cashSalesFen: amount('sold', true) - amount('voided', true),
      };
    })
    .filter((l) => l.opening !== 0 || l.closing !== 0 || moves.some((m) => m.typeId === l.typeId));
}

/** The day's sales at a price other than the catalogue's, oldest first (004:461). */
export function priceExceptions(moves: MovementView[]): DaySheet['priceExceptions'] {
  return moves
    .filter(
      (m) =>
        m.kind === 'sold' &&
        m.catalogueFen !== null &&
        m.unitPriceFen !== null &&
        m.unitPriceFen !== m.catalogueFen,
    )
    .sort((a, b) => a.id - b.id)
    .map((m) => ({
      at: m.at,
      typeName: m.typeName,
      count: -m.delta,
      catalogueFen: m.catalogueFen!,
      unitPriceFen: m.unitPriceFen!,
      amountFen: m.amountFen ?? 0,
      sellerName: m.actorName,
      countersignedByName: m.countersignedByName,
      reason: m.reason,
    }));
}

/**
 * One line per person who held ticket cash that day: balance at the end of the day before, the
 * day's movements by kind (signed as they move the balance), balance at the end of the day. As
 * for tickets, the opening is the closing less the day's movements.
 */
export function cashHolders(
  closing: Map<number, number>,
  moved: { holderId: number; kind: CashMovementKind; deltaFen: number }[],
  names: ReadonlyMap<number, string>,
): CashHolder[] {
  const ids = [...new Set([...closing.keys(), ...moved.map((m) => m.holderId)])];
  return ids
    .map((id) => {
      const mine = moved.filter((m) => m.holderId === id);
      const of = (kind: CashMovementKind) =>
        mine.filter((m) => m.kind === kind).reduce((s, m) => s + m.deltaFen, 0);
      const closingFen = closing.get(id) ?? 0;
      return {
        userId: id,
        name: names.get(id) ?? `#${id}`,
        openingFen: closingFen - mine.reduce((s, m) => s + m.deltaFen, 0),
        salesFen: of('sale'),
        voidsFen: of('void'),
        transfersInFen: of('transfer_in'),
        transfersOutFen: of('transfer_out'),
        toCashierFen: of('to_cashier'),
        // a difference found at a hand-in (count_variance) or when a handover was counted (variance)
        varianceFen: of('count_variance') + of('variance'),
        closingFen,
      };
    })
    .filter((h) => h.openingFen !== 0 || h.closingFen !== 0 || moved.some((m) => m.holderId === h.userId))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.userId - b.userId);
}

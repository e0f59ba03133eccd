import { expect } from 'vitest';
import type { DaySheet } from '../../shared/contract/exports';

/**
 * An auditor's own book of what was done at the ticket desk, kept by the test as it acts and
 * never read from the app: every act with the business date it belongs to. A date's figures are
 * summed from the acts of that date and before, so the model does not share the app's way of
 * working an opening out (closing less the day's movements).
 */
type TicketAct =
  | { kind: 'received' | 'returned'; date: string; type: string; count: number }
  | { kind: 'sold' | 'voided'; date: string; type: string; count: number; fen: number; cash: boolean }
  | { kind: 'adjusted'; date: string; type: string; delta: number };

type CashAct =
  | { kind: 'sale' | 'void' | 'to_cashier' | 'count_variance'; date: string; who: string; fen: number }
  | { kind: 'transfer'; date: string; from: string; to: string; fen: number };

export interface ModelTicketLine {
  opening: number;
  received: number;
  sold: number;
  voided: number;
  returned: number;
  adjusted: number;
  closing: number;
  salesFen: number;
  cashSalesFen: number;
}

export interface ModelCashLine {
  openingFen: number;
  salesFen: number;
  voidsFen: number;
  transfersInFen: number;
  transfersOutFen: number;
  toCashierFen: number;
  varianceFen: number;
  closingFen: number;
}

export class DeskModel {
  private readonly tickets: TicketAct[] = [];
  private readonly cash: CashAct[] = [];

  receive(date: string, type: string, count: number): void {
    this.tickets.push({ kind: 'received', date, type, count });
  }

  returnToCinema(date: string, type: string, count: number): void {
    this.tickets.push({ kind: 'returned', date, type, count });
  }

  adjust(date: string, type: string, delta: number): void {
    this.tickets.push({ kind: 'adjusted', date, type, delta });
  }

  /** A sale of `count` tickets at `unitFen` each; cash goes into the seller's custody. */
  sell(date: string, who: string, type: string, count: number, unitFen: number, cash: boolean): void {
    this.tickets.push({ kind: 'sold', date, type, count, fen: count * unitFen, cash });
    if (cash) this.cash.push({ kind: 'sale', date, who, fen: count * unitFen });
  }

  /** A void of a sale, refunded (when cash) from the custody of the person voiding it. */
  void(date: string, who: string, type: string, count: number, unitFen: number, cash: boolean): void {
    this.tickets.push({ kind: 'voided', date, type, count, fen: count * unitFen, cash });
    if (cash) this.cash.push({ kind: 'void', date, who, fen: -count * unitFen });
  }

  /** Cash counted and handed to the cashier: a count off the ledger is a variance first. */
  handToCashier(date: string, who: string, countedFen: number, expectedFen = countedFen): void {
    if (countedFen !== expectedFen) {
      this.cash.push({ kind: 'count_variance', date, who, fen: countedFen - expectedFen });
    }
    if (countedFen !== 0) this.cash.push({ kind: 'to_cashier', date, who, fen: -countedFen });
  }

  transfer(date: string, from: string, to: string, fen: number): void {
    this.cash.push({ kind: 'transfer', date, from, to, fen });
  }

  ticketLine(date: string, type: string): ModelTicketLine {
    const mine = this.tickets.filter((a) => a.type === type);
    const stockAfter = (a: TicketAct): number =>
      a.kind === 'received' || a.kind === 'voided' ? a.count : a.kind === 'adjusted' ? a.delta : -a.count;
    const before = mine.filter((a) => a.date < date);
    const today = mine.filter((a) => a.date === date);
    const count = (kind: TicketAct['kind']) =>
      today.filter((a) => a.kind === kind).reduce((s, a) => s + ('count' in a ? a.count : a.delta), 0);
    const money = (kind: 'sold' | 'voided', cashOnly: boolean) =>
      today
        .filter((a) => a.kind === kind && (!cashOnly || a.cash))
        .reduce((s, a) => s + ('fen' in a ? a.fen : 0), 0);
    return {
      opening: before.reduce((s, a) => s + stockAfter(a), 0),
      received: count('received'),
      sold: count('sold'),
      voided: count('voided'),
      returned: count('returned'),
      adjusted: count('adjusted'),
      closing: [...before, ...today].reduce((s, a) => s + stockAfter(a), 0),
      salesFen: money('sold', false) - money('voided', false),
      cashSalesFen: money('sold', true) - money('voided', true),
    };
  }

  cashLine(date: string, who: string): ModelCashLine {
    const deltas = (a: CashAct): { kind: string; fen: number }[] => {
      if (a.kind !== 'transfer') return a.who === who ? [{ kind: a.kind, fen: a.fen }] : [];
      return [
        ...(a.from === who ? [{ kind: 'transfer_out', fen: -a.fen }] : []),
        ...(a.to === who ? [{ kind: 'transfer_in', fen: a.fen }] : []),
      ];
    };
    const before = this.cash.filter((a) => a.date < date).flatMap(deltas);
    const today = this.cash.filter((a) => a.date === date).flatMap(deltas);
    const of = (kind: string) => today.filter((d) => d.kind === kind).reduce((s, d) => s + d.fen, 0);
    const openingFen = before.reduce((s, d) => s + d.fen, 0);
    return {
      openingFen,
      salesFen: of('sale'),
      voidsFen: of('void'),
      transfersInFen: of('transfer_in'),
      transfersOutFen: of('transfer_out'),
      toCashierFen: of('to_cashier'),
      varianceFen: of('count_variance'),
      closingFen: openingFen + today.reduce((s, d) => s + d.fen, 0),
    };
  }

  /** Everything handed to the cashier on a date. */
  handedOn(date: string): number {
    return this.cash.filter((a) => a.date === date && a.kind === 'to_cashier').reduce((s, a) => s - a.fen, 0);
  }

  typesOf(date: string): string[] {
    return [...new Set(this.tickets.filter((a) => a.date <= date).map((a) => a.type))];
  }

  holdersOf(date: string): string[] {
    return [
      ...new Set(
        this.cash
          .filter((a) => a.date <= date)
          .flatMap((a) => (a.kind === 'transfer' ? [a.from, a.to] : [a.who])),
      ),
    ];
  }
}

/** The sheet's ticket and cash figures of its date are the model's, line by line and in total. */
export function expectSheetMatchesModel(sheet: DaySheet, model: DeskModel): void {
  const date = sheet.businessDate;
  for (const type of model.typesOf(date)) {
    const line = sheet.tickets.find((l) => l.name === type);
    const expected = model.ticketLine(date, type);
    if (!line) {
      expect(expected, `${date} ${type}: no line on the sheet`).toMatchObject({ opening: 0, closing: 0 });
      continue;
    }
    const { typeId: _id, name: _n, priceFen: _p, ...figures } = line;
    expect(figures, `${date} ${type}`).toEqual(expected);
  }
  for (const who of model.holdersOf(date)) {
    const line = sheet.cash.holders.find((h) => h.name === who);
    const expected = model.cashLine(date, who);
    if (!line) {
      expect(expected, `${date} ${who}: no cash line on the sheet`).toMatchObject({
        openingFen: 0,
        closingFen: 0,
      });
      continue;
    }
    const { userId: _id, name: _n, ...figures } = line;
    expect(figures, `${date} ${who}`).toEqual(expected);
  }
  expect(sheet.summary.handedToCashierFen, `${date} handed to the cashier`).toBe(model.handedOn(date));
}

/**
 * The sheet's own arithmetic: every line's opening plus its movements is its closing, every
 * summary figure is the sum of its lines, the counts signed at the close are of the stock the
 * sheet closes with, and the cash counted by denomination is what the counts say.
 */
export function expectSheetConsistent(sheet: DaySheet): void {
  const date = sheet.businessDate;
  const sum = <T>(rows: readonly T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);
  for (const l of sheet.tickets) {
    expect(l.opening + l.received - l.sold + l.voided - l.returned + l.adjusted, `${date} ${l.name}`).toBe(
      l.closing,
    );
  }
  for (const h of sheet.cash.holders) {
    expect(
      h.openingFen +
        h.salesFen +
        h.voidsFen +
        h.transfersInFen +
        h.transfersOutFen +
        h.toCashierFen +
        h.varianceFen,
      `${date} ${h.name}`,
    ).toBe(h.closingFen);
  }
  const s = sheet.summary;
  expect(s.ticketsSold).toBe(sum(sheet.tickets, (l) => l.sold - l.voided));
  expect(s.ticketSalesFen).toBe(sum(sheet.tickets, (l) => l.salesFen));
  expect(s.ticketCashFen).toBe(sum(sheet.tickets, (l) => l.cashSalesFen));
  const toCashier = sum(
    sheet.cash.transfers.filter((t) => t.kind === 'to_cashier'),
    (t) => t.amountFen,
  );
  expect(s.handedToCashierFen).toBe(toCashier);
  expect(sum(sheet.cash.holders, (h) => h.toCashierFen) + toCashier).toBe(0);
  const close = sheet.close;
  if (!close) return;
  if (close.closed) {
    for (const c of close.ticketCounts) {
      const line = sheet.tickets.find((l) => l.typeId === c.typeId);
      expect(c.expected, `${date} ${c.name}: counted against the closing stock`).toBe(line?.closing ?? 0);
    }
  }
  const byPieces = sum(close.cashByDenomination, (d) => d.denominationFen * d.pieces);
  expect(byPieces, `${date}: the pieces are the counts`).toBe(sum(close.cashCounts, (c) => c.countedFen));
  expect(close.handedToCashierFen).toBe(sum(close.cashCounts, (c) => c.handedFen));
}

import type { DaySheet } from '../../../../../shared/contract/exports';
import { AppError } from '../../../../../shared/domain/errors';
import type { ReadCallContext } from '../../../context';
import { sheetFingerprint } from '../../audit';
import { callsOn } from '../../calls';
import { cashMovedOn, expectedCash } from '../../cash/custody';
import { listTransfers } from '../../cash/transfers';
import { depositDayFacts } from '../../holds';
import { holdEventsOn } from '../../holds/export';
import { copiesOutAt } from '../../keys/dayCheck';
import { listMovements as keyMovements } from '../../keys/register-list';
import { expectedStock, listMovements as ticketMovements } from '../../tickets/stock';
import { visitsOn } from '../../visits/views';
import { peopleSection } from '../../attendance';
import { closeSection, handoverSection } from './ports';
import { cashHolders, priceExceptions, ticketLines } from './figures';
import { moneySection } from './moneySection';

/** No ledger holds more than this in a day; the readers are paged, the sheet wants all of it. */
const ALL = 1_000_000;

/** A date still to come has no sheet (the desk cannot reconcile what has not happened). */
export function requireSheetDate(ctx: ReadCallContext, date: string): void {
  if (date > ctx.businessDate) throw new AppError('DAYSHEET_FUTURE_DATE', { date, today: ctx.businessDate });
}

/**
 * The day's reconciliation sheet, assembled from each ledger's own service functions (this module
 * reads no ledger table itself). Every figure is derived from movements dated up to `date`, so a
 * closed day re-exports with the same figures whenever it is asked for.
 */
export async function buildDaySheet(ctx: ReadCallContext, date: string): Promise<DaySheet> {
  requireSheetDate(ctx, date);
  const names = ctx.staffNames();

  const movements = await ticketMovements(ctx, { fromDate: date, toDate: date, limit: ALL });
  const tickets = ticketLines(await expectedStock(ctx.db, { businessDate: date }), movements);
  const transfers = (await listTransfers(ctx, { businessDate: date, limit: ALL })).reverse();
  const holders = cashHolders(
    await expectedCash(ctx.db, { businessDate: date }),
    await cashMovedOn(ctx.db, date),
    names,
  );
  const visits = await visitsOn(ctx, date);
  const calls = await callsOn(ctx, date);
  const holdEvents = await holdEventsOn(ctx, date);
  // The events of the holds the reader may read of the 销控 (000:719-721): every one for the
  // manager and deputy, their own for anyone else — so the customers shown are theirs to see.
  const keyMoves = (
    await keyMovements(ctx, { from: date, to: date, limit: 5000 }, { maskPhones: true })
  ).reverse();
  const keysOut = await copiesOutAt(ctx, date);
  const close = await closeSection(ctx, date);
  const handovers = await handoverSection(ctx, date);
  const deposits = await depositDayFacts(ctx, date);
  const people = await peopleSection(ctx, date);

  const holdCount = (kind: string) => holdEvents.filter((e) => e.kind === kind).length;
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((s, r) => s + pick(r), 0);
  const sheet: Omit<DaySheet, 'money'> = {
    project: ctx.settings.projectName,
    businessDate: date,
    generatedAt: ctx.at,
    closed: close?.closed ?? false,
    summary: {
      visits: {
        total: visits.length,
        new: visits.filter((v) => !v.returning).length,
        returning: visits.filter((v) => v.returning).length,
        people: sum(visits, (v) => v.partySize),
      },
      calls: {
        total: calls.length,
        new: calls.filter((c) => !c.returning).length,
        returning: calls.filter((c) => c.returning).length,
        invited: calls.filter((c) => c.invitedFor !== null).length,
      },
      holds: {
        requested: holdCount('requested'),
        approved: holdCount('approved'),
        deposits: holdCount('deposit'),
        released: holdCount('released'),
        signed: holdCount('signed'),
      },
      depositsFen: sum(
        holdEvents.filter((e) => e.kind === 'deposit'),
        (e) => e.amountFen ?? 0,
      ),
      ticketsSold: sum(tickets, (l) => l.sold - l.voided),
      ticketSalesFen: sum(tickets, (l) => l.salesFen),
      ticketCashFen: sum(tickets, (l) => l.cashSalesFen),
      handedToCashierFen: sum(
        transfers.filter((t) => t.kind === 'to_cashier'),
        (t) => t.amountFen,
      ),
      keysOut: keysOut.length,
      handovers: handovers.length,
    },
    tickets,
    priceExceptions: priceExceptions(movements),
    cash: {
      holders,
      transfers: transfers.map((t) => ({
        at: t.at,
        kind: t.kind,
        fromName: t.fromName,
        toName: t.toName,
        expectedFen: t.expectedFen,
        amountFen: t.amountFen,
        varianceFen: t.varianceFen,
        explanation: t.explanation,
      })),
    },
    visits: visits.map((v) => ({
      arrivedAt: v.arrivedAt,
      leftAt: v.leftAt,
      customerName: v.customer.name,
      phone: v.customer.phone,
      partySize: v.partySize,
      channel: v.channel,
      returning: v.returning,
      consultantName: v.consultantName,
      chosenBy: v.chosenBy,
      outcome: v.outcome,
    })),
    calls: calls.map((c) => ({
      at: c.at,
      callerName: c.customer.name,
      phone: c.customer.phone,
      channel: c.channel,
      returning: c.returning,
      answeredBy: c.answeredBy,
      topic: c.topic,
      invitedFor: c.invitedFor,
    })),
    holdEvents: holdEvents.map((e) => ({
      at: e.at,
      unitLabel: e.unitLabel,
      kind: e.kind,
      actorName: e.actorName,
      consultantName: e.consultantName,
      customerName: e.customerName,
      phone: e.customerPhone,
      amountFen: e.amountFen,
      receiptNo: e.receiptNo,
      reason: e.reason,
    })),
    keys: {
      movements: keyMoves.map((m) => ({
        at: m.at,
        tag: m.tag,
        keyName: m.keyName,
        copyNo: m.copyNo,
        kind: m.kind,
        holderName: m.holder?.name ?? null,
        byName: m.byName,
        purpose: m.purpose,
        reason: m.reason,
      })),
      out: keysOut.map((k) => ({
        tag: k.tag,
        keyName: k.keyName,
        copyNo: k.copyNo,
        holderName: k.holderName,
        since: k.since,
        overnightReason: k.overnightReason,
      })),
    },
    close,
    handovers,
    deposits,
    people,
    fingerprint: await sheetFingerprint(ctx, date, close?.closed ?? false),
  };
  return { ...sheet, money: await moneySection(ctx, date, sheet) };
}

import { sql } from 'kysely';
import { selectSql, type ReadableDB } from '../../../../db/access';
import { inJson } from '../../../../db/rows';
import type { TakingsLedgerLine, TakingsView } from '../../../../shared/contract/dayclose';
import { AppError } from '../../../../shared/domain/errors';
import { formatFen } from '../../../../shared/domain/money';
import { DEPOSIT_METHOD_LABELS, TAKINGS_METHODS, type TakingsMethod } from '../../../../shared/domain/vocab';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { depositDayFacts } from '../holds';
import { listMovements } from '../tickets/stock';
import { eventsOf } from './events';
import { requireClosable } from './rules';

/**
 * Non-cash takings at the close (000:595-597, 帐实相符). For every method but cash, the ledger's
 * figure of the date is what that method's statement reports for the day: the tickets sold by it
 * (less voids), the deposits 定金 taken by it, less the refunds 退定 the cashier paid out by it
 * (a merchant or bank statement nets what left the same account). The cashier types each
 * statement's figure, explains any difference and signs with her PIN; the confirmation belongs
 * to the close written next (`after_seq`), so a reopened date is confirmed again and each close
 * keeps its own figures.
 */

/** No ledger holds more than this in a day. */
const ALL = 1_000_000;

const label = (ctx: ReadCallContext, method: TakingsMethod) => DEPOSIT_METHOD_LABELS[method][ctx.locale];

/** The ledger's non-cash takings of a date, one line per method, in the vocabulary's order. */
export async function takingsLedger(ctx: ReadCallContext, date: string): Promise<TakingsLedgerLine[]> {
  const moves = await listMovements(ctx, { fromDate: date, toDate: date, limit: ALL });
  const deposits = await depositDayFacts(ctx, date);
  return TAKINGS_METHODS.map((method) => {
    const tickets = (kind: 'sold' | 'voided') =>
      moves
        .filter((m) => m.kind === kind && m.paymentMethod === method)
        .reduce((s, m) => s + (m.amountFen ?? 0), 0);
    const ticketsFen = tickets('sold') - tickets('voided');
    const depositsFen = deposits.byMethod.find((d) => d.method === method)?.amountFen ?? 0;
    const refundsFen = deposits.refunds.paidByMethod.find((d) => d.method === method)?.amountFen ?? 0;
    return { method, ticketsFen, depositsFen, refundsFen, ledgerFen: ticketsFen + depositsFen - refundsFen };
  });
}

/** Every confirmation of a date by the close it is for (`after_seq`), the latest of each. */
export async function takingsOfDate(
  ctx: Pick<ReadCallContext, 'db' | 'staffNames'>,
  date: string,
): Promise<Map<number, TakingsView>> {
  return (await takingsOfDates(ctx, [date])).get(date) ?? new Map();
}

/** One confirmation's line, as takingsRows answers it (null line columns: a head without lines). */
type TakingsRow = [
  id: number,
  forDate: string,
  afterSeq: number,
  cashierId: number,
  actorId: number,
  at: string,
  method: TakingsMethod | null,
  ticketsFen: number,
  depositsFen: number,
  refundsFen: number,
  ledgerFen: number,
  statementFen: number,
  explanation: string | null,
];

/**
 * The confirmations of some dates with their lines, as one JSON text in the order they were
 * written: a month of closes is ~120 rows, whose row objects cost more than the query.
 */
async function takingsRows(db: ReadableDB, dates: string[]) {
  // a `sql` text: compiled in microseconds, where building the same select costs ~70 µs a call
  const answer = await selectSql(
    db,
    sql<{ rows: string | null }>`
      SELECT json_group_array(json_array(h.id, h.for_date, h.after_seq, h.cashier_id, h.actor_id,
          h.at, l.method, l.tickets_fen, l.deposits_fen, l.refunds_fen, l.ledger_fen,
          l.statement_fen, l.explanation) ORDER BY h.id, l.id) AS rows
      FROM day_close_takings AS h
      LEFT JOIN day_close_takings_lines AS l ON l.takings_id = h.id
      WHERE h.for_date IN ${inJson(dates)}`,
  );
  return answer.rows[0];
}

/** As `takingsOfDate`, for several dates at once (the list of closes). */
export async function takingsOfDates(
  ctx: Pick<ReadCallContext, 'db' | 'staffNames'>,
  dates: string[],
): Promise<Map<string, Map<number, TakingsView>>> {
  const result = new Map<string, Map<number, TakingsView>>();
  if (dates.length === 0) return result;
  const text = (await takingsRows(ctx.db, dates))?.rows;
  if (!text) return result;
  const names = ctx.staffNames();
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const order = (m: TakingsMethod) => TAKINGS_METHODS.indexOf(m);
  let head = { id: 0, lines: [] as TakingsView['lines'] };
  for (const row of JSON.parse(text) as TakingsRow[]) {
    const [id, forDate, afterSeq, cashierId, actorId, at, method] = row;
    if (head.id !== id) {
      const view: TakingsView = { at, cashierName: name(cashierId), confirmedBy: name(actorId), lines: [] };
      head = { id, lines: view.lines };
      const byClose = result.get(forDate) ?? new Map<number, TakingsView>();
      // a later confirmation for the same close replaces the earlier (ordered by id)
      byClose.set(afterSeq, view);
      result.set(forDate, byClose);
    }
    if (method === null) continue;
    const [, , , , , , , ticketsFen, depositsFen, refundsFen, ledgerFen, statementFen, explanation] = row;
    head.lines.push({
      method,
      ticketsFen,
      depositsFen,
      refundsFen,
      ledgerFen,
      statementFen,
      differenceFen: statementFen - ledgerFen,
      explanation,
    });
  }
  for (const byClose of result.values()) {
    for (const view of byClose.values()) view.lines.sort((a, b) => order(a.method) - order(b.method));
  }
  return result;
}

async function closeEventsOf(db: ReadableDB, date: string): Promise<number> {
  return (await eventsOf(db, date)).length;
}

/** The confirmation for the close to come of an open date, or null. */
export async function pendingTakings(ctx: ReadCallContext, date: string): Promise<TakingsView | null> {
  return (await takingsOfDate(ctx, date)).get(await closeEventsOf(ctx.db, date)) ?? null;
}

/** The cashier (countersigned by the router) confirms every method's statement figure. */
export async function confirmTakings(
  ctx: CallContext,
  input: {
    businessDate: string;
    lines: { method: TakingsMethod; statementFen: number; explanation?: string }[];
  },
): Promise<TakingsView> {
  const actor = requireActor(ctx);
  const cashier = ctx.countersigner;
  if (!cashier) throw new Error('confirmTakings needs the countersign the router checks');
  const date = input.businessDate;
  await requireClosable(ctx, date);
  const ledger = await takingsLedger(ctx, date);
  const given = new Map(input.lines.map((l) => [l.method, l]));
  const missing = TAKINGS_METHODS.filter((m) => !given.has(m));
  if (missing.length > 0 || given.size !== input.lines.length) {
    throw new AppError('DAYCLOSE_TAKINGS_MISSING', {
      methods: (missing.length > 0 ? missing : TAKINGS_METHODS).map((m) => label(ctx, m)).join('、'),
    });
  }
  for (const line of ledger) {
    const typed = given.get(line.method)!;
    if (typed.statementFen !== line.ledgerFen && !typed.explanation) {
      throw new AppError('DAYCLOSE_TAKINGS_UNEXPLAINED', {
        method: label(ctx, line.method),
        statement: formatFen(typed.statementFen),
        ledger: formatFen(line.ledgerFen),
      });
    }
  }
  const head = await ctx.writer.insert('day_close_takings', {
    for_date: date,
    after_seq: await closeEventsOf(ctx.db, date),
    cashier_id: cashier.id,
    actor_id: actor.id,
    at: ctx.at,
    business_date: date,
  });
  for (const line of ledger) {
    const typed = given.get(line.method)!;
    await ctx.writer.insert('day_close_takings_lines', {
      takings_id: head.id,
      method: line.method,
      tickets_fen: line.ticketsFen,
      deposits_fen: line.depositsFen,
      refunds_fen: line.refundsFen,
      ledger_fen: line.ledgerFen,
      statement_fen: typed.statementFen,
      explanation: typed.statementFen === line.ledgerFen ? null : typed.explanation!,
    });
  }
  return (await pendingTakings(ctx, date))!;
}

/**
 * Before a close: with any non-cash takings in the ledger, the cashier has confirmed them for
 * this close, and nothing has moved them since (a sale after her check is checked again).
 */
export async function requireTakingsConfirmed(ctx: ReadCallContext, date: string): Promise<void> {
  const ledger = await takingsLedger(ctx, date);
  const confirmed = await pendingTakings(ctx, date);
  if (!confirmed) {
    if (ledger.some((l) => l.ticketsFen !== 0 || l.depositsFen !== 0 || l.refundsFen !== 0)) {
      throw new AppError('DAYCLOSE_TAKINGS_NOT_CONFIRMED', { date });
    }
    return;
  }
  for (const line of ledger) {
    const then = confirmed.lines.find((l) => l.method === line.method);
    if (!then || then.ledgerFen !== line.ledgerFen) {
      throw new AppError('DAYCLOSE_TAKINGS_STALE', {
        method: label(ctx, line.method),
        confirmed: formatFen(then?.ledgerFen ?? 0),
        now: formatFen(line.ledgerFen),
      });
    }
  }
}

/**
 * The statements the sheet shows for a date: the latest confirmation — for a closed date, its
 * final close's (no confirmation is taken while a date is closed).
 */
export async function latestTakings(ctx: ReadCallContext, date: string): Promise<TakingsView | null> {
  const byClose = await takingsOfDate(ctx, date);
  const last = Math.max(-1, ...byClose.keys());
  return byClose.get(last) ?? null;
}

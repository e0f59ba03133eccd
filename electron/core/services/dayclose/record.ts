import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type {
  DayCloseCashCountsTable,
  DayCloseSignaturesTable,
  DayCloseStockTable,
} from '../../../../db/schema';
import {
  closeSummaryOf,
  DENOMINATIONS_FEN,
  type CashCountView,
  type CloseRecord,
  type CloseSummary,
} from '../../../../shared/contract/dayclose';
import { countsByIds } from '../tickets/counts';
import { jsonTable, rowObjects } from '../../../../db/rows';
import type { CallReader, ReadCallContext } from '../../context';
import { closeFingerprintOf, closeFingerprintsOf } from '../audit';
import { readerOf } from '../users';
import { datesWithEvents, eventsOf, type CloseEventRow } from './events';
import { takingsOfDate } from './takings';
import type { TakingsView } from '../../../../shared/contract/dayclose';
import {
  COUNT_COLUMNS,
  COUNTS_OF_DATES,
  EVENT_COLUMNS,
  EVENTS_OF_DATES,
  SIGNATURE_COLUMNS,
  SIGNATURES_OF_CLOSES,
} from './recordQueries';

export type CashCountRow = Selectable<DayCloseCashCountsTable>;
export type StockRow = Selectable<DayCloseStockTable>;
export type SignatureRow = Selectable<DayCloseSignaturesTable>;

/** What the close stored of the key check: complete or not, and the copies out overnight. */
export type StoredKeyCheck = NonNullable<CloseRecord['keyCheck']>;

export function piecesOf(row: CashCountRow): { fen: number; count: number }[] {
  return DENOMINATIONS_FEN.map((fen) => ({ fen, count: row[`n${fen}`] }));
}

export function toCashCountView(row: CashCountRow, names: ReadonlyMap<number, string>): CashCountView {
  return {
    id: row.id,
    at: row.at,
    countedBy: names.get(row.actor_id) ?? `#${row.actor_id}`,
    pieces: piecesOf(row),
    countedFen: row.total_fen,
    expectedFen: row.expected_fen,
    varianceFen: row.variance_fen,
    explanation: row.explanation,
    handedFen: row.transfer_id === null ? 0 : row.total_fen,
    cashierName: row.cashier_id === null ? null : (names.get(row.cashier_id) ?? `#${row.cashier_id}`),
  };
}

export async function cashCountsOf(db: ReadableDB, date: string): Promise<CashCountRow[]> {
  return db
    .selectFrom('day_close_cash_counts')
    .selectAll()
    .where('for_date', '=', date)
    .orderBy('id')
    .execute();
}

/** The rows of one date's close that a record is built from (stock and signatures of every close). */
interface CloseRows {
  events: CloseEventRow[];
  counts: CashCountRow[];
  stock: StockRow[];
  signatures: SignatureRow[];
  /** The stock counts of the closes, as counted (the drawer at that instant), by count id. */
  onHand: ReadonlyMap<number, { expected: number; counted: number }>;
  /** The fingerprint the latest close recorded (services/audit). */
  fingerprint: string | null;
  /** The cashier's confirmations of the non-cash takings, by the close events before each. */
  takings: ReadonlyMap<number, TakingsView>;
}

type StockLine = CloseRecord['stock'][number];

/** The stock counts of closes (`eventIds` not empty), by type name. */
function stockQuery(db: ReadableDB, eventIds: number[]) {
  return db
    .selectFrom('day_close_stock')
    .selectAll()
    .where('event_id', 'in', eventIds)
    .orderBy('event_id')
    .orderBy('type_name')
    .orderBy('type_id');
}

/** The signatures of closes (`eventIds` not empty), in the order they were given. */
function signaturesQuery(db: ReadableDB, eventIds: number[]) {
  return db.selectFrom('day_close_signatures').selectAll().where('event_id', 'in', eventIds).orderBy('id');
}

function stockOf(db: ReadableDB, eventIds: number[]): Promise<StockRow[]> {
  return eventIds.length === 0 ? Promise.resolve([]) : stockQuery(db, eventIds).execute();
}

function signaturesOf(db: ReadableDB, eventIds: number[]): Promise<SignatureRow[]> {
  return eventIds.length === 0 ? Promise.resolve([]) : signaturesQuery(db, eventIds).execute();
}

/** A stock line of a close: the date's figures, and the drawer as it was counted. */
function stockLine(s: StockRow, onHand: CloseRows['onHand']): StockLine {
  // Closes stored before the count was referred to the date's end counted the date's own stock.
  const count = onHand.get(s.ticket_count_id) ?? { expected: s.expected, counted: s.counted };
  return {
    typeId: s.type_id,
    typeName: s.type_name,
    expected: s.expected,
    counted: s.counted,
    variance: s.variance,
    explanation: s.explanation,
    countedOnHand: count.counted,
    afterwards: count.expected - s.expected,
  };
}

/**
 * One date's close record from its rows: the single builder behind `closeRecordOf` and
 * `closeSummaries`, so the list and the record of a date can never differ.
 */
function buildRecord(businessDate: string, rows: CloseRows, names: ReadonlyMap<number, string>): CloseRecord {
  const { events, counts, stock, signatures, onHand, fingerprint, takings } = rows;
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const last = events.at(-1);
  const cashCounts = counts.map((c) => toCashCountView(c, names));
  const closes = events
    .filter((e) => e.kind === 'closed')
    .map((e) => ({
      id: e.id,
      at: e.at,
      by: name(e.actor_id),
      keyCheck: e.key_check,
      stock: stock.filter((s) => s.event_id === e.id).map((s) => stockLine(s, onHand)),
      signatures: signatures
        .filter((s) => s.event_id === e.id)
        .map((s) => ({ role: s.role, userId: s.user_id, name: name(s.user_id), at: s.at })),
      takings: takings.get(e.seq - 1) ?? null,
    }));
  const lastClose = closes.at(-1);
  return {
    businessDate,
    status: !last ? 'open' : last.kind === 'closed' ? 'closed' : 'reopened',
    closedAt: lastClose?.at ?? null,
    closedBy: lastClose?.by ?? null,
    stock: lastClose?.stock ?? [],
    cash: cashCounts.at(-1) ?? null,
    cashCounts,
    handedFen: cashCounts.reduce((sum, c) => sum + c.handedFen, 0),
    cashierName: cashCounts.findLast((c) => c.cashierName !== null)?.cashierName ?? null,
    keyCheck: lastClose?.keyCheck ? (JSON.parse(lastClose.keyCheck) as StoredKeyCheck) : null,
    signatures: lastClose?.signatures ?? [],
    takings: lastClose?.takings ?? null,
    reopenings: events
      .filter((e) => e.kind === 'reopened')
      .map((e) => ({ at: e.at, by: name(e.actor_id), reason: e.reason ?? '' })),
    closes: closes.map(({ at, by, stock: lines, signatures: signed, takings: confirmed }) => ({
      at,
      by,
      stock: lines,
      signatures: signed,
      takings: confirmed,
    })),
    history: events.map((e) => ({ kind: e.kind, at: e.at, by: name(e.actor_id), reason: e.reason })),
    fingerprint: lastClose ? fingerprint : null,
  };
}

/**
 * The close of one business date as the reconciliation sheet prints it, derived from the close
 * ledger: the latest close's counts, key check and signatures, every cash count of the date, and
 * the reopen history. Null when nothing was ever counted or closed for the date.
 */
export async function closeRecordOf(
  source: CallReader | ReadableDB,
  businessDate: string,
): Promise<CloseRecord | null> {
  const reader = await readerOf(source);
  const { db } = reader;
  const events = await eventsOf(db, businessDate);
  const counts = await cashCountsOf(db, businessDate);
  if (events.length === 0 && counts.length === 0) return null;
  const closeIds = events.filter((e) => e.kind === 'closed').map((e) => e.id);
  const [stock, signatures] = [await stockOf(db, closeIds), await signaturesOf(db, closeIds)];
  const onHand = await countsByIds(
    db,
    stock.map((s) => s.ticket_count_id),
  );
  const fingerprint = closeIds.length > 0 ? await closeFingerprintOf({ db }, businessDate) : null;
  const takings = await takingsOfDate(reader, businessDate);
  return buildRecord(
    businessDate,
    { events, counts, stock, signatures, onHand, fingerprint, takings },
    reader.staffNames(),
  );
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

/**
 * The dates that were ever closed, newest first, each as the list of closes shows it (its
 * summary). The rows of all the dates are read in one query per table (not one per date), each
 * table's as one JSON text (see jsonTable); each summary is taken from the record `buildRecord`
 * makes of them — without the counts of stock and the takings, which no summary field depends on
 * — so the list and the record of a date can never differ.
 */
export async function closeSummaries(ctx: ReadCallContext, limit: number): Promise<CloseSummary[]> {
  const { db, raw } = ctx;
  const dates = await datesWithEvents(db, limit);
  if (dates.length === 0) return [];
  const ofDates = [JSON.stringify(dates)];
  const events = rowObjects<CloseEventRow>(jsonTable(raw, EVENTS_OF_DATES(db), ofDates), EVENT_COLUMNS);
  const counts = rowObjects<CashCountRow>(jsonTable(raw, COUNTS_OF_DATES(db), ofDates), COUNT_COLUMNS);
  const eventsByDate = groupBy(events, (e) => e.for_date);
  const closeIds = events.filter((e) => e.kind === 'closed').map((e) => e.id);
  const signatures = rowObjects<SignatureRow>(
    jsonTable(raw, SIGNATURES_OF_CLOSES(db), [JSON.stringify(closeIds)]),
    SIGNATURE_COLUMNS,
  );
  const closeDateOf = new Map(events.map((e) => [e.id, e.for_date]));
  const signaturesByDate = groupBy(signatures, (s) => closeDateOf.get(s.event_id));
  const countsByDate = groupBy(counts, (c) => c.for_date);
  const fingerprints = await closeFingerprintsOf(ctx, dates);
  const names = ctx.staffNames();
  return dates.map((date) =>
    closeSummaryOf(
      buildRecord(
        date,
        {
          events: eventsByDate.get(date) ?? [],
          counts: countsByDate.get(date) ?? [],
          stock: [],
          signatures: signaturesByDate.get(date) ?? [],
          onHand: new Map(),
          fingerprint: fingerprints.get(date) ?? null,
          takings: new Map(),
        },
        names,
      ),
    ),
  );
}

import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import type {
  DayCloseCashCountsTable,
  DayCloseSignaturesTable,
  DayCloseStockTable,
} from '../../../../db/schema';
import {
  DENOMINATIONS_FEN,
  type CashCountView,
  type CloseRecord,
} from '../../../../shared/contract/dayclose';
import { jsonTable, rowObjects } from '../../../../db/rows';
import type { CallReader, ReadCallContext } from '../../context';
import { closeFingerprintOf, closeFingerprintsOf } from '../audit';
import { readerOf } from '../users';
import { datesWithEvents, eventsOf, type CloseEventRow } from './events';
import {
  COUNT_COLUMNS,
  COUNTS_OF_DATES,
  EVENT_COLUMNS,
  EVENTS_OF_DATES,
  SIGNATURE_COLUMNS,
  SIGNATURES_OF_CLOSES,
  STOCK_COLUMNS,
  STOCK_OF_CLOSES,
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

/** The rows of one date's close that a record is built from (stock and signatures of its last close). */
interface CloseRows {
  events: CloseEventRow[];
  counts: CashCountRow[];
  stock: StockRow[];
  signatures: SignatureRow[];
  /** The fingerprint the latest close recorded (services/audit). */
  fingerprint: string | null;
}

function lastCloseOf(events: readonly CloseEventRow[]): CloseEventRow | null {
  return events.findLast((e) => e.kind === 'closed') ?? null;
}

/** The stock counts of closes (`eventIds` not empty), by type name. */
function stockQuery(db: ReadableDB, eventIds: number[]) {
  return db
    .selectFrom('day_close_stock')
    .selectAll()
    .where('event_id', 'in', eventIds)
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

/**
 * One date's close record from its rows: the single builder behind `closeRecordOf` and
 * `closeRecords`, so the list and the record of a date can never differ.
 */
function buildRecord(businessDate: string, rows: CloseRows, names: ReadonlyMap<number, string>): CloseRecord {
  const { events, counts, stock, signatures, fingerprint } = rows;
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const last = events.at(-1);
  const lastClose = lastCloseOf(events);
  const cashCounts = counts.map((c) => toCashCountView(c, names));
  const cash = cashCounts.at(-1) ?? null;
  return {
    businessDate,
    status: !last ? 'open' : last.kind === 'closed' ? 'closed' : 'reopened',
    closedAt: lastClose?.at ?? null,
    closedBy: lastClose ? name(lastClose.actor_id) : null,
    stock: stock.map((s) => ({
      typeId: s.type_id,
      typeName: s.type_name,
      expected: s.expected,
      counted: s.counted,
      variance: s.variance,
      explanation: s.explanation,
    })),
    cash,
    cashCounts,
    handedFen: cashCounts.reduce((sum, c) => sum + c.handedFen, 0),
    cashierName: cashCounts.findLast((c) => c.cashierName !== null)?.cashierName ?? null,
    keyCheck: lastClose?.key_check ? (JSON.parse(lastClose.key_check) as StoredKeyCheck) : null,
    signatures: signatures.map((s) => ({ role: s.role, userId: s.user_id, name: name(s.user_id), at: s.at })),
    reopenings: events
      .filter((e) => e.kind === 'reopened')
      .map((e) => ({ at: e.at, by: name(e.actor_id), reason: e.reason ?? '' })),
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
  const lastClose = lastCloseOf(events);
  const closeIds = lastClose ? [lastClose.id] : [];
  const [stock, signatures] = [await stockOf(db, closeIds), await signaturesOf(db, closeIds)];
  const fingerprint = lastClose ? await closeFingerprintOf({ db }, businessDate) : null;
  return buildRecord(businessDate, { events, counts, stock, signatures, fingerprint }, reader.staffNames());
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
 * The dates that were ever closed, newest first, each as its close record. The rows of all the
 * dates are read in one query per table (not five per date), each table's as one JSON text (a
 * month of closes is some 220 rows: see jsonTable), in the order `closeRecordOf` reads them;
 * then each record is built as `closeRecordOf` builds it.
 */
export async function closeRecords(ctx: ReadCallContext, limit: number): Promise<CloseRecord[]> {
  const { db, raw } = ctx;
  const dates = await datesWithEvents(db, limit);
  if (dates.length === 0) return [];
  const ofDates = [JSON.stringify(dates)];
  const events = rowObjects<CloseEventRow>(jsonTable(raw, EVENTS_OF_DATES(db), ofDates), EVENT_COLUMNS);
  const counts = rowObjects<CashCountRow>(jsonTable(raw, COUNTS_OF_DATES(db), ofDates), COUNT_COLUMNS);
  const eventsByDate = groupBy(events, (e) => e.for_date);
  const closeIds = dates.flatMap((d) => lastCloseOf(eventsByDate.get(d) ?? [])?.id ?? []);
  const ofCloses = [JSON.stringify(closeIds)];
  const stock = rowObjects<StockRow>(jsonTable(raw, STOCK_OF_CLOSES(db), ofCloses), STOCK_COLUMNS);
  const signatures = rowObjects<SignatureRow>(
    jsonTable(raw, SIGNATURES_OF_CLOSES(db), ofCloses),
    SIGNATURE_COLUMNS,
  );
  const stockByEvent = groupBy(stock, (s) => s.event_id);
  const signaturesByEvent = groupBy(signatures, (s) => s.event_id);
  const countsByDate = groupBy(counts, (c) => c.for_date);
  const fingerprints = await closeFingerprintsOf(ctx, dates);
  const names = ctx.staffNames();
  return dates.map((date) => {
    const dateEvents = eventsByDate.get(date) ?? [];
    const closeId = lastCloseOf(dateEvents)?.id;
    return buildRecord(
      date,
      {
        events: dateEvents,
        counts: countsByDate.get(date) ?? [],
        stock: closeId === undefined ? [] : (stockByEvent.get(closeId) ?? []),
        signatures: closeId === undefined ? [] : (signaturesByEvent.get(closeId) ?? []),
        fingerprint: fingerprints.get(date) ?? null,
      },
      names,
    );
  });
}

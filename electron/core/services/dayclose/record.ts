import type { Kysely, Selectable } from 'kysely';
import type { Database, DayCloseCashCountsTable } from '../../../../db/schema';
import {
  DENOMINATIONS_FEN,
  type CashCountView,
  type CloseRecord,
} from '../../../../shared/contract/dayclose';
import { listUsers } from '../users';
import { datesWithEvents, eventsOf } from './state';

type CashCountRow = Selectable<DayCloseCashCountsTable>;

/** What the close stored of the key check: complete or not, and the copies out overnight. */
export type StoredKeyCheck = NonNullable<CloseRecord['keyCheck']>;

async function namesOf(db: Kysely<Database>): Promise<Map<number, string>> {
  return new Map((await listUsers(db, true)).map((u) => [u.id, u.name]));
}

export function piecesOf(row: CashCountRow): { fen: number; count: number }[] {
  return DENOMINATIONS_FEN.map((fen) => ({ fen, count: row[`n${fen}`] }));
}

export function toCashCountView(row: CashCountRow, names: Map<number, string>): CashCountView {
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

export async function cashCountsOf(db: Kysely<Database>, date: string): Promise<CashCountRow[]> {
  return db
    .selectFrom('day_close_cash_counts')
    .selectAll()
    .where('for_date', '=', date)
    .orderBy('id')
    .execute();
}

/**
 * The close of one business date as the reconciliation sheet prints it, derived from the close
 * ledger: the latest close's counts, key check and signatures, every cash count of the date, and
 * the reopen history. Null when nothing was ever counted or closed for the date.
 */
export async function closeRecordOf(db: Kysely<Database>, businessDate: string): Promise<CloseRecord | null> {
  const events = await eventsOf(db, businessDate);
  const counts = await cashCountsOf(db, businessDate);
  if (events.length === 0 && counts.length === 0) return null;
  const names = await namesOf(db);
  const name = (id: number) => names.get(id) ?? `#${id}`;
  const last = events.at(-1);
  const lastClose = events.filter((e) => e.kind === 'closed').at(-1) ?? null;
  const stock = lastClose
    ? await db
        .selectFrom('day_close_stock')
        .selectAll()
        .where('event_id', '=', lastClose.id)
        .orderBy('type_name')
        .orderBy('type_id')
        .execute()
    : [];
  const signatures = lastClose
    ? await db
        .selectFrom('day_close_signatures')
        .selectAll()
        .where('event_id', '=', lastClose.id)
        .orderBy('id')
        .execute()
    : [];
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
  };
}

/** The dates that were ever closed, newest first, each as its close record. */
export async function closeRecords(db: Kysely<Database>, limit: number): Promise<CloseRecord[]> {
  const records: CloseRecord[] = [];
  for (const date of await datesWithEvents(db, limit)) {
    const record = await closeRecordOf(db, date);
    if (record) records.push(record);
  }
  return records;
}

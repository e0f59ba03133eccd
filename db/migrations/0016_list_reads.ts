import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the paged lists and boards of a ledger of years. No table or rule changes (IF NOT EXISTS: a
 * migration test puts a ledger back before 0012 and migrates it forward again).
 *
 * - A hold's events with the facts its status is derived from (kind, expiry, deposit): the board
 *   derives a building's holds (some 350 events) and the managers' queue asks of every claimed
 *   unit whether its hold has any event but the request — both from the index alone, instead of
 *   an event row each scattered over five years of the table. It has (hold_id, id) as its prefix,
 *   so it serves every read of 0003's `hold_events_by_hold`, which it replaces.
 * - A key's movements newest first: the register narrowed to one key (its tag filter) sorted
 *   all of that key's movements of five years (some 15,000: ~10 ms) to show the latest page.
 */
const statements = [
  `CREATE INDEX IF NOT EXISTS hold_events_by_hold_facts
     ON hold_events(hold_id, id, kind, expires_at, amount_fen, receipt_no)`,
  `DROP INDEX IF EXISTS hold_events_by_hold`,
  `CREATE INDEX IF NOT EXISTS key_movements_by_key ON key_movements(key_id, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

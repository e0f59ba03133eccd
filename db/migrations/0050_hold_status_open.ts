import { sql, type Kysely } from 'kysely';

/**
 * The holds still open — waiting for a manager's decision or held for a time — apart from the
 * thousands a site has decided over the years (0049's status, kept by the database from the
 * events): the managers' queue reads the pending ones and the expiry job, every 30 seconds, the
 * held ones, instead of every claimed unit's hold (~1,800 signed on the five-year office).
 * Queries name the same `state IN ('pending', 'held')` for SQLite to use it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX hold_status_open ON hold_status(hold_id) WHERE state IN ('pending', 'held')`.execute(
    db,
  );
}

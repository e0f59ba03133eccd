import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The audit chain kept by the database itself, and two pages fewer per write.
 *
 * 0001 made `hash` UNIQUE. Hashes are unique by construction (each covers its row's id and its
 * predecessor's hash), so that index guarded nothing, yet every call wrote a random page of it:
 * SHA-256 values land anywhere in the index. What the chain needs guarding is its shape, and
 * this trigger guards it: a row is accepted only as the next one — id one past the last, its
 * `prev_hash` the last row's hash (the first row: the genesis hash) — so no row can be slipped
 * in between, and no second row can claim the same predecessor.
 *
 * SQLite cannot drop a column's UNIQUE in place: the table is rebuilt (the documented 12-step
 * way, with foreign keys off and checked before the commit). Rows, ids and hashes are copied
 * unchanged, so the chain verifies as before.
 *
 * `settings_by_audit` (0008) goes too: settings are a score of rows, read whole faster than
 * through an index, and each settings write paid a page for it.
 */
const GENESIS = '0'.repeat(64);

const rebuild = [
  `CREATE TABLE audit_log_rebuilt (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     actor_id INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
     countersigned_by INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
     channel TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused')),
     error_code TEXT,
     summary TEXT NOT NULL CHECK (json_valid(summary)),
     writes TEXT NOT NULL CHECK (json_valid(writes) AND json_type(writes) = 'array'),
     prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
     hash TEXT NOT NULL CHECK (length(hash) = 64),
     CHECK ((outcome = 'ok') = (error_code IS NULL))
   ) STRICT`,
  `INSERT INTO audit_log_rebuilt SELECT id, at, business_date, actor_id, countersigned_by, channel, outcome,
     error_code, summary, writes, prev_hash, hash FROM audit_log ORDER BY id`,
  `DROP TABLE audit_log`,
  `ALTER TABLE audit_log_rebuilt RENAME TO audit_log`,
  `CREATE INDEX audit_log_by_date ON audit_log(business_date, id)`,
  ...appendOnlyTriggers('audit_log'),
  `CREATE TRIGGER audit_log_chained BEFORE INSERT ON audit_log
   WHEN NEW.id IS NOT coalesce((SELECT max(id) FROM audit_log), 0) + 1
     OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log WHERE id = NEW.id - 1), '${GENESIS}')
   BEGIN SELECT RAISE(ABORT, 'audit chain: a row is appended only after the last one, chained to its hash'); END`,
  `DROP INDEX settings_by_audit`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Kysely runs SQLite migrations outside a transaction; this one opens its own, with foreign
  // keys off (they cannot be switched inside one) so dropping the old table checks nothing.
  await sql.raw('PRAGMA foreign_keys = OFF').execute(db);
  try {
    await sql.raw('BEGIN IMMEDIATE').execute(db);
    try {
      for (const statement of rebuild) await sql.raw(statement).execute(db);
      const broken = await sql.raw('PRAGMA foreign_key_check').execute(db);
      if (broken.rows.length > 0)
        throw new Error(`0011: foreign keys broken by the rebuild: ${JSON.stringify(broken.rows[0])}`);
      await sql.raw('COMMIT').execute(db);
    } catch (error) {
      await sql.raw('ROLLBACK').execute(db);
      throw error;
    }
  } finally {
    await sql.raw('PRAGMA foreign_keys = ON').execute(db);
  }
}

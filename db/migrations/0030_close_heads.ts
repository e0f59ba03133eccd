import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The head of the audit chain as each day close found it: the row number and hash printed on that
 * day's sheet as its fingerprint 台账指纹, kept so that the sheet re-exported later shows the same
 * fingerprint as the one signed. The database holds each to the chain: the head must be a row of
 * the audit log with exactly that hash, written before the close's own audit row.
 */
const INSTANT = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

const statements = [
  `CREATE TABLE close_heads (
     id INTEGER PRIMARY KEY,
     for_date TEXT NOT NULL CHECK (for_date ${DATE}),
     at TEXT NOT NULL CHECK (at ${INSTANT}),
     head_id INTEGER NOT NULL REFERENCES audit_log(id),
     head_hash TEXT NOT NULL CHECK (length(head_hash) = 64),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (head_id < audit_id)
   ) STRICT`,
  `CREATE INDEX close_heads_by_date ON close_heads(for_date, id)`,
  `CREATE TRIGGER close_heads_on_the_chain BEFORE INSERT ON close_heads
   WHEN NEW.head_hash IS NOT (SELECT hash FROM audit_log WHERE id = NEW.head_id)
   BEGIN SELECT RAISE(ABORT, 'close head: not the hash of that audit row'); END`,
  ...appendOnlyTriggers('close_heads'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

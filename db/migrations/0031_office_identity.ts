import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The office's id at the group headquarters (SPEC §13), written once with the ledger's first
 * audit rows and never changed: HQ files the office's chain under it, and an entry that says it
 * belongs to another office is refused there. One row at most (the CHECK), append-only.
 */
const statements = [
  `CREATE TABLE office_identity (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     office_id TEXT NOT NULL CHECK (
       length(office_id) BETWEEN 2 AND 32
       AND office_id NOT GLOB '*[^a-z0-9-]*'
       AND substr(office_id, 1, 1) GLOB '[a-z0-9]'
     ),
     set_at TEXT NOT NULL CHECK (set_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  ...appendOnlyTriggers('office_identity'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The incoming person's counts as they were entered, before the PIN (SPEC §5, a blind count):
 * each review of a handover is a row, the first one being the blind count itself. The main
 * process withholds the expected figures from the incoming person until one exists, and the
 * record keeps what was counted before any expected figure was shown. Append-only.
 */
const statements = [
  `CREATE TABLE handover_counts (
     id INTEGER PRIMARY KEY,
     handover_id INTEGER NOT NULL REFERENCES handovers(id),
     entered_by INTEGER NOT NULL REFERENCES users(id),
     counts TEXT NOT NULL CHECK (json_valid(counts)),
     difference_count INTEGER NOT NULL CHECK (difference_count >= 0),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX handover_counts_by_handover ON handover_counts(handover_id, id)`,
  `CREATE INDEX handover_counts_by_audit ON handover_counts(audit_id)`,
  ...appendOnlyTriggers('handover_counts'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

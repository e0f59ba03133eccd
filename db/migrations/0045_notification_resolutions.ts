import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * A notification that stops being an alarm: the low ticket stock it warned of was received
 * (`restocked`), or a newer notice of the same thing replaced it (`superseded`). A fact of its
 * own rather than a column on `notifications`: every notification is sealed as it was posted,
 * and a resolution is a later event with its own instant and audit row. One per notification
 * (UNIQUE), never changed or removed (append-only), so "open" is simply "no resolution row".
 */
const statements = [
  `CREATE TABLE notification_resolutions (
     id INTEGER PRIMARY KEY,
     notification_id INTEGER NOT NULL UNIQUE REFERENCES notifications(id),
     reason TEXT NOT NULL CHECK (reason IN ('restocked', 'superseded')),
     params TEXT NOT NULL CHECK (json_valid(params) AND json_type(params) = 'object'),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX notification_resolutions_by_audit ON notification_resolutions(audit_id)`,
  ...appendOnlyTriggers('notification_resolutions'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

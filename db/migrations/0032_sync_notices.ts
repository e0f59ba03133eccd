import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The refusals of headquarters the office was told of (SPEC §13): one row per refusal — its kind
 * and the entry it names, as `key` — with the notification that told the administrator and the
 * manager, so each is told once, whichever process saw it first.
 */
const statements = [
  `CREATE TABLE sync_notices (
     id INTEGER PRIMARY KEY,
     key TEXT NOT NULL UNIQUE CHECK (length(key) BETWEEN 1 AND 200),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  ...appendOnlyTriggers('sync_notices'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

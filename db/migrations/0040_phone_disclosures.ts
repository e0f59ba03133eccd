import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * The disclosure register (000:613: a customer's number is not given out without approval):
 * every time a masked number was shown in full to someone who may not see it — who saw whose
 * number, where, why, and the manager who approved with their PIN. Append-only.
 */
const statements = [
  `CREATE TABLE phone_disclosures (
     id INTEGER PRIMARY KEY,
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     viewer_id INTEGER NOT NULL REFERENCES users(id),
     approved_by INTEGER NOT NULL REFERENCES users(id) CHECK (approved_by <> viewer_id),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 2 AND 200),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX phone_disclosures_by_date ON phone_disclosures(business_date, id)`,
  `CREATE INDEX phone_disclosures_by_customer ON phone_disclosures(customer_id, id)`,
  `CREATE INDEX phone_disclosures_by_audit ON phone_disclosures(audit_id)`,
  ...appendOnlyTriggers('phone_disclosures'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

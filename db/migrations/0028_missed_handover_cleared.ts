import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * A missed-handover warning (0006's `handover_missed_notices`, 000:75) is cleared when the
 * handover for that shift is written after all: the clearing names the notice (once), the
 * handover that cleared it — filed under the same shift — and the notification that told the
 * manager.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS handover_missed_clearings (
     id INTEGER PRIMARY KEY,
     notice_id INTEGER NOT NULL UNIQUE REFERENCES handover_missed_notices(id),
     handover_id INTEGER NOT NULL REFERENCES handovers(id),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER IF NOT EXISTS handover_missed_clearings_same_shift BEFORE INSERT ON handover_missed_clearings
   WHEN (SELECT shift_name FROM handovers WHERE id = NEW.handover_id)
        IS NOT (SELECT shift_name FROM handover_missed_notices WHERE id = NEW.notice_id)
   BEGIN SELECT RAISE(ABORT, 'a missed handover is cleared by a handover of the same shift'); END`,
  ...appendOnlyTriggers('handover_missed_clearings').map((t) =>
    t.replace('CREATE TRIGGER', 'CREATE TRIGGER IF NOT EXISTS'),
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

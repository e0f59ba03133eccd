import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * The visitor slip 来人条 as its consultant completes it (000:691 "接待完客户应及时、认真、规范填写来人条";
 * 004:243: the consultant asks a new customer how they heard of the project and writes it on the
 * slip). The desk logs the arrival with its own guess of the channel; the receiving consultant
 * then states the channel as the customer tells it and the customer's intent. A slip is written
 * once and corrected by a later entry that names it (`corrects_id`) and says why (`reason`),
 * never changed in place. The outcome and the leaving time stay `visit_updates` entries (0002).
 *
 * The database holds the rule that a slip is its receiving consultant's: an entry naming anyone
 * else as `consultant_id` is refused.
 */
const statements = [
  `CREATE TABLE visit_slips (
     id INTEGER PRIMARY KEY,
     visit_id INTEGER NOT NULL REFERENCES visits(id),
     consultant_id INTEGER NOT NULL REFERENCES users(id),
     channel TEXT NOT NULL CHECK (length(trim(channel)) BETWEEN 1 AND 20),
     intent_layout TEXT CHECK (intent_layout IS NULL OR length(trim(intent_layout)) BETWEEN 1 AND 40),
     intent_area_sqm INTEGER CHECK (intent_area_sqm IS NULL OR intent_area_sqm BETWEEN 1 AND 10000),
     intent_budget_fen INTEGER CHECK (intent_budget_fen IS NULL OR intent_budget_fen > 0),
     corrects_id INTEGER REFERENCES visit_slips(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     CHECK ((corrects_id IS NULL) = (reason IS NULL))
   ) STRICT`,
  `CREATE INDEX visit_slips_by_visit ON visit_slips(visit_id, id)`,
  `CREATE INDEX visit_slips_by_audit ON visit_slips(audit_id)`,
  // A visit has one first slip; each entry is corrected at most once (the next corrects the correction).
  `CREATE UNIQUE INDEX visit_slips_first_once ON visit_slips(visit_id) WHERE corrects_id IS NULL`,
  `CREATE UNIQUE INDEX visit_slips_corrected_once ON visit_slips(corrects_id) WHERE corrects_id IS NOT NULL`,
  `CREATE TRIGGER visit_slips_by_their_consultant BEFORE INSERT ON visit_slips
   WHEN NEW.consultant_id IS NOT (SELECT consultant_id FROM visits WHERE id = NEW.visit_id)
     OR (NEW.corrects_id IS NOT NULL
         AND NEW.visit_id IS NOT (SELECT visit_id FROM visit_slips WHERE id = NEW.corrects_id))
   BEGIN SELECT RAISE(ABORT, 'a visit slip is completed by the consultant who received the visitor'); END`,
  ...appendOnlyTriggers('visit_slips'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

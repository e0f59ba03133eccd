import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const HHMM = (column: string) => `${column} GLOB '[0-2][0-9]:[0-5][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * The duty roster 排班 (000:729-741).
 *
 * Every cell set is a row of `roster_entries`: a person's shift on a day (its name and times as
 * the settings had them, so a later change of the shifts does not rewrite who was late), a rest
 * day, or the cell cleared. The cell in force is the latest row for the person and day; the
 * earlier ones stay. Only a person on a shift covers the counter over lunch.
 * `lunch_cover_notices` keeps the one warning a day that nobody was at the counter over lunch.
 */
const statements = [
  `CREATE TABLE roster_entries (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id),
     work_date TEXT NOT NULL CHECK (${DATE('work_date')}),
     duty TEXT NOT NULL CHECK (duty IN ('shift', 'rest', 'clear')),
     shift_name TEXT CHECK (shift_name IS NULL OR length(trim(shift_name)) BETWEEN 1 AND 20),
     shift_start TEXT CHECK (shift_start IS NULL OR ${HHMM('shift_start')}),
     shift_end TEXT CHECK (shift_end IS NULL OR ${HHMM('shift_end')}),
     lunch_cover INTEGER NOT NULL CHECK (lunch_cover IN (0, 1)),
     set_by INTEGER NOT NULL REFERENCES users(id),
     countersigned_by INTEGER REFERENCES users(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     CHECK ((duty = 'shift') = (shift_name IS NOT NULL)),
     CHECK ((shift_name IS NULL) = (shift_start IS NULL) AND (shift_name IS NULL) = (shift_end IS NULL)),
     CHECK (duty = 'shift' OR lunch_cover = 0)
   ) STRICT`,
  `CREATE INDEX roster_entries_by_date ON roster_entries(work_date, user_id, id)`,
  `CREATE INDEX roster_entries_by_audit ON roster_entries(audit_id)`,

  `CREATE TABLE lunch_cover_notices (
     id INTEGER PRIMARY KEY,
     work_date TEXT NOT NULL UNIQUE CHECK (${DATE('work_date')}),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX lunch_cover_notices_by_audit ON lunch_cover_notices(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['roster_entries', 'lunch_cover_notices'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';
import { widenChecks } from './widenChecks';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * Attendance 签到签退 (000:647, 705, 735).
 *
 * `attendance_punches` holds every clocking as a fact: the person's own, typed with their own PIN
 * at the moment it stands for (`clock`), and the manager's corrections (`correction`), each with
 * its reason and naming the clocking it corrects. What stands for a person, day and kind is the
 * latest row; a correction without a time takes a clocking back. Nothing is updated or deleted.
 * The database holds the person to one clock-in and one clock-out a day, and a clock-out to a day
 * already clocked in.
 *
 * `attendance_proxy_attempts` records each refused attempt to clock someone else (代签, fined for
 * both people, 000:705); `attendance_missed_notices` the one notice per missed clock-out.
 * A clocking's PIN check is recorded with its own purpose, `clock`.
 */
const statements = [
  `CREATE TABLE attendance_punches (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id),
     work_date TEXT NOT NULL CHECK (${DATE('work_date')}),
     kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
     source TEXT NOT NULL CHECK (source IN ('clock', 'correction')),
     punched_at TEXT CHECK (punched_at IS NULL OR ${INSTANT('punched_at')}),
     replaces_id INTEGER REFERENCES attendance_punches(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 2 AND 200),
     by_user_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     -- a clocking is the person's own, at the moment it was typed; only a correction differs, with a reason
     CHECK ((source = 'clock') = (reason IS NULL)),
     CHECK (source = 'correction' OR (by_user_id = user_id AND punched_at = at AND replaces_id IS NULL))
   ) STRICT`,
  `CREATE UNIQUE INDEX attendance_one_clock_a_day ON attendance_punches(user_id, work_date, kind)
     WHERE source = 'clock'`,
  `CREATE INDEX attendance_punches_by_date ON attendance_punches(work_date, user_id, id)`,
  `CREATE INDEX attendance_punches_by_audit ON attendance_punches(audit_id)`,
  `CREATE TRIGGER attendance_out_follows_in BEFORE INSERT ON attendance_punches
   WHEN NEW.source = 'clock' AND NEW.kind = 'out'
   BEGIN
     SELECT RAISE(ABORT, 'a clock-out follows a clock-in of the same day')
     WHERE NOT EXISTS (SELECT 1 FROM attendance_punches
                       WHERE user_id = NEW.user_id AND work_date = NEW.work_date AND kind = 'in');
   END`,
  `CREATE TRIGGER attendance_correction_of_its_own BEFORE INSERT ON attendance_punches
   WHEN NEW.replaces_id IS NOT NULL
   BEGIN
     SELECT RAISE(ABORT, 'a correction corrects a clocking of the same person, day and kind')
     WHERE NOT EXISTS (SELECT 1 FROM attendance_punches
                       WHERE id = NEW.replaces_id AND user_id = NEW.user_id
                         AND work_date = NEW.work_date AND kind = NEW.kind);
   END`,

  `CREATE TABLE attendance_proxy_attempts (
     id INTEGER PRIMARY KEY,
     actor_id INTEGER NOT NULL REFERENCES users(id),
     user_id INTEGER NOT NULL REFERENCES users(id),
     kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     CHECK (actor_id <> user_id)
   ) STRICT`,
  `CREATE INDEX attendance_proxy_attempts_by_date ON attendance_proxy_attempts(business_date, id)`,
  `CREATE INDEX attendance_proxy_attempts_by_audit ON attendance_proxy_attempts(audit_id)`,

  `CREATE TABLE attendance_missed_notices (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id),
     work_date TEXT NOT NULL CHECK (${DATE('work_date')}),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     UNIQUE (user_id, work_date)
   ) STRICT`,
  `CREATE INDEX attendance_missed_notices_by_audit ON attendance_missed_notices(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['attendance_punches', 'attendance_proxy_attempts', 'attendance_missed_notices'].flatMap(
      appendOnlyTriggers,
    ),
  ]) {
    await sql.raw(statement).execute(db);
  }
  await widenChecks(db, [{ table: 'sign_in_attempts', column: 'purpose', add: ['clock'] }]);
}

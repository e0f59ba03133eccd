import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * Outings 外出登记 (000:743-751).
 *
 * `outings` is the form as filled in: who, why, where, when they left and are expected back,
 * who recorded it and who approved it (never the person going out). What follows is appended to
 * `outing_events`: the return (once), the manager's corrections of its time, a cancellation, the
 * overdue notice (once). An outing is open until its return or cancellation, and the database
 * keeps a person to one open outing. `stand_ins` marks what the deputy did for a manager while
 * that manager was out (代, 000:629), named by the act and sealed by the audit row of its call.
 */
const statements = [
  `CREATE TABLE outings (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 2 AND 100),
     destination TEXT NOT NULL CHECK (length(trim(destination)) BETWEEN 1 AND 100),
     left_at TEXT NOT NULL CHECK (${INSTANT('left_at')}),
     expected_back TEXT NOT NULL CHECK (${INSTANT('expected_back')}),
     recorded_by INTEGER NOT NULL REFERENCES users(id),
     approved_by INTEGER NOT NULL REFERENCES users(id),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     CHECK (expected_back > left_at),
     CHECK (approved_by <> user_id)
   ) STRICT`,
  `CREATE INDEX outings_by_user ON outings(user_id, id)`,
  `CREATE INDEX outings_by_date ON outings(business_date, id)`,
  `CREATE INDEX outings_by_audit ON outings(audit_id)`,

  `CREATE TABLE outing_events (
     id INTEGER PRIMARY KEY,
     outing_id INTEGER NOT NULL REFERENCES outings(id),
     kind TEXT NOT NULL CHECK (kind IN ('returned', 'return_corrected', 'cancelled', 'overdue_notified')),
     back_at TEXT CHECK (back_at IS NULL OR ${INSTANT('back_at')}),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 2 AND 200),
     by_user_id INTEGER REFERENCES users(id),
     notification_id INTEGER REFERENCES notifications(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     CHECK ((kind IN ('returned', 'return_corrected')) = (back_at IS NOT NULL)),
     CHECK ((kind IN ('return_corrected', 'cancelled')) = (reason IS NOT NULL)),
     -- only the overdue notice is the app's own; every other event is a person's act
     CHECK ((kind = 'overdue_notified') = (by_user_id IS NULL)),
     CHECK ((kind = 'overdue_notified') = (notification_id IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX outing_events_by_outing ON outing_events(outing_id, id)`,
  `CREATE INDEX outing_events_by_audit ON outing_events(audit_id)`,
  // An outing ends once (back or cancelled) and is notified overdue at most once.
  `CREATE UNIQUE INDEX outing_events_one_ending ON outing_events(outing_id) WHERE kind IN ('returned', 'cancelled')`,
  `CREATE UNIQUE INDEX outing_events_one_notice ON outing_events(outing_id) WHERE kind = 'overdue_notified'`,
  `CREATE TRIGGER outing_events_follow_the_outing BEFORE INSERT ON outing_events
   BEGIN
     SELECT RAISE(ABORT, 'a return is not before the outing left')
     WHERE NEW.back_at IS NOT NULL AND NEW.back_at < (SELECT left_at FROM outings WHERE id = NEW.outing_id);
     SELECT RAISE(ABORT, 'only a recorded return is corrected')
     WHERE NEW.kind = 'return_corrected' AND NOT EXISTS
       (SELECT 1 FROM outing_events WHERE outing_id = NEW.outing_id AND kind = 'returned');
     SELECT RAISE(ABORT, 'an outing that ended is not overdue')
     WHERE NEW.kind = 'overdue_notified' AND EXISTS
       (SELECT 1 FROM outing_events WHERE outing_id = NEW.outing_id AND kind IN ('returned', 'cancelled'));
   END`,
  `CREATE TRIGGER outings_one_open_a_person BEFORE INSERT ON outings
   BEGIN
     SELECT RAISE(ABORT, 'this person is out already: record the return first')
     WHERE EXISTS (SELECT 1 FROM outings o WHERE o.user_id = NEW.user_id AND NOT EXISTS
                     (SELECT 1 FROM outing_events e
                      WHERE e.outing_id = o.id AND e.kind IN ('returned', 'cancelled')));
   END`,

  `CREATE TABLE stand_ins (
     id INTEGER PRIMARY KEY,
     outing_id INTEGER NOT NULL REFERENCES outings(id),
     deputy_id INTEGER NOT NULL REFERENCES users(id),
     act TEXT NOT NULL CHECK (length(act) BETWEEN 3 AND 60),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX stand_ins_by_outing ON stand_ins(outing_id, id)`,
  `CREATE INDEX stand_ins_by_audit ON stand_ins(audit_id)`,
  `CREATE TRIGGER stand_ins_while_out BEFORE INSERT ON stand_ins
   BEGIN
     SELECT RAISE(ABORT, 'a stand-in is for a manager who is out now')
     WHERE EXISTS (SELECT 1 FROM outing_events
                   WHERE outing_id = NEW.outing_id AND kind IN ('returned', 'cancelled'));
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['outings', 'outing_events', 'stand_ins'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Customer complaints 客户投诉 (000:139-185, 000:515-525).
 *
 * `complaints` is the card 客户投诉记录卡 as filed: numbered TS-<year>-<seq>, received when, by
 * whom and how, the customer (a `customers` row, where personal data lives), what is complained
 * of and about whom, what the customer asks for, the urgency, and the due times its deadlines
 * start from. `complaint_events` is everything that happened to it since, in order: assigned,
 * replied, progress, result, the customer's response, closed, reopened, revisited. The
 * complaint's state is the fold of its events; nothing is ever updated.
 *
 * The database itself keeps the rules no code path may break:
 * - numbers run 1, 2, 3… per year without a gap (`complaints_numbered_in_order` plus the unique
 *   index: two desks filing at once cannot take the same number, and none is skipped);
 * - each event is the next of its complaint and follows from where it stands (a closed complaint
 *   is not handled further until reopened; it is closed only with a result recorded since it was
 *   last reopened; a revisit follows a close), in time order;
 * - a complaint about a person is never assigned to that person, who does not act on it at all;
 * - only the handler records the handling; a due time that has passed is not moved, and handling
 *   is never due after the latest close (`limit_due`).
 *
 * Instants here are always `toISOString()` text (milliseconds, Z), so comparing them as text
 * compares them in time; the CHECKs hold that.
 */
const INSTANT = (column: string) =>
  `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';
const TEXT = (column: string, max: number) => `length(trim(${column})) BETWEEN 1 AND ${max}`;

/** The due times in force: the latest assignment's, else the card's. */
const DUE_IN_FORCE = (column: 'reply_due' | 'handle_due') =>
  `coalesce((SELECT ${column} FROM complaint_events
             WHERE complaint_id = NEW.complaint_id AND kind = 'assigned' ORDER BY seq DESC LIMIT 1),
            (SELECT ${column} FROM complaints WHERE id = NEW.complaint_id))`;

const statements = [
  `CREATE TABLE complaints (
     id INTEGER PRIMARY KEY,
     year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
     seq INTEGER NOT NULL CHECK (seq >= 1),
     received_at TEXT NOT NULL CHECK (${INSTANT('received_at')}),
     received_by INTEGER NOT NULL REFERENCES users(id),
     channel TEXT NOT NULL CHECK (channel IN ('visit', 'phone', 'letter', 'online')),
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     kind TEXT NOT NULL CHECK (kind IN ('service', 'sales_promise', 'price_payment', 'contract', 'quality',
                                        'delivery', 'certificates', 'property', 'environment', 'other')),
     target TEXT NOT NULL CHECK (target IN ('staff', 'department', 'product')),
     subject_user_id INTEGER REFERENCES users(id),
     department TEXT CHECK (department IN ('front_desk', 'sales', 'customer_service', 'finance', 'engineering',
                                           'property', 'administration', 'other')),
     subject_note TEXT CHECK (subject_note IS NULL OR ${TEXT('subject_note', 100)}),
     description TEXT NOT NULL CHECK (${TEXT('description', 1000)}),
     request TEXT NOT NULL CHECK (${TEXT('request', 500)}),
     urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent', 'major')),
     reply_due TEXT NOT NULL CHECK (${INSTANT('reply_due')}),
     handle_due TEXT NOT NULL CHECK (${INSTANT('handle_due')}),
     limit_due TEXT NOT NULL CHECK (${INSTANT('limit_due')}),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     filed_by INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     UNIQUE (year, seq),
     CHECK ((target = 'staff') = (subject_user_id IS NOT NULL)),
     CHECK ((target = 'department') = (department IS NOT NULL)),
     CHECK (received_at <= at),
     CHECK (received_at < reply_due AND reply_due <= handle_due AND handle_due <= limit_due)
   ) STRICT`,
  `CREATE TRIGGER complaints_numbered_in_order BEFORE INSERT ON complaints
   BEGIN
     SELECT RAISE(ABORT, 'a complaint is numbered in the year of its business date')
     WHERE NEW.year <> CAST(substr(NEW.business_date, 1, 4) AS INTEGER);
     SELECT RAISE(ABORT, 'complaint numbers run without gaps')
     WHERE NEW.seq <> 1 + coalesce((SELECT max(seq) FROM complaints WHERE year = NEW.year), 0);
   END`,
  `CREATE INDEX complaints_by_customer ON complaints(customer_id, id)`,
  `CREATE INDEX complaints_by_received ON complaints(received_at)`,
  `CREATE INDEX complaints_by_audit ON complaints(audit_id)`,

  `CREATE TABLE complaint_events (
     id INTEGER PRIMARY KEY,
     complaint_id INTEGER NOT NULL REFERENCES complaints(id),
     seq INTEGER NOT NULL CHECK (seq >= 1),
     kind TEXT NOT NULL CHECK (kind IN ('assigned', 'replied', 'progress', 'result', 'response', 'closed',
                                        'reopened', 'revisited')),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     recorded_at TEXT NOT NULL CHECK (${INSTANT('recorded_at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     by_user_id INTEGER NOT NULL REFERENCES users(id),
     handler_id INTEGER REFERENCES users(id),
     reply_due TEXT CHECK (reply_due IS NULL OR ${INSTANT('reply_due')}),
     handle_due TEXT CHECK (handle_due IS NULL OR ${INSTANT('handle_due')}),
     note TEXT CHECK (note IS NULL OR ${TEXT('note', 1000)}),
     upheld INTEGER CHECK (upheld IN (0, 1)),
     accepted INTEGER CHECK (accepted IN (0, 1)),
     satisfied INTEGER CHECK (satisfied IN (0, 1)),
     ${AUDIT},
     UNIQUE (complaint_id, seq),
     CHECK ((kind = 'assigned') = (handler_id IS NOT NULL)),
     CHECK ((kind = 'assigned') = (reply_due IS NOT NULL)),
     CHECK ((kind = 'assigned') = (handle_due IS NOT NULL)),
     CHECK (reply_due IS NULL OR reply_due <= handle_due),
     CHECK ((kind = 'result') = (upheld IS NOT NULL)),
     CHECK ((kind = 'response') = (accepted IS NOT NULL)),
     CHECK ((kind = 'revisited') = (satisfied IS NOT NULL)),
     CHECK (kind IN ('assigned', 'closed', 'revisited') OR note IS NOT NULL),
     CHECK (at <= recorded_at)
   ) STRICT`,
  `CREATE TRIGGER complaint_events_follow_state BEFORE INSERT ON complaint_events
   BEGIN
     SELECT RAISE(ABORT, 'complaint event out of sequence')
     WHERE NEW.seq <> 1 + coalesce((SELECT max(seq) FROM complaint_events WHERE complaint_id = NEW.complaint_id), 0);
     SELECT RAISE(ABORT, 'complaint events keep their order in time')
     WHERE NEW.at < coalesce((SELECT at FROM complaint_events
                              WHERE complaint_id = NEW.complaint_id AND seq = NEW.seq - 1),
                             (SELECT received_at FROM complaints WHERE id = NEW.complaint_id));
     SELECT RAISE(ABORT, 'complaint event does not follow from where the complaint stands')
     FROM (SELECT CASE WHEN prev IS NULL THEN 'new' WHEN prev = 'closed' THEN 'closed'
                       WHEN prev = 'revisited' THEN 'finished' ELSE 'open' END AS was
           FROM (SELECT (SELECT kind FROM complaint_events
                         WHERE complaint_id = NEW.complaint_id AND seq = NEW.seq - 1) AS prev))
     WHERE NOT CASE NEW.kind
                 WHEN 'assigned' THEN was IN ('new', 'open')
                 WHEN 'reopened' THEN was IN ('closed', 'finished')
                 WHEN 'revisited' THEN was = 'closed'
                 ELSE was = 'open' END;
     SELECT RAISE(ABORT, 'a complaint is closed only with a result recorded since it was last reopened')
     WHERE NEW.kind = 'closed' AND NOT EXISTS (
       SELECT 1 FROM complaint_events r
       WHERE r.complaint_id = NEW.complaint_id AND r.kind = 'result'
         AND r.seq > coalesce((SELECT max(seq) FROM complaint_events
                               WHERE complaint_id = NEW.complaint_id AND kind = 'reopened'), 0));
     SELECT RAISE(ABORT, 'a complaint is never assigned to the person it is about')
     WHERE NEW.kind = 'assigned'
       AND NEW.handler_id IS (SELECT subject_user_id FROM complaints WHERE id = NEW.complaint_id);
     SELECT RAISE(ABORT, 'the person a complaint is about does not act on it')
     WHERE NEW.by_user_id IS (SELECT subject_user_id FROM complaints WHERE id = NEW.complaint_id);
     SELECT RAISE(ABORT, 'only the handler records the handling of a complaint')
     WHERE NEW.kind IN ('replied', 'progress', 'result', 'response')
       AND NEW.by_user_id IS NOT (SELECT handler_id FROM complaint_events
                                  WHERE complaint_id = NEW.complaint_id AND kind = 'assigned'
                                  ORDER BY seq DESC LIMIT 1);
     SELECT RAISE(ABORT, 'handling is never due after the latest close, nor a reply before the complaint came')
     WHERE NEW.kind = 'assigned'
       AND (NEW.handle_due > (SELECT limit_due FROM complaints WHERE id = NEW.complaint_id)
            OR NEW.reply_due <= (SELECT received_at FROM complaints WHERE id = NEW.complaint_id));
     SELECT RAISE(ABORT, 'a due time that has passed is not moved')
     WHERE NEW.kind = 'assigned'
       AND ((NEW.reply_due <> ${DUE_IN_FORCE('reply_due')} AND ${DUE_IN_FORCE('reply_due')} <= NEW.recorded_at)
         OR (NEW.handle_due <> ${DUE_IN_FORCE('handle_due')} AND ${DUE_IN_FORCE('handle_due')} <= NEW.recorded_at));
   END`,
  `CREATE INDEX complaint_events_by_audit ON complaint_events(audit_id)`,

  // The deadline notices posted for a complaint: one per deadline, stage and due time, so a
  // notice is posted once even if two desks run the check at once (the unique index refuses
  // the second), and again only if the manager moved the due time before it passed.
  `CREATE TABLE complaint_notices (
     id INTEGER PRIMARY KEY,
     complaint_id INTEGER NOT NULL REFERENCES complaints(id),
     deadline TEXT NOT NULL CHECK (deadline IN ('reply', 'handle', 'limit', 'revisit')),
     stage TEXT NOT NULL CHECK (stage IN ('before', 'at')),
     due TEXT NOT NULL CHECK (${INSTANT('due')}),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     UNIQUE (complaint_id, deadline, stage, due)
   ) STRICT`,
  `CREATE INDEX complaint_notices_by_audit ON complaint_notices(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['complaints', 'complaint_events', 'complaint_notices'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Day close 日结 (SPEC §2, §8). Every table is a fact table: a close is never undone by editing,
 * a reopen is a new event. The state of a date (open / closed / reopened) is the latest event.
 *
 * `day_close_events` numbers the events of each date 1, 2, 3…: odd numbers are closes, even ones
 * reopens, and the trigger demands the next number. So the database itself refuses closing a
 * date twice in a row or reopening a date that is not closed, whatever a service tried.
 *
 * The events carry `for_date` (the date they close or reopen) rather than a `business_date`:
 * their own instant is recorded in `at`, and the date they concern is what every reader needs.
 */
const INSTANT = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = `audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED`;

const statements = [
  `CREATE TABLE day_close_events (
     id INTEGER PRIMARY KEY,
     for_date TEXT NOT NULL CHECK (for_date ${DATE}),
     seq INTEGER NOT NULL CHECK (seq >= 1),
     kind TEXT NOT NULL CHECK (kind IN ('closed', 'reopened')),
     at TEXT NOT NULL CHECK (at ${INSTANT}),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     key_check TEXT CHECK (key_check IS NULL OR json_valid(key_check)),
     ${AUDIT},
     UNIQUE (for_date, seq),
     CHECK ((kind = 'closed') = (seq % 2 = 1)),
     CHECK (kind = 'closed' OR reason IS NOT NULL),
     CHECK (kind = 'reopened' OR key_check IS NOT NULL)
   ) STRICT`,
  `CREATE TRIGGER day_close_events_in_sequence BEFORE INSERT ON day_close_events
   BEGIN
     SELECT RAISE(ABORT, 'day close events out of sequence')
     WHERE NEW.seq <> 1 + (SELECT count(*) FROM day_close_events WHERE for_date = NEW.for_date);
   END`,

  // Three different people sign a close: receptionist, cashier, manager (SPEC §8 step 5).
  `CREATE TABLE day_close_signatures (
     id INTEGER PRIMARY KEY,
     event_id INTEGER NOT NULL REFERENCES day_close_events(id),
     role TEXT NOT NULL CHECK (role IN ('receptionist', 'cashier', 'manager')),
     user_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL CHECK (at ${INSTANT}),
     ${AUDIT},
     UNIQUE (event_id, role),
     UNIQUE (event_id, user_id)
   ) STRICT`,
  `CREATE TRIGGER day_close_signatures_on_a_close BEFORE INSERT ON day_close_signatures
   BEGIN
     SELECT RAISE(ABORT, 'only a close is signed')
     WHERE (SELECT kind FROM day_close_events WHERE id = NEW.event_id) IS NOT 'closed';
   END`,

  // The ticket stock counted at the close, per type, with the ledger's figure at that instant.
  `CREATE TABLE day_close_stock (
     id INTEGER PRIMARY KEY,
     event_id INTEGER NOT NULL REFERENCES day_close_events(id),
     type_id INTEGER NOT NULL REFERENCES ticket_types(id),
     type_name TEXT NOT NULL,
     expected INTEGER NOT NULL,
     counted INTEGER NOT NULL CHECK (counted >= 0),
     variance INTEGER NOT NULL CHECK (variance = counted - expected),
     explanation TEXT CHECK (explanation IS NULL OR length(trim(explanation)) BETWEEN 1 AND 200),
     ticket_count_id INTEGER NOT NULL REFERENCES ticket_counts(id),
     ${AUDIT},
     UNIQUE (event_id, type_id),
     CHECK (variance = 0 OR explanation IS NOT NULL)
   ) STRICT`,

  // Ticket cash counted by denomination (¥100 … ¥0.1) in whole pieces; the total in fen is
  // checked against the pieces, so a total that does not add up cannot be stored.
  `CREATE TABLE day_close_cash_counts (
     id INTEGER PRIMARY KEY,
     for_date TEXT NOT NULL CHECK (for_date ${DATE}),
     at TEXT NOT NULL CHECK (at ${INSTANT}),
     business_date TEXT NOT NULL CHECK (business_date ${DATE}),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     n10000 INTEGER NOT NULL CHECK (n10000 >= 0),
     n5000 INTEGER NOT NULL CHECK (n5000 >= 0),
     n2000 INTEGER NOT NULL CHECK (n2000 >= 0),
     n1000 INTEGER NOT NULL CHECK (n1000 >= 0),
     n500 INTEGER NOT NULL CHECK (n500 >= 0),
     n100 INTEGER NOT NULL CHECK (n100 >= 0),
     n50 INTEGER NOT NULL CHECK (n50 >= 0),
     n10 INTEGER NOT NULL CHECK (n10 >= 0),
     total_fen INTEGER NOT NULL CHECK (total_fen = 10000 * n10000 + 5000 * n5000 + 2000 * n2000
       + 1000 * n1000 + 500 * n500 + 100 * n100 + 50 * n50 + 10 * n10),
     expected_fen INTEGER NOT NULL CHECK (expected_fen >= 0),
     variance_fen INTEGER NOT NULL CHECK (variance_fen = total_fen - expected_fen),
     explanation TEXT CHECK (explanation IS NULL OR length(trim(explanation)) BETWEEN 1 AND 200),
     cashier_id INTEGER REFERENCES users(id),
     transfer_id INTEGER REFERENCES cash_transfers(id),
     ${AUDIT},
     CHECK (variance_fen = 0 OR explanation IS NOT NULL),
     CHECK ((cashier_id IS NULL) = (transfer_id IS NULL)),
     CHECK (cashier_id IS NULL OR cashier_id <> actor_id)
   ) STRICT`,

  `CREATE INDEX day_close_cash_counts_by_date ON day_close_cash_counts (for_date)`,
  `CREATE INDEX day_close_signatures_by_event ON day_close_signatures (event_id)`,
  `CREATE INDEX day_close_stock_by_event ON day_close_stock (event_id)`,

  ...['day_close_events', 'day_close_signatures', 'day_close_stock', 'day_close_cash_counts'].flatMap(
    appendOnlyTriggers,
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

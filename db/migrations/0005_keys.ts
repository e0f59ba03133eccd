import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Front-desk keys (SPEC §7, 000:621-625).
 *
 * `keys` is the register: master data that changes (name, place, more copies) but is never
 * deleted, only retired. `key_movements` are the facts: every copy's whereabouts is the fold of
 * its own movements, numbered 1, 2, 3… per copy. The holder of a copy is never stored as a
 * mutable field; it is the latest movement.
 *
 * The database itself refuses an impossible movement. UNIQUE (key_id, copy_no, seq) plus the
 * `key_movements_follow_state` trigger make every copy a strict sequence in which each new row
 * must be the next number AND must follow from the state the previous row left the copy in:
 * a copy that is out cannot be issued again, a copy at home cannot be returned, even if a
 * service (or a hand-typed INSERT) tried. Two desks racing on the same copy would both compute
 * the same next seq; the second insert then fails on the unique index.
 */
const statements = [
  `CREATE TABLE keys (
     id INTEGER PRIMARY KEY,
     tag TEXT NOT NULL UNIQUE CHECK (tag = upper(trim(tag)) AND length(tag) BETWEEN 1 AND 20),
     name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
     kind TEXT NOT NULL CHECK (kind IN ('front_desk', 'show_flat', 'office', 'sales_drawer', 'other')),
     home_place TEXT NOT NULL CHECK (length(trim(home_place)) BETWEEN 1 AND 60),
     night_place TEXT CHECK (night_place IS NULL OR length(trim(night_place)) BETWEEN 1 AND 60),
     copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 20),
     restricted INTEGER NOT NULL CHECK (restricted IN (0, 1)),
     created_at TEXT NOT NULL,
     retired_at TEXT,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  // A copy that has a history cannot vanish: copies only grow (a copy gone for good is lost).
  `CREATE TRIGGER keys_copies_never_shrink BEFORE UPDATE OF copies ON keys
   WHEN NEW.copies < OLD.copies
   BEGIN SELECT RAISE(ABORT, 'key copies never shrink: report a copy lost instead'); END`,
  `CREATE TRIGGER keys_retirement_is_final BEFORE UPDATE OF retired_at ON keys
   WHEN OLD.retired_at IS NOT NULL AND NEW.retired_at IS NOT OLD.retired_at
   BEGIN SELECT RAISE(ABORT, 'a retired key stays retired'); END`,
  `CREATE TRIGGER keys_no_delete BEFORE DELETE ON keys
   BEGIN SELECT RAISE(ABORT, 'keys rows are never deleted: retire the key'); END`,

  `CREATE TABLE key_movements (
     id INTEGER PRIMARY KEY,
     key_id INTEGER NOT NULL REFERENCES keys(id),
     copy_no INTEGER NOT NULL CHECK (copy_no >= 1),
     seq INTEGER NOT NULL CHECK (seq >= 1),
     kind TEXT NOT NULL CHECK (kind IN ('issued', 'returned', 'handed_over', 'lost', 'found')),
     holder_user_id INTEGER REFERENCES users(id),
     holder_name TEXT CHECK (holder_name IS NULL OR length(trim(holder_name)) BETWEEN 1 AND 40),
     holder_phone TEXT CHECK (holder_phone IS NULL OR holder_phone GLOB '[0-9]*'),
     by_user_id INTEGER NOT NULL REFERENCES users(id),
     countersigned_by INTEGER REFERENCES users(id),
     purpose TEXT CHECK (purpose IS NULL OR length(trim(purpose)) BETWEEN 1 AND 100),
     due_back TEXT CHECK (due_back IS NULL OR due_back GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (key_id, copy_no, seq),
     -- issued / handed over: exactly one holder, a staff member or an outside person with phone
     CHECK (CASE WHEN kind IN ('issued', 'handed_over')
                 THEN (holder_user_id IS NULL) <> (holder_name IS NULL)
                 ELSE holder_user_id IS NULL AND holder_name IS NULL END),
     CHECK ((holder_name IS NULL) = (holder_phone IS NULL)),
     CHECK (kind IN ('issued', 'handed_over') OR due_back IS NULL),
     CHECK (kind = 'issued' OR countersigned_by IS NULL),
     CHECK (kind <> 'issued' OR purpose IS NOT NULL),
     CHECK (kind <> 'lost' OR reason IS NOT NULL),
     CHECK (countersigned_by IS NULL OR countersigned_by <> by_user_id)
   ) STRICT`,

  `CREATE TRIGGER key_movements_follow_state BEFORE INSERT ON key_movements
   BEGIN
     SELECT RAISE(ABORT, 'key copy does not exist')
     WHERE NEW.copy_no > (SELECT copies FROM keys WHERE id = NEW.key_id);
     SELECT RAISE(ABORT, 'key movement out of sequence')
     WHERE NEW.seq <> 1 + coalesce((SELECT max(seq) FROM key_movements
                                    WHERE key_id = NEW.key_id AND copy_no = NEW.copy_no), 0);
     SELECT RAISE(ABORT, 'key movement does not follow from where the copy is')
     FROM (SELECT CASE (SELECT kind FROM key_movements
                        WHERE key_id = NEW.key_id AND copy_no = NEW.copy_no AND seq = NEW.seq - 1)
                    WHEN 'issued' THEN 'out' WHEN 'handed_over' THEN 'out' WHEN 'lost' THEN 'lost'
                    ELSE 'home' END AS was)
     WHERE NOT CASE NEW.kind
                 WHEN 'issued' THEN was = 'home'
                 WHEN 'returned' THEN was = 'out'
                 WHEN 'handed_over' THEN was = 'out'
                 WHEN 'lost' THEN was IN ('home', 'out')
                 WHEN 'found' THEN was = 'lost'
                 ELSE 0 END;
     SELECT RAISE(ABORT, 'a retired key is not issued')
     WHERE NEW.kind = 'issued' AND (SELECT retired_at FROM keys WHERE id = NEW.key_id) IS NOT NULL;
     SELECT RAISE(ABORT, 'a restricted key is issued only with a countersign')
     WHERE NEW.kind = 'issued' AND NEW.countersigned_by IS NULL
       AND (SELECT restricted FROM keys WHERE id = NEW.key_id) = 1;
   END`,
  `CREATE INDEX key_movements_by_date ON key_movements(business_date, id)`,

  // Why a copy stays out overnight (day-close key check); the latest note for the copy's
  // current movement counts. Notes refer to the movement that put the copy where it is.
  `CREATE TABLE key_overnight_notes (
     id INTEGER PRIMARY KEY,
     movement_id INTEGER NOT NULL REFERENCES key_movements(id),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
     by_user_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER key_overnight_notes_for_an_out_copy BEFORE INSERT ON key_overnight_notes
   BEGIN
     SELECT RAISE(ABORT, 'an overnight note explains a copy that is out now')
     WHERE (SELECT kind FROM key_movements WHERE id = NEW.movement_id) NOT IN ('issued', 'handed_over')
        OR EXISTS (SELECT 1 FROM key_movements later, key_movements m
                   WHERE m.id = NEW.movement_id AND later.key_id = m.key_id
                     AND later.copy_no = m.copy_no AND later.seq > m.seq);
   END`,

  // One notification per overdue issue: the unique index refuses a second.
  `CREATE TABLE key_overdue_notices (
     id INTEGER PRIMARY KEY,
     issue_movement_id INTEGER NOT NULL UNIQUE REFERENCES key_movements(id),
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['key_movements', 'key_overnight_notes', 'key_overdue_notices'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

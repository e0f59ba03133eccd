import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Shift handover 交接班 / 前台交接日志 (SPEC §5, seeds 000:609-625, 000:75, 000:297) and the small
 * owner-mail register 信、报、刊.
 *
 * Every table is append-only. A handover is a header (who hands over to whom, which shift), the
 * outgoing person's drafts (each save a new version: the latest counts), and, once the incoming
 * person has typed their PIN, one acknowledgement with the snapshot of what was checked. From
 * that moment the record is locked: the database refuses a new draft version or a second
 * acknowledgement. Open tasks are facts too: a task is open until a `done` event exists for it
 * (one only, by a partial unique index), so it is carried from handover to handover by itself.
 */
const statements = [
  `CREATE TABLE handovers (
     id INTEGER PRIMARY KEY,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     shift_name TEXT NOT NULL CHECK (length(trim(shift_name)) BETWEEN 1 AND 20),
     from_id INTEGER NOT NULL REFERENCES users(id),
     to_id INTEGER NOT NULL REFERENCES users(id),
     started_at TEXT NOT NULL CHECK (started_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (from_id <> to_id)
   ) STRICT`,
  `CREATE INDEX handovers_by_date ON handovers(business_date, id)`,

  // The outgoing person's part: desk items with the counts they declare, and free notes.
  `CREATE TABLE handover_versions (
     id INTEGER PRIMARY KEY,
     handover_id INTEGER NOT NULL REFERENCES handovers(id),
     items TEXT NOT NULL CHECK (json_valid(items) AND json_type(items) = 'array'),
     notes TEXT NOT NULL CHECK (length(notes) <= 2000),
     by_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX handover_versions_by_handover ON handover_versions(handover_id, id)`,

  // The incoming person's countersignature; `snapshot` is what the ledgers showed and what was
  // confirmed (keys, mail, ticket stock and cash, open tasks). Only the named incoming person.
  `CREATE TABLE handover_acks (
     id INTEGER PRIMARY KEY,
     handover_id INTEGER NOT NULL UNIQUE REFERENCES handovers(id),
     acknowledged_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     snapshot TEXT NOT NULL CHECK (json_valid(snapshot) AND json_type(snapshot) = 'object'),
     difference_count INTEGER NOT NULL CHECK (difference_count >= 0),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER handover_acks_by_incoming BEFORE INSERT ON handover_acks
   WHEN NEW.acknowledged_by <> (SELECT to_id FROM handovers WHERE id = NEW.handover_id)
   BEGIN SELECT RAISE(ABORT, 'only the incoming person acknowledges a handover'); END`,
  `CREATE TRIGGER handover_versions_locked BEFORE INSERT ON handover_versions
   WHEN EXISTS (SELECT 1 FROM handover_acks WHERE handover_id = NEW.handover_id)
   BEGIN SELECT RAISE(ABORT, 'an acknowledged handover is locked'); END`,

  // Desk items as declared by the outgoing and counted by the incoming person.
  `CREATE TABLE handover_item_lines (
     id INTEGER PRIMARY KEY,
     handover_id INTEGER NOT NULL REFERENCES handover_acks(handover_id),
     name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 30),
     declared INTEGER NOT NULL CHECK (declared >= 0),
     counted INTEGER NOT NULL CHECK (counted >= 0),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (handover_id, name)
   ) STRICT`,

  // What did not match, written on the handover at acknowledgement (and notified).
  `CREATE TABLE handover_differences (
     id INTEGER PRIMARY KEY,
     handover_id INTEGER NOT NULL REFERENCES handover_acks(handover_id),
     section TEXT NOT NULL CHECK (section IN ('item', 'key', 'mail', 'ticket', 'cash')),
     label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 80),
     expected TEXT NOT NULL,
     counted TEXT NOT NULL,
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  `CREATE TABLE handover_tasks (
     id INTEGER PRIMARY KEY,
     text TEXT NOT NULL CHECK (length(trim(text)) BETWEEN 1 AND 200),
     handover_id INTEGER REFERENCES handovers(id),
     raised_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TABLE handover_task_events (
     id INTEGER PRIMARY KEY,
     task_id INTEGER NOT NULL REFERENCES handover_tasks(id),
     kind TEXT NOT NULL CHECK (kind IN ('done')),
     by_id INTEGER NOT NULL REFERENCES users(id),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE UNIQUE INDEX handover_task_done_once ON handover_task_events(task_id) WHERE kind = 'done'`,

  // One warning per shift that ended without a handover written (000:75).
  `CREATE TABLE handover_missed_notices (
     id INTEGER PRIMARY KEY,
     business_date TEXT NOT NULL,
     shift_name TEXT NOT NULL,
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (business_date, shift_name)
   ) STRICT`,

  // Owner mail 信、报、刊 (000:617): what arrived for whom, and when it was handed out.
  `CREATE TABLE mail_items (
     id INTEGER PRIMARY KEY,
     recipient TEXT NOT NULL CHECK (length(trim(recipient)) BETWEEN 1 AND 40),
     kind TEXT NOT NULL CHECK (kind IN ('letter', 'newspaper', 'magazine', 'parcel')),
     count INTEGER NOT NULL CHECK (count BETWEEN 1 AND 999),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     received_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TABLE mail_handouts (
     id INTEGER PRIMARY KEY,
     mail_id INTEGER NOT NULL UNIQUE REFERENCES mail_items(id),
     handed_to TEXT NOT NULL CHECK (length(trim(handed_to)) BETWEEN 1 AND 40),
     by_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
];

const FACTS = [
  'handovers',
  'handover_versions',
  'handover_acks',
  'handover_item_lines',
  'handover_differences',
  'handover_tasks',
  'handover_task_events',
  'handover_missed_notices',
  'mail_items',
  'mail_handouts',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...FACTS.flatMap(appendOnlyTriggers)]) {
    await sql.raw(statement).execute(db);
  }
}

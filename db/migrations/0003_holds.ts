import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Unit hold control 销控 (SPEC §4).
 *
 * `units` is master data: edited by a manager or admin, never deleted (history names them).
 * Area is INTEGER hundredths of m² rather than REAL: the spec fixes two decimals, imports parse it
 * from text exactly like money, and an integer compares and sums without binary rounding.
 *
 * `holds` (the request: unit, consultant, customer) and `hold_events` (requested, approved,
 * extended, rejected, deposit, released, signed, cancelled) are append-only facts; a hold's state
 * is derived from its events.
 *
 * One live claim per unit (坚决杜绝重复销售, 000:635) cannot be a partial unique index over the
 * append-only events: "live" depends on a later row. So the database keeps one small mutable row
 * per unit, `unit_claims(unit_id PRIMARY KEY, hold_id)`:
 *  - claiming inserts the row (the PRIMARY KEY refuses a second row for the unit) or sets a
 *    free row's hold_id; a trigger refuses to overwrite a live hold_id with another hold;
 *  - ending a claim sets hold_id to NULL, which a trigger allows only when the hold already has
 *    its ending event (rejected, released or cancelled) in the ledger;
 *  - rows are never deleted, and every change goes through the audited writer.
 * The check in the service gives the friendly refusal (naming the consultant); these constraints
 * are what make a double claim impossible even for a writer that skipped the service.
 */
const statements = [
  `CREATE TABLE units (
     id INTEGER PRIMARY KEY,
     building TEXT NOT NULL CHECK (length(trim(building)) BETWEEN 1 AND 20),
     unit TEXT NOT NULL CHECK (length(unit) <= 20),
     floor INTEGER NOT NULL CHECK (floor BETWEEN -10 AND 200 AND floor <> 0),
     room TEXT NOT NULL CHECK (length(trim(room)) BETWEEN 1 AND 20),
     layout TEXT NOT NULL CHECK (length(layout) <= 40),
     area_centi INTEGER NOT NULL CHECK (area_centi > 0 AND area_centi < 10000000),
     list_price_fen INTEGER NOT NULL CHECK (list_price_fen >= 0),
     withheld INTEGER NOT NULL CHECK (withheld IN (0, 1)),
     created_at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (building, unit, room)
   ) STRICT`,

  `CREATE TABLE holds (
     id INTEGER PRIMARY KEY,
     unit_id INTEGER NOT NULL REFERENCES units(id),
     consultant_id INTEGER NOT NULL REFERENCES users(id),
     requested_by INTEGER NOT NULL REFERENCES users(id),
     customer_name TEXT NOT NULL CHECK (length(trim(customer_name)) BETWEEN 1 AND 40),
     customer_phone TEXT NOT NULL CHECK (customer_phone GLOB '[0-9]*' AND length(customer_phone) BETWEEN 7 AND 12),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX holds_by_unit ON holds(unit_id, id)`,

  `CREATE TABLE hold_events (
     id INTEGER PRIMARY KEY,
     hold_id INTEGER NOT NULL REFERENCES holds(id),
     kind TEXT NOT NULL CHECK (kind IN ('requested', 'approved', 'extended', 'rejected', 'deposit', 'released', 'signed', 'cancelled')),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     actor_id INTEGER REFERENCES users(id),
     expires_at TEXT,
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     amount_fen INTEGER,
     receipt_no TEXT CHECK (receipt_no IS NULL OR length(trim(receipt_no)) BETWEEN 1 AND 40),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     -- only the expiry job acts without a person, and it only releases
     CHECK (actor_id IS NOT NULL OR kind = 'released'),
     CHECK ((kind IN ('approved', 'extended')) = (expires_at IS NOT NULL)),
     CHECK (kind NOT IN ('rejected', 'cancelled') OR reason IS NOT NULL),
     CHECK ((kind = 'deposit') = (receipt_no IS NOT NULL)),
     CHECK (kind <> 'deposit' OR amount_fen > 0),
     CHECK (kind <> 'cancelled' OR amount_fen >= 0),
     CHECK (amount_fen IS NULL OR kind IN ('deposit', 'cancelled'))
   ) STRICT`,
  `CREATE INDEX hold_events_by_hold ON hold_events(hold_id, id)`,
  // A hold is requested, approved, paid and ended at most once; a receipt number is used once.
  `CREATE UNIQUE INDEX hold_events_one_request ON hold_events(hold_id) WHERE kind = 'requested'`,
  `CREATE UNIQUE INDEX hold_events_one_approval ON hold_events(hold_id) WHERE kind = 'approved'`,
  `CREATE UNIQUE INDEX hold_events_one_deposit ON hold_events(hold_id) WHERE kind = 'deposit'`,
  `CREATE UNIQUE INDEX hold_events_one_ending ON hold_events(hold_id)
     WHERE kind IN ('rejected', 'released', 'signed', 'cancelled')`,
  `CREATE UNIQUE INDEX hold_events_receipt ON hold_events(receipt_no) WHERE kind = 'deposit'`,

  `CREATE TABLE unit_claims (
     unit_id INTEGER PRIMARY KEY REFERENCES units(id),
     hold_id INTEGER UNIQUE REFERENCES holds(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER unit_claims_hold_matches_unit BEFORE INSERT ON unit_claims
     WHEN NEW.hold_id IS NOT NULL AND (SELECT unit_id FROM holds WHERE id = NEW.hold_id) IS NOT NEW.unit_id
     BEGIN SELECT RAISE(ABORT, 'unit_claims: the hold is for another unit'); END`,
  `CREATE TRIGGER unit_claims_one_live BEFORE UPDATE ON unit_claims
     WHEN OLD.hold_id IS NOT NULL AND NEW.hold_id IS NOT NULL AND NEW.hold_id <> OLD.hold_id
     BEGIN SELECT RAISE(ABORT, 'unit_claims: the unit already has a live claim'); END`,
  `CREATE TRIGGER unit_claims_same_unit BEFORE UPDATE ON unit_claims
     WHEN NEW.unit_id <> OLD.unit_id OR (NEW.hold_id IS NOT NULL AND (SELECT unit_id FROM holds WHERE id = NEW.hold_id) IS NOT NEW.unit_id)
     BEGIN SELECT RAISE(ABORT, 'unit_claims: the hold is for another unit'); END`,
  `CREATE TRIGGER unit_claims_end_only_when_ended BEFORE UPDATE ON unit_claims
     WHEN OLD.hold_id IS NOT NULL AND NEW.hold_id IS NULL AND NOT EXISTS (
       SELECT 1 FROM hold_events WHERE hold_id = OLD.hold_id AND kind IN ('rejected', 'released', 'cancelled'))
     BEGIN SELECT RAISE(ABORT, 'unit_claims: a claim ends only after its hold has ended'); END`,
];

const NEVER_DELETED = ['units', 'unit_claims'].map(
  (table) =>
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['holds', 'hold_events'].flatMap(appendOnlyTriggers),
    ...NEVER_DELETED,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * Visitor log, call log, consultant rotation and customer ownership (SPEC §3).
 *
 * Personal data (a customer's name and phone) lives in one place, `customers`, so the retention
 * rule can erase it there while every visit and call keeps counting. That table is the one
 * mutable table of the ledger, and the database lets it change in exactly one way: anonymisation.
 * Everything else is a fact: visits, their later entries (outcome, left at, notes), calls, the
 * rotation's events, ownership claims and the manager's decisions.
 */
const statements = [
  `CREATE TABLE customers (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
     phone TEXT CHECK (phone IS NULL OR (phone NOT GLOB '*[^0-9]*' AND length(phone) BETWEEN 10 AND 12)),
     created_at TEXT NOT NULL CHECK (${INSTANT('created_at')}),
     anonymised_at TEXT CHECK (anonymised_at IS NULL OR ${INSTANT('anonymised_at')}),
     ${AUDIT},
     CHECK (anonymised_at IS NULL OR phone IS NULL)
   ) STRICT`,
  // A phone number identifies one customer (SPEC §3 "matched by phone").
  `CREATE UNIQUE INDEX customers_one_per_phone ON customers(phone) WHERE phone IS NOT NULL`,
  `CREATE TRIGGER customers_no_delete BEFORE DELETE ON customers
   BEGIN SELECT RAISE(ABORT, 'customers rows are never deleted'); END`,
  `CREATE TRIGGER customers_only_anonymised BEFORE UPDATE ON customers
   WHEN OLD.anonymised_at IS NOT NULL OR NEW.anonymised_at IS NULL OR NEW.phone IS NOT NULL
     OR NEW.id != OLD.id OR NEW.created_at != OLD.created_at
   BEGIN SELECT RAISE(ABORT, 'customers change only once, by anonymisation'); END`,

  `CREATE TABLE visits (
     id INTEGER PRIMARY KEY,
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     arrived_at TEXT NOT NULL CHECK (${INSTANT('arrived_at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     party_size INTEGER NOT NULL CHECK (party_size BETWEEN 1 AND 50),
     channel TEXT NOT NULL CHECK (length(trim(channel)) BETWEEN 1 AND 20),
     is_returning INTEGER NOT NULL CHECK (is_returning IN (0, 1)),
     consultant_id INTEGER NOT NULL REFERENCES users(id),
     chosen_by TEXT NOT NULL CHECK (chosen_by IN ('rotation', 'owner', 'named')),
     intent_layout TEXT CHECK (intent_layout IS NULL OR length(intent_layout) <= 40),
     intent_area_sqm INTEGER CHECK (intent_area_sqm IS NULL OR intent_area_sqm BETWEEN 1 AND 10000),
     intent_budget_fen INTEGER CHECK (intent_budget_fen IS NULL OR intent_budget_fen > 0),
     notes TEXT CHECK (notes IS NULL OR length(notes) <= 500),
     recorded_at TEXT NOT NULL CHECK (${INSTANT('recorded_at')}),
     recorded_by INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     CHECK (arrived_at <= recorded_at)
   ) STRICT`,
  `CREATE INDEX visits_by_date ON visits(business_date, id)`,
  `CREATE INDEX visits_by_customer ON visits(customer_id, id)`,

  // Later entries on a visit: the outcome, the time the party left, notes. The current view of a
  // visit is its latest outcome and latest left time; an entry that replaces an earlier one says
  // which (corrects_id) and why (reason).
  `CREATE TABLE visit_updates (
     id INTEGER PRIMARY KEY,
     visit_id INTEGER NOT NULL REFERENCES visits(id),
     kind TEXT NOT NULL CHECK (kind IN ('outcome', 'left', 'note')),
     outcome TEXT CHECK (outcome IS NULL OR outcome IN ('left_phone', 'pledge', 'deposit', 'browse', 'market_research')),
     left_at TEXT CHECK (left_at IS NULL OR ${INSTANT('left_at')}),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 500),
     corrects_id INTEGER REFERENCES visit_updates(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     CHECK ((kind = 'outcome') = (outcome IS NOT NULL)),
     CHECK ((kind = 'left') = (left_at IS NOT NULL)),
     CHECK ((kind = 'note') = (note IS NOT NULL)),
     CHECK (corrects_id IS NULL OR reason IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX visit_updates_by_visit ON visit_updates(visit_id, id)`,
  // An entry is corrected at most once; the next correction corrects the correction.
  `CREATE UNIQUE INDEX visit_updates_corrected_once ON visit_updates(corrects_id) WHERE corrects_id IS NOT NULL`,

  // The day's queue is the replay of these events (shared/domain/rotation.ts).
  `CREATE TABLE rotation_events (
     id INTEGER PRIMARY KEY,
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     kind TEXT NOT NULL CHECK (kind IN ('set_order', 'away', 'back', 'received', 'makeup')),
     consultant_id INTEGER REFERENCES users(id),
     order_ids TEXT CHECK (order_ids IS NULL OR (json_valid(order_ids) AND json_type(order_ids) = 'array' AND json_array_length(order_ids) > 0)),
     visit_id INTEGER REFERENCES visits(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     CHECK ((kind = 'set_order') = (order_ids IS NOT NULL)),
     CHECK ((kind = 'set_order') = (consultant_id IS NULL)),
     CHECK ((kind IN ('received', 'makeup')) = (visit_id IS NOT NULL)),
     CHECK (kind != 'makeup' OR reason IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX rotation_events_by_date ON rotation_events(business_date, id)`,
  // A visit consumes at most one turn and earns at most one make-up turn.
  `CREATE UNIQUE INDEX rotation_one_turn_per_visit ON rotation_events(visit_id) WHERE kind = 'received'`,
  `CREATE UNIQUE INDEX rotation_one_makeup_per_visit ON rotation_events(visit_id) WHERE kind = 'makeup'`,

  `CREATE TABLE calls (
     id INTEGER PRIMARY KEY,
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     channel TEXT NOT NULL CHECK (length(trim(channel)) BETWEEN 1 AND 20),
     is_returning INTEGER NOT NULL CHECK (is_returning IN (0, 1)),
     answered_by INTEGER NOT NULL REFERENCES users(id),
     owner_id INTEGER REFERENCES users(id),
     topic TEXT CHECK (topic IS NULL OR length(topic) <= 200),
     invited_for TEXT CHECK (invited_for IS NULL OR (${DATE('invited_for')} AND invited_for >= business_date)),
     recorded_at TEXT NOT NULL CHECK (${INSTANT('recorded_at')}),
     recorded_by INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     CHECK (at <= recorded_at)
   ) STRICT`,
  `CREATE INDEX calls_by_date ON calls(business_date, id)`,
  `CREATE INDEX calls_by_invitation ON calls(invited_for) WHERE invited_for IS NOT NULL`,
  `CREATE INDEX calls_by_customer ON calls(customer_id, id)`,

  // Ownership (客户归属): the first consultant who received the customer, unless a manager's
  // decision on a claim says otherwise (004:337 rule 8).
  `CREATE TABLE ownership_claims (
     id INTEGER PRIMARY KEY,
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     claimant_id INTEGER NOT NULL REFERENCES users(id),
     visit_id INTEGER REFERENCES visits(id),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX ownership_claims_by_customer ON ownership_claims(customer_id, id)`,
  `CREATE TABLE ownership_decisions (
     id INTEGER PRIMARY KEY,
     claim_id INTEGER NOT NULL UNIQUE REFERENCES ownership_claims(id),
     customer_id INTEGER NOT NULL REFERENCES customers(id),
     owner_id INTEGER NOT NULL REFERENCES users(id),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 2 AND 200),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     decided_by INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX ownership_decisions_by_customer ON ownership_decisions(customer_id, id)`,
];

export const VISIT_FACT_TABLES = [
  'visits',
  'visit_updates',
  'rotation_events',
  'calls',
  'ownership_claims',
  'ownership_decisions',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...VISIT_FACT_TABLES.flatMap(appendOnlyTriggers)]) {
    await sql.raw(statement).execute(db);
  }
}

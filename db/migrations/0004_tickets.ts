import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Consignment movie tickets 电影票代售 (SPEC §6, seeds 000:593-605).
 *
 * Cinemas and ticket types are master data: edited (active flag, price) but never deleted.
 * Everything else is an append-only fact. Stock on hand per type is SUM(delta) of the ticket
 * movements and cash in a person's custody is SUM(delta_fen) of the cash movements: neither is
 * stored anywhere as an editable number. The database itself refuses stock below zero, a sale
 * voided twice, a void that does not mirror its sale, and a variance without an explanation.
 */
const statements = [
  `CREATE TABLE ticket_cinemas (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
     contact_name TEXT NOT NULL CHECK (length(trim(contact_name)) BETWEEN 1 AND 40),
     contact_phone TEXT NOT NULL CHECK (contact_phone GLOB '[0-9]*' AND length(contact_phone) BETWEEN 10 AND 12),
     active INTEGER NOT NULL CHECK (active IN (0, 1)),
     created_at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  `CREATE TABLE ticket_types (
     id INTEGER PRIMARY KEY,
     cinema_id INTEGER NOT NULL REFERENCES ticket_cinemas(id),
     name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 40),
     price_fen INTEGER NOT NULL CHECK (price_fen > 0),
     low_stock_threshold INTEGER NOT NULL CHECK (low_stock_threshold >= 0),
     active INTEGER NOT NULL CHECK (active IN (0, 1)),
     created_at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  // One row per stock movement. delta is the signed change of stock on hand; the CHECKs tie each
  // kind to its sign and its own fields, so a row can only say one coherent thing.
  `CREATE TABLE ticket_movements (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     type_id INTEGER NOT NULL REFERENCES ticket_types(id),
     kind TEXT NOT NULL CHECK (kind IN ('received', 'sold', 'voided', 'returned', 'adjusted')),
     delta INTEGER NOT NULL CHECK (delta <> 0),
     unit_price_fen INTEGER CHECK (unit_price_fen > 0),
     amount_fen INTEGER,
     payment_method TEXT CHECK (payment_method IN ('cash', 'wechat', 'alipay', 'card')),
     batch TEXT CHECK (batch IS NULL OR length(batch) BETWEEN 1 AND 40),
     serial_from TEXT CHECK (serial_from IS NULL OR length(serial_from) BETWEEN 1 AND 40),
     serial_to TEXT CHECK (serial_to IS NULL OR length(serial_to) BETWEEN 1 AND 40),
     voids_id INTEGER UNIQUE REFERENCES ticket_movements(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     countersigned_by INTEGER REFERENCES users(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (countersigned_by IS NULL OR countersigned_by <> actor_id),
     CHECK (kind <> 'received' OR (delta > 0 AND voids_id IS NULL AND payment_method IS NULL)),
     CHECK (kind <> 'sold' OR (delta < 0 AND unit_price_fen IS NOT NULL AND payment_method IS NOT NULL
                               AND amount_fen = -delta * unit_price_fen AND voids_id IS NULL)),
     CHECK (kind <> 'voided' OR (delta > 0 AND voids_id IS NOT NULL AND reason IS NOT NULL
                                 AND payment_method IS NOT NULL AND amount_fen IS NOT NULL)),
     CHECK (kind <> 'returned' OR (delta < 0 AND voids_id IS NULL AND payment_method IS NULL)),
     CHECK (kind <> 'adjusted' OR (reason IS NOT NULL AND countersigned_by IS NOT NULL
                                   AND voids_id IS NULL AND payment_method IS NULL)),
     CHECK (kind IN ('sold', 'voided') OR (amount_fen IS NULL AND unit_price_fen IS NULL)),
     CHECK (kind = 'received' OR (batch IS NULL AND serial_from IS NULL AND serial_to IS NULL))
   ) STRICT`,
  `CREATE INDEX ticket_movements_by_type ON ticket_movements(type_id, id)`,
  `CREATE INDEX ticket_movements_by_date ON ticket_movements(business_date, id)`,

  // A void mirrors exactly one sale of the same type (UNIQUE voids_id: once only).
  `CREATE TRIGGER ticket_movements_void_mirrors_sale BEFORE INSERT ON ticket_movements
   WHEN NEW.kind = 'voided' AND NOT EXISTS (
     SELECT 1 FROM ticket_movements s
      WHERE s.id = NEW.voids_id AND s.kind = 'sold' AND s.type_id = NEW.type_id
        AND s.delta = -NEW.delta AND s.amount_fen = NEW.amount_fen AND s.payment_method = NEW.payment_method)
   BEGIN SELECT RAISE(ABORT, 'a void must mirror a sale of the same type'); END`,

  `CREATE TRIGGER ticket_movements_stock_never_negative AFTER INSERT ON ticket_movements
   WHEN (SELECT SUM(delta) FROM ticket_movements WHERE type_id = NEW.type_id) < 0
   BEGIN SELECT RAISE(ABORT, 'ticket stock cannot go below zero'); END`,

  // Hand-overs of ticket cash between people: assistant → receptionist (receiver countersigns),
  // desk → cashier (cashier countersigns; the counted sum is what leaves the desk).
  `CREATE TABLE cash_transfers (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('to_colleague', 'to_cashier')),
     from_id INTEGER NOT NULL REFERENCES users(id),
     to_id INTEGER NOT NULL REFERENCES users(id),
     expected_fen INTEGER NOT NULL CHECK (expected_fen >= 0),
     amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
     explanation TEXT CHECK (explanation IS NULL OR length(trim(explanation)) BETWEEN 1 AND 200),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (from_id <> to_id),
     CHECK (kind <> 'to_colleague' OR (amount_fen > 0 AND amount_fen <= expected_fen)),
     CHECK (kind <> 'to_cashier' OR amount_fen = expected_fen OR explanation IS NOT NULL)
   ) STRICT`,

  // Every change of a person's ticket-cash custody. The balance is SUM(delta_fen) per holder.
  `CREATE TABLE cash_movements (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     holder_id INTEGER NOT NULL REFERENCES users(id),
     kind TEXT NOT NULL CHECK (kind IN ('sale', 'void', 'transfer_out', 'transfer_in', 'to_cashier', 'count_variance')),
     delta_fen INTEGER NOT NULL CHECK (delta_fen <> 0),
     ticket_movement_id INTEGER REFERENCES ticket_movements(id),
     transfer_id INTEGER REFERENCES cash_transfers(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (kind NOT IN ('sale', 'void') OR ticket_movement_id IS NOT NULL),
     CHECK (kind IN ('sale', 'void') OR transfer_id IS NOT NULL),
     CHECK (kind <> 'sale' OR delta_fen > 0),
     CHECK (kind NOT IN ('void', 'transfer_out', 'to_cashier') OR delta_fen < 0),
     CHECK (kind <> 'transfer_in' OR delta_fen > 0)
   ) STRICT`,
  `CREATE INDEX cash_movements_by_holder ON cash_movements(holder_id, id)`,

  `CREATE TRIGGER cash_movements_never_negative AFTER INSERT ON cash_movements
   WHEN (SELECT SUM(delta_fen) FROM cash_movements WHERE holder_id = NEW.holder_id) < 0
   BEGIN SELECT RAISE(ABORT, 'cash in custody cannot go below zero'); END`,

  // The change float 备用金 of a desk: counted with the cash, never handed to the cashier.
  `CREATE TABLE cash_float_changes (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     desk TEXT NOT NULL CHECK (length(trim(desk)) BETWEEN 1 AND 20),
     delta_fen INTEGER NOT NULL CHECK (delta_fen <> 0),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER cash_float_never_negative AFTER INSERT ON cash_float_changes
   WHEN (SELECT SUM(delta_fen) FROM cash_float_changes WHERE desk = NEW.desk) < 0
   BEGIN SELECT RAISE(ABORT, 'a change float cannot go below zero'); END`,

  // Counted figures (帐实相符) entered at handover, day close or a spot check, with the
  // expected figure of that instant; a variance must carry an explanation.
  `CREATE TABLE ticket_counts (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     occasion TEXT NOT NULL CHECK (occasion IN ('handover', 'day_close', 'spot')),
     subject TEXT NOT NULL CHECK (subject IN ('stock', 'cash')),
     type_id INTEGER REFERENCES ticket_types(id),
     holder_id INTEGER REFERENCES users(id),
     float_fen INTEGER NOT NULL DEFAULT 0 CHECK (float_fen >= 0),
     expected INTEGER NOT NULL,
     counted INTEGER NOT NULL CHECK (counted >= 0),
     variance INTEGER NOT NULL,
     explanation TEXT CHECK (explanation IS NULL OR length(trim(explanation)) BETWEEN 1 AND 200),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (variance = counted - expected),
     CHECK (variance = 0 OR explanation IS NOT NULL),
     CHECK ((subject = 'stock') = (type_id IS NOT NULL)),
     CHECK ((subject = 'cash') = (holder_id IS NOT NULL))
   ) STRICT`,

  // The poster schedule 档期 for the staff-canteen poster: master data, never deleted.
  `CREATE TABLE ticket_posters (
     id INTEGER PRIMARY KEY,
     film TEXT NOT NULL CHECK (length(trim(film)) BETWEEN 1 AND 60),
     show_from TEXT NOT NULL CHECK (show_from GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     show_to TEXT NOT NULL CHECK (show_to GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     active INTEGER NOT NULL CHECK (active IN (0, 1)),
     created_at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (show_from <= show_to)
   ) STRICT`,

  // Reminders already posted: the UNIQUE key makes each reminder (one low-stock episode, one
  // month's posters, one poster change) happen once, whoever triggers the check.
  `CREATE TABLE ticket_reminders (
     id INTEGER PRIMARY KEY,
     key TEXT NOT NULL UNIQUE,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
];

const FACTS = [
  'ticket_movements',
  'cash_transfers',
  'cash_movements',
  'cash_float_changes',
  'ticket_counts',
  'ticket_reminders',
];

const NEVER_DELETED = ['ticket_cinemas', 'ticket_types', 'ticket_posters'].map(
  (table) =>
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...FACTS.flatMap(appendOnlyTriggers), ...NEVER_DELETED]) {
    await sql.raw(statement).execute(db);
  }
}

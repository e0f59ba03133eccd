import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';
import { widenChecks } from './widenChecks';

/**
 * Deposits 定金 (000:639, 000:755, 004:461, 000:595-597).
 *
 * - `hold_deposits` details a hold's deposit event (which keeps the amount and the receipt
 *   number): how it was paid, the agreement 定购协议号, the unit's list price then and the agreed
 *   price — never above the list; below it only with the manager who approved the discount and
 *   the reason — and who received the money.
 * - A cash deposit is in its receiver's cash custody like ticket cash: `cash_movements.kind`
 *   gains `deposit`, a movement that is tied to no ticket sale and no hand-over but to the
 *   deposit written by the same call (same audit row), for exactly its amount and receiver.
 *   It reaches the cashier with the rest of that person's cash, with the cashier's PIN.
 * - `deposit_confirmations`: the cashier confirms a deposit paid otherwise than in cash against
 *   the statement, or a cash deposit she received herself; once.
 */
const statements = [
  `CREATE TABLE hold_deposits (
     id INTEGER PRIMARY KEY,
     hold_id INTEGER NOT NULL UNIQUE REFERENCES holds(id),
     event_id INTEGER NOT NULL UNIQUE REFERENCES hold_events(id),
     method TEXT NOT NULL CHECK (method IN ('cash', 'wechat', 'alipay', 'card', 'transfer')),
     agreement_no TEXT NOT NULL UNIQUE CHECK (length(trim(agreement_no)) BETWEEN 1 AND 40),
     list_price_fen INTEGER NOT NULL CHECK (list_price_fen > 0),
     agreed_price_fen INTEGER NOT NULL CHECK (agreed_price_fen > 0 AND agreed_price_fen <= list_price_fen),
     received_by INTEGER NOT NULL REFERENCES users(id),
     approved_by INTEGER REFERENCES users(id),
     discount_reason TEXT CHECK (discount_reason IS NULL OR length(trim(discount_reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     -- a price below the list is a discount: approved by a manager, with the reason
     CHECK ((agreed_price_fen < list_price_fen) = (approved_by IS NOT NULL)),
     CHECK ((approved_by IS NULL) = (discount_reason IS NULL))
   ) STRICT`,
  `CREATE INDEX hold_deposits_by_date ON hold_deposits(business_date)`,
  `CREATE INDEX hold_deposits_by_audit ON hold_deposits(audit_id)`,
  `CREATE TRIGGER hold_deposits_detail_the_deposit BEFORE INSERT ON hold_deposits
     WHEN NOT EXISTS (
       SELECT 1 FROM hold_events e
        WHERE e.id = NEW.event_id AND e.hold_id = NEW.hold_id AND e.kind = 'deposit'
          AND e.amount_fen <= NEW.agreed_price_fen)
     BEGIN SELECT RAISE(ABORT, 'hold_deposits: the hold''s own deposit event, not above the agreed price'); END`,

  `CREATE TABLE deposit_confirmations (
     id INTEGER PRIMARY KEY,
     deposit_id INTEGER NOT NULL UNIQUE REFERENCES hold_deposits(id),
     cashier_id INTEGER NOT NULL REFERENCES users(id),
     statement_ref TEXT CHECK (statement_ref IS NULL OR length(trim(statement_ref)) BETWEEN 1 AND 60),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX deposit_confirmations_by_date ON deposit_confirmations(business_date)`,
  `CREATE INDEX deposit_confirmations_by_audit ON deposit_confirmations(audit_id)`,
  // cash someone else received reaches the cashier with that person's cash, not by a confirmation
  `CREATE TRIGGER deposit_confirmations_cash_only_by_receiver BEFORE INSERT ON deposit_confirmations
     WHEN EXISTS (
       SELECT 1 FROM hold_deposits d
        WHERE d.id = NEW.deposit_id AND d.method = 'cash' AND d.received_by <> NEW.cashier_id)
     BEGIN SELECT RAISE(ABORT, 'deposit_confirmations: cash reaches the cashier through its holder''s custody'); END`,

  `CREATE TRIGGER cash_movements_deposit_as_recorded BEFORE INSERT ON cash_movements
     WHEN NEW.kind = 'deposit' AND (
       NEW.delta_fen <= 0 OR NEW.ticket_movement_id IS NOT NULL OR NEW.transfer_id IS NOT NULL
       OR NOT EXISTS (
         SELECT 1 FROM hold_deposits d JOIN hold_events e ON e.id = d.event_id
          WHERE d.audit_id = NEW.audit_id AND d.method = 'cash'
            AND d.received_by = NEW.holder_id AND e.amount_fen = NEW.delta_fen)
       OR EXISTS (SELECT 1 FROM cash_movements m WHERE m.audit_id = NEW.audit_id AND m.kind = 'deposit'))
     BEGIN SELECT RAISE(ABORT, 'cash_movements: a cash deposit enters its receiver''s custody once, as recorded'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // `kind` is the column's closed set (occurrence 0) and, in the table's CHECK that ties sales and
  // voids to a ticket movement and the rest to a hand-over, one more kind tied to neither (1).
  await widenChecks(db, [
    { table: 'cash_movements', column: 'kind', add: ['deposit'] },
    { table: 'cash_movements', column: 'kind', add: ['deposit'], occurrence: 1 },
  ]);
  for (const statement of [
    ...statements,
    ...['hold_deposits', 'deposit_confirmations'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

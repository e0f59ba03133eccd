import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';
import { widenChecks } from './widenChecks';

/**
 * Cash variances 长短款 (000:595-597, 帐实相符): a difference between the cash counted and the
 * cash the ledger expects, found when the incoming person counts a handover or when the cashier
 * takes a hand-in, is recorded once, as found (who held it, how much, the explanation), and the
 * holder's custody is brought to the cash that exists — never left as cash nobody has.
 *
 * - `cash_variances`: the difference (`amount_fen` = counted − expected: below zero a shortfall,
 *   above a surplus). A hand-in's variance names its transfer, whose `count_variance` movement
 *   books it; a handover's is booked by a `variance` movement written in the same call.
 * - `cash_variance_decisions`: the manager's decision, once — charged to the person or written
 *   off, with the reason; never by the person who held the cash.
 * - `cash_movements.kind` gains `variance`, tied to no sale and no transfer but to the variance
 *   written by the same call (same audit row), for exactly its holder and amount.
 */
const statements = [
  `CREATE TABLE cash_variances (
     id INTEGER PRIMARY KEY,
     occasion TEXT NOT NULL CHECK (occasion IN ('handover', 'hand_in')),
     holder_id INTEGER NOT NULL REFERENCES users(id),
     expected_fen INTEGER NOT NULL CHECK (expected_fen >= 0),
     counted_fen INTEGER NOT NULL CHECK (counted_fen >= 0),
     amount_fen INTEGER NOT NULL CHECK (amount_fen <> 0 AND amount_fen = counted_fen - expected_fen),
     explanation TEXT NOT NULL CHECK (length(trim(explanation)) BETWEEN 1 AND 200),
     found_by INTEGER NOT NULL REFERENCES users(id),
     transfer_id INTEGER UNIQUE REFERENCES cash_transfers(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK ((occasion = 'hand_in') = (transfer_id IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX cash_variances_by_date ON cash_variances(business_date, id)`,
  `CREATE INDEX cash_variances_by_holder ON cash_variances(holder_id, id)`,
  `CREATE INDEX cash_variances_by_audit ON cash_variances(audit_id)`,

  `CREATE TABLE cash_variance_decisions (
     id INTEGER PRIMARY KEY,
     variance_id INTEGER NOT NULL UNIQUE REFERENCES cash_variances(id),
     decision TEXT NOT NULL CHECK (decision IN ('charged', 'written_off')),
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
     decided_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX cash_variance_decisions_by_audit ON cash_variance_decisions(audit_id)`,
  `CREATE TRIGGER cash_variance_decisions_not_by_holder BEFORE INSERT ON cash_variance_decisions
     WHEN EXISTS (SELECT 1 FROM cash_variances v WHERE v.id = NEW.variance_id AND v.holder_id = NEW.decided_by)
     BEGIN SELECT RAISE(ABORT, 'cash_variance_decisions: nobody decides a variance of their own cash'); END`,

  `CREATE TRIGGER cash_movements_variance_as_recorded BEFORE INSERT ON cash_movements
     WHEN NEW.kind = 'variance' AND (
       NEW.ticket_movement_id IS NOT NULL OR NEW.transfer_id IS NOT NULL
       OR NOT EXISTS (
         SELECT 1 FROM cash_variances v
          WHERE v.audit_id = NEW.audit_id AND v.occasion = 'handover'
            AND v.holder_id = NEW.holder_id AND v.amount_fen = NEW.delta_fen)
       OR EXISTS (
         SELECT 1 FROM cash_movements m
          WHERE m.audit_id = NEW.audit_id AND m.kind = 'variance' AND m.holder_id = NEW.holder_id))
     BEGIN SELECT RAISE(ABORT, 'cash_movements: a variance is booked once, as recorded'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await widenChecks(db, [
    { table: 'cash_movements', column: 'kind', add: ['variance'] },
    { table: 'cash_movements', column: 'kind', add: ['variance'], occurrence: 1 },
  ]);
  for (const statement of [
    ...statements,
    ...['cash_variances', 'cash_variance_decisions'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

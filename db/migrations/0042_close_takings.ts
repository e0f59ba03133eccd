import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

/**
 * Non-cash takings confirmed at the close (000:595-597, 帐实相符): for each method other than
 * cash, the ledger's figure of the date (tickets and deposits taken by it, less refunds paid out
 * by it) beside the figure of the statement the cashier reads, a difference explained; the
 * cashier signs with her PIN (the audit row's countersign).
 *
 * `after_seq` is how many close events the date had when confirmed: the close written next
 * (seq = after_seq + 1) is the one these figures belong to, so a reopened date is confirmed
 * again and every close keeps its own figures.
 */
const statements = [
  `CREATE TABLE day_close_takings (
     id INTEGER PRIMARY KEY,
     for_date TEXT NOT NULL CHECK (for_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     after_seq INTEGER NOT NULL CHECK (after_seq >= 0),
     cashier_id INTEGER NOT NULL REFERENCES users(id),
     actor_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX day_close_takings_by_date ON day_close_takings(for_date, after_seq, id)`,
  `CREATE INDEX day_close_takings_by_audit ON day_close_takings(audit_id)`,
  `CREATE TABLE day_close_takings_lines (
     id INTEGER PRIMARY KEY,
     takings_id INTEGER NOT NULL REFERENCES day_close_takings(id),
     method TEXT NOT NULL CHECK (method IN ('wechat', 'alipay', 'card', 'transfer')),
     tickets_fen INTEGER NOT NULL,
     deposits_fen INTEGER NOT NULL CHECK (deposits_fen >= 0),
     refunds_fen INTEGER NOT NULL CHECK (refunds_fen >= 0),
     ledger_fen INTEGER NOT NULL CHECK (ledger_fen = tickets_fen + deposits_fen - refunds_fen),
     statement_fen INTEGER NOT NULL,
     explanation TEXT CHECK (explanation IS NULL OR length(trim(explanation)) BETWEEN 1 AND 200),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (takings_id, method),
     CHECK (statement_fen = ledger_fen OR explanation IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX day_close_takings_lines_by_audit ON day_close_takings_lines(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['day_close_takings', 'day_close_takings_lines'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

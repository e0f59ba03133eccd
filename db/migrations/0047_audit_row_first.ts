import { sql, type Kysely } from 'kysely';

/**
 * A call's audit row is written first and sealed last. The rows a call writes point at its audit
 * row through deferred foreign keys; written before it, each one left SQLite a pending violation,
 * and the audit row's insert then searched all the tables pointing at it (over eighty) for
 * children to settle — a third of the ledger's work on a one-row write. Written first, the row
 * is there when the call's rows name it, and nothing is searched.
 *
 * The row cannot carry its hash yet (the hash covers the list of rows the call wrote), so it is
 * inserted unsealed — hash all zeros, no seal — and sealed in the same transaction once the call
 * has written. The ledger still never changes a sealed row:
 * - an update may only seal an unsealed row, once, leaving what it already said as it was
 *   (who acted and who countersigned may be known only at the end: a sign-in names its actor);
 * - a row is never appended after one left unsealed, so an unsealed row could only ever be the
 *   last, and `verify` reports it as altered (its hash is not its content's).
 * The router seals before it commits and refuses to commit a row it has not sealed.
 */
const UNSEALED = `'${'0'.repeat(64)}'`;

const statements = [
  `DROP TRIGGER audit_log_sealed`,
  `CREATE TRIGGER audit_log_sealed BEFORE INSERT ON audit_log
     WHEN (NEW.seal IS NULL) <> (NEW.hash IS ${UNSEALED})
   BEGIN SELECT RAISE(ABORT, 'audit chain: a new row is appended with its seal'); END`,
  `CREATE TRIGGER audit_log_after_sealed BEFORE INSERT ON audit_log
     WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id - 1 AND seal IS NULL AND hash = ${UNSEALED})
   BEGIN SELECT RAISE(ABORT, 'audit chain: a row is never appended after one left unsealed'); END`,
  `DROP TRIGGER audit_log_no_update`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
     WHEN NOT (
       OLD.seal IS NULL AND OLD.hash = ${UNSEALED}
       AND NEW.seal IS NOT NULL AND NEW.hash IS NOT ${UNSEALED}
       AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.business_date = OLD.business_date
       AND NEW.channel = OLD.channel AND NEW.outcome = OLD.outcome
       AND NEW.error_code IS OLD.error_code AND NEW.summary = OLD.summary
       AND NEW.prev_hash = OLD.prev_hash)
   BEGIN SELECT RAISE(ABORT, 'append-only ledger: audit_log rows are never updated'); END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

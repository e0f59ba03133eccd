import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';
import { widenChecks } from './widenChecks';

/**
 * The 销控 is confidential (000:719-721 rules 37-38, 000:629-637), and the consultant reports
 * 不定 (000:643).
 *
 * - `hold_events.kind` gains `reported`: the consultant's report that the customer will not pay
 *   the deposit, with the reason, once per hold; the manager then releases the unit.
 * - `hold_board_grants`: the manager or deputy lets someone read the board and the register for a
 *   period — who granted, to whom, from–until, why; `hold_board_revocations` ends one early.
 * - `hold_inquiries`: every "is this unit free?" a person without the board asked, with the answer
 *   they were given (free or not; never who holds it or why).
 */
const statements = [
  `CREATE UNIQUE INDEX hold_events_one_report ON hold_events(hold_id) WHERE kind = 'reported'`,
  `CREATE TRIGGER hold_events_report_by_a_person BEFORE INSERT ON hold_events
     WHEN NEW.kind = 'reported' AND (NEW.reason IS NULL OR NEW.actor_id IS NULL)
     BEGIN SELECT RAISE(ABORT, 'hold_events: a report is made by a person, with the reason'); END`,

  `CREATE TABLE hold_board_grants (
     id INTEGER PRIMARY KEY,
     grantee_id INTEGER NOT NULL REFERENCES users(id),
     granted_by INTEGER NOT NULL REFERENCES users(id),
     from_at TEXT NOT NULL,
     until_at TEXT NOT NULL,
     reason TEXT NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (from_at < until_at),
     CHECK (grantee_id <> granted_by)
   ) STRICT`,
  `CREATE INDEX hold_board_grants_by_grantee ON hold_board_grants(grantee_id, until_at)`,
  `CREATE INDEX hold_board_grants_by_audit ON hold_board_grants(audit_id)`,

  `CREATE TABLE hold_board_revocations (
     id INTEGER PRIMARY KEY,
     grant_id INTEGER NOT NULL UNIQUE REFERENCES hold_board_grants(id),
     revoked_by INTEGER NOT NULL REFERENCES users(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 1 AND 200),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX hold_board_revocations_by_audit ON hold_board_revocations(audit_id)`,

  `CREATE TABLE hold_inquiries (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     actor_id INTEGER NOT NULL REFERENCES users(id),
     unit_id INTEGER NOT NULL REFERENCES units(id),
     free INTEGER NOT NULL CHECK (free IN (0, 1)),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE INDEX hold_inquiries_by_audit ON hold_inquiries(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await widenChecks(db, [{ table: 'hold_events', column: 'kind', add: ['reported'] }]);
  for (const statement of [
    ...statements,
    ...['hold_board_grants', 'hold_board_revocations', 'hold_inquiries'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

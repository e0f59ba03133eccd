import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const INSTANT = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'`;
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;
const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * Opening and closing checks 开/闭店检查 (004:211-223; 000:625, 727, 735).
 *
 * A check is signed once per kind and date, by one person with their own PIN; checking again
 * (something was found wrong) is a new version numbered in sequence, with its reason, and the
 * latest is the one in force. Each item of the checklist as it was is kept with the check: ticked,
 * or not ticked with a note saying why (the database refuses an unticked item without one).
 */
const statements = [
  `CREATE TABLE desk_checks (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('opening', 'closing')),
     for_date TEXT NOT NULL CHECK (${DATE('for_date')}),
     version INTEGER NOT NULL CHECK (version >= 1),
     signed_by INTEGER NOT NULL REFERENCES users(id),
     reason TEXT CHECK (reason IS NULL OR length(trim(reason)) BETWEEN 2 AND 200),
     at TEXT NOT NULL CHECK (${INSTANT('at')}),
     business_date TEXT NOT NULL CHECK (${DATE('business_date')}),
     ${AUDIT},
     UNIQUE (kind, for_date, version),
     CHECK ((version = 1) = (reason IS NULL))
   ) STRICT`,
  `CREATE INDEX desk_checks_by_audit ON desk_checks(audit_id)`,
  `CREATE TRIGGER desk_checks_in_sequence BEFORE INSERT ON desk_checks
   BEGIN
     SELECT RAISE(ABORT, 'a check of a date is numbered in sequence')
     WHERE NEW.version <> 1 + coalesce((SELECT max(version) FROM desk_checks
                                        WHERE kind = NEW.kind AND for_date = NEW.for_date), 0);
   END`,

  `CREATE TABLE desk_check_items (
     id INTEGER PRIMARY KEY,
     check_id INTEGER NOT NULL REFERENCES desk_checks(id),
     position INTEGER NOT NULL CHECK (position >= 1),
     name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
     ticked INTEGER NOT NULL CHECK (ticked IN (0, 1)),
     note TEXT CHECK (note IS NULL OR length(trim(note)) BETWEEN 1 AND 200),
     ${AUDIT},
     UNIQUE (check_id, position),
     UNIQUE (check_id, name),
     CHECK (ticked = 1 OR note IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX desk_check_items_by_audit ON desk_check_items(audit_id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...['desk_checks', 'desk_check_items'].flatMap(appendOnlyTriggers),
  ]) {
    await sql.raw(statement).execute(db);
  }
}

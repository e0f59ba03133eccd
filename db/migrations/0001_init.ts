import { sql, type Kysely } from 'kysely';

/**
 * The foundation: audit chain, people, sign-in attempts, settings, notifications.
 *
 * Every audited row carries `audit_id`, the audit row of the call that wrote it; the audit row
 * stores a hash of each row it wrote, so a row edited by hand no longer matches (see
 * electron/core/audit). The foreign key to audit_log is deferred because the router writes the
 * audit row after the handler, at the end of the same transaction.
 */
const statements = [
  `CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     actor_id INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
     countersigned_by INTEGER REFERENCES users(id) DEFERRABLE INITIALLY DEFERRED,
     channel TEXT NOT NULL,
     outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'refused')),
     error_code TEXT,
     summary TEXT NOT NULL CHECK (json_valid(summary)),
     writes TEXT NOT NULL CHECK (json_valid(writes) AND json_type(writes) = 'array'),
     prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
     hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
     CHECK ((outcome = 'ok') = (error_code IS NULL))
   ) STRICT`,

  `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 40),
     roles TEXT NOT NULL CHECK (json_valid(roles) AND json_type(roles) = 'array' AND json_array_length(roles) > 0),
     secret_kind TEXT NOT NULL CHECK (secret_kind IN ('pin', 'password')),
     secret_hash TEXT NOT NULL CHECK (secret_hash LIKE 'scrypt$%'),
     secret_set_at TEXT NOT NULL,
     active INTEGER NOT NULL CHECK (active IN (0, 1)),
     created_at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  `CREATE TABLE sign_in_attempts (
     id INTEGER PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     purpose TEXT NOT NULL CHECK (purpose IN ('sign_in', 'countersign', 'change_secret')),
     ok INTEGER NOT NULL CHECK (ok IN (0, 1)),
     locked_until TEXT,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     CHECK (ok = 0 OR locked_until IS NULL)
   ) STRICT`,
  `CREATE INDEX sign_in_attempts_by_user ON sign_in_attempts(user_id, id)`,

  `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL CHECK (json_valid(value)),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  `CREATE TABLE notifications (
     id INTEGER PRIMARY KEY,
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     kind TEXT NOT NULL,
     severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
     title_key TEXT NOT NULL,
     params TEXT NOT NULL CHECK (json_valid(params) AND json_type(params) = 'object'),
     for_roles TEXT NOT NULL CHECK (json_valid(for_roles) AND json_type(for_roles) = 'array'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,

  `CREATE TABLE notification_reads (
     id INTEGER PRIMARY KEY,
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     user_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED,
     UNIQUE (notification_id, user_id)
   ) STRICT`,
];

/** Facts are never updated or deleted (SPEC §2): the database refuses it, not only the code. */
export const APPEND_ONLY_TABLES = ['audit_log', 'sign_in_attempts', 'notifications', 'notification_reads'];

export function appendOnlyTriggers(table: string): string[] {
  return ['UPDATE', 'DELETE'].map(
    (op) =>
      `CREATE TRIGGER ${table}_no_${op.toLowerCase()} BEFORE ${op} ON ${table}
       BEGIN SELECT RAISE(ABORT, 'append-only ledger: ${table} rows are never ${op === 'UPDATE' ? 'updated' : 'deleted'}'); END`,
  );
}

/** People and settings change (roles, PIN, active) but are never removed: history names them. */
const NEVER_DELETED = ['users', 'settings'].map(
  (table) =>
    `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, '${table} rows are never deleted'); END`,
);

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    ...statements,
    ...APPEND_ONLY_TABLES.flatMap(appendOnlyTriggers),
    ...NEVER_DELETED,
  ]) {
    await sql.raw(statement).execute(db);
  }
}

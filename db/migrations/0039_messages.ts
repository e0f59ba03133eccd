import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * 留言: a call or a visitor for a colleague who is out becomes a message (000:683) — for whom,
 * who called or came, their number, what about, call back by when. All facts: the message, its
 * one reply (called back: when, what came of it) and its one overdue notice, so the overdue flag
 * is raised once and a message is answered once, by the database's own rule.
 */
const statements = [
  `CREATE TABLE messages (
     id INTEGER PRIMARY KEY,
     for_user_id INTEGER NOT NULL REFERENCES users(id),
     via TEXT NOT NULL CHECK (via IN ('call', 'visit')),
     caller_name TEXT NOT NULL CHECK (length(trim(caller_name)) BETWEEN 1 AND 40),
     caller_phone TEXT CHECK (caller_phone IS NULL OR length(caller_phone) BETWEEN 7 AND 30),
     about TEXT NOT NULL CHECK (length(trim(about)) BETWEEN 1 AND 200),
     call_back_by TEXT NOT NULL CHECK (call_back_by > at),
     taken_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX messages_for_user ON messages(for_user_id, id)`,
  `CREATE INDEX messages_by_date ON messages(business_date, id)`,
  `CREATE INDEX messages_by_audit ON messages(audit_id)`,
  ...appendOnlyTriggers('messages'),

  `CREATE TABLE message_replies (
     id INTEGER PRIMARY KEY,
     message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id),
     outcome TEXT NOT NULL CHECK (length(trim(outcome)) BETWEEN 1 AND 200),
     called_back_at TEXT NOT NULL,
     by_id INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX message_replies_by_audit ON message_replies(audit_id)`,
  ...appendOnlyTriggers('message_replies'),

  `CREATE TABLE message_overdue_notices (
     id INTEGER PRIMARY KEY,
     message_id INTEGER NOT NULL UNIQUE REFERENCES messages(id),
     at TEXT NOT NULL,
     business_date TEXT NOT NULL,
     ${AUDIT}
   ) STRICT`,
  `CREATE INDEX message_overdue_notices_by_audit ON message_overdue_notices(audit_id)`,
  ...appendOnlyTriggers('message_overdue_notices'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';

const AUDIT = 'audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED';

/**
 * Notifications addressed to a person, not only to roles: the consultant a visitor is handed to
 * ("登记并通知顾问"), who sees it on signing in at the shared PC.
 *
 * A table of its own rather than a column on `notifications`: every stored notification is sealed
 * by the hash of its row as written, and a column added now would change every old row's form.
 * A notification for a person has no roles (`for_roles` is `[]`) and one row here per addressee.
 */
const statements = [
  `CREATE TABLE notification_recipients (
     id INTEGER PRIMARY KEY,
     notification_id INTEGER NOT NULL REFERENCES notifications(id),
     user_id INTEGER NOT NULL REFERENCES users(id),
     ${AUDIT},
     UNIQUE (notification_id, user_id)
   ) STRICT`,
  `CREATE INDEX notification_recipients_by_user ON notification_recipients(user_id, notification_id)`,
  `CREATE INDEX notification_recipients_by_audit ON notification_recipients(audit_id)`,
  ...appendOnlyTriggers('notification_recipients'),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

import { sql, type Kysely } from 'kysely';
import { appendOnlyTriggers } from './0001_init';
import { widenChecks } from './widenChecks';

/**
 * 寄存 and 转交 (000:615): the desk keeps nothing for anyone and passes nothing on unless the
 * 客务主管 or the department manager approves. Items left at the desk join the owner-mail
 * register as two more kinds — `stored` (kept for the person who left it) and `forwarded` (left
 * for someone else) — so they wait, are checked at every handover and are handed out like mail;
 * owner letters, newspapers and magazines (000:619) stay as they are.
 *
 * The approval is its own fact: who left the item and who approved it (the deputy or the
 * manager, never the person at the desk who logged it). `mail_items` rows keep their columns, so
 * every row still hashes to its audit row; the database refuses handing out an item left for
 * someone that has no approval.
 */
const statements = [
  `CREATE TABLE IF NOT EXISTS mail_item_approvals (
     id INTEGER PRIMARY KEY,
     mail_id INTEGER NOT NULL UNIQUE REFERENCES mail_items(id),
     left_by TEXT NOT NULL CHECK (length(trim(left_by)) BETWEEN 1 AND 40),
     approved_by INTEGER NOT NULL REFERENCES users(id),
     at TEXT NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T*Z'),
     business_date TEXT NOT NULL CHECK (business_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
     audit_id INTEGER NOT NULL REFERENCES audit_log(id) DEFERRABLE INITIALLY DEFERRED
   ) STRICT`,
  `CREATE TRIGGER IF NOT EXISTS mail_item_approvals_for_items_left BEFORE INSERT ON mail_item_approvals
   BEGIN
     SELECT RAISE(ABORT, 'only an item left for someone is approved')
     WHERE (SELECT kind FROM mail_items WHERE id = NEW.mail_id) NOT IN ('stored', 'forwarded');
     SELECT RAISE(ABORT, 'the person who logged an item does not approve it')
     WHERE NEW.approved_by = (SELECT received_by FROM mail_items WHERE id = NEW.mail_id);
   END`,
  `CREATE TRIGGER IF NOT EXISTS mail_handouts_only_approved BEFORE INSERT ON mail_handouts
   WHEN (SELECT kind FROM mail_items WHERE id = NEW.mail_id) IN ('stored', 'forwarded')
    AND NOT EXISTS (SELECT 1 FROM mail_item_approvals WHERE mail_id = NEW.mail_id)
   BEGIN SELECT RAISE(ABORT, 'an item left for someone is handed out only once approved'); END`,
  ...appendOnlyTriggers('mail_item_approvals').map((t) =>
    t.replace('CREATE TRIGGER', 'CREATE TRIGGER IF NOT EXISTS'),
  ),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await widenChecks(db, [{ table: 'mail_items', column: 'kind', add: ['stored', 'forwarded'] }]);
  for (const statement of statements) await sql.raw(statement).execute(db);
}

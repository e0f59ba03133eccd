import { sql, type Kysely } from 'kysely';

/**
 * Indexes for the ledgers added after 0008 and for the lists of a big ledger. No table or rule
 * changes.
 *
 * `audit_id` on the handover, owner-mail and day-close tables, for the reason given in 0008:
 * the deferred foreign key to the call's audit row makes SQLite look up the referring rows of
 * every child table when the audit row is inserted — without an index, a scan per write.
 */
const AUDITED = [
  'handovers',
  'handover_versions',
  'handover_acks',
  'handover_item_lines',
  'handover_differences',
  'handover_tasks',
  'handover_task_events',
  'handover_missed_notices',
  'mail_items',
  'mail_handouts',
  'day_close_events',
  'day_close_signatures',
  'day_close_stock',
  'day_close_cash_counts',
];

const statements = [
  ...AUDITED.map((table) => `CREATE INDEX ${table}_by_audit ON ${table}(audit_id)`),
  // Customer search by a part of the name (LIKE '%x%') cannot seek, but it can read this narrow
  // index instead of every whole customer row; the rowid (id) comes with each entry.
  `CREATE INDEX customers_by_name ON customers(name, anonymised_at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

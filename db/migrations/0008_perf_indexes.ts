import { sql, type Kysely } from 'kysely';

/**
 * Indexes for a five-year ledger. No table or rule changes.
 *
 * `audit_id` on every audited table: each row a call writes references the call's audit row
 * through a DEFERRED foreign key, written last. When SQLite inserts that audit row while
 * deferred violations are pending, it looks up the rows referring to it in every child table —
 * without an index, a scan of each whole table on every write, growing with the ledger.
 * The same index serves `verify`, which joins every row to the audit row that wrote it.
 */
const AUDITED = [
  'users',
  'sign_in_attempts',
  'settings',
  'notifications',
  'notification_reads',
  'ticket_cinemas',
  'ticket_types',
  'ticket_movements',
  'cash_transfers',
  'cash_movements',
  'cash_float_changes',
  'ticket_counts',
  'ticket_posters',
  'ticket_reminders',
  'customers',
  'visits',
  'visit_updates',
  'rotation_events',
  'calls',
  'ownership_claims',
  'ownership_decisions',
  'units',
  'holds',
  'hold_events',
  'unit_claims',
  'keys',
  'key_movements',
  'key_overnight_notes',
  'key_overdue_notices',
];

const statements = [
  ...AUDITED.map((table) => `CREATE INDEX ${table}_by_audit ON ${table}(audit_id)`),
  // Stock on hand and cash in custody are sums over every movement of a type / a holder, taken
  // by the never-negative triggers on each insert and by every reconciliation: with the summed
  // column in the index, SQLite reads the index alone instead of each row of five years.
  `CREATE INDEX ticket_movements_stock ON ticket_movements(type_id, delta)`,
  `CREATE INDEX cash_movements_custody ON cash_movements(holder_id, delta_fen)`,
  // the funnel of the visits analysis counts a period's hold events
  `CREATE INDEX hold_events_by_date ON hold_events(business_date, kind)`,
  // the audit list filtered by day
  `CREATE INDEX audit_log_by_date ON audit_log(business_date, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

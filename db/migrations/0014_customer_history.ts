import { sql, type Kysely } from 'kysely';

/**
 * What a customer's line shows beside the name — visits, calls, last seen — read from indexes
 * alone: a returning customer of five years has dozens of visits, and counting them
 * with their latest arrival read each visit row. No table or rule changes (IF NOT EXISTS: a
 * migration test puts a ledger back before 0012 and migrates it forward again).
 */
const statements = [
  `CREATE INDEX IF NOT EXISTS visits_by_customer_arrival ON visits(customer_id, arrived_at)`,
  `CREATE INDEX IF NOT EXISTS calls_by_customer_time ON calls(customer_id, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

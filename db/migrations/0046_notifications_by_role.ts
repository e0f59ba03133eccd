import { sql, type Kysely } from 'kysely';

/**
 * The notices addressed to each role, newest first, one partial index per role: a person's bell
 * reads the newest page of each of their roles' notices from these, instead of stepping over
 * every notice of the office's history — on a five-year ledger most of them are consultants'
 * personal "visitor to receive" notices, and a receptionist's bell took 117 ms a poll
 * (services/notifications). The roles as they are in this release; a role added later adds its
 * index in its own migration.
 */
const ROLES_NOW = ['receptionist', 'assistant', 'consultant', 'deputy', 'manager', 'cashier', 'admin'];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const role of ROLES_NOW) {
    await sql
      .raw(
        `CREATE INDEX notifications_for_${role} ON notifications(id) WHERE instr(for_roles, '"${role}"') > 0`,
      )
      .execute(db);
  }
}

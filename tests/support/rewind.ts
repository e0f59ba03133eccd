import { migrations } from '../../db/migrations';
import type { TestDesk } from './desk';

/**
 * Runs the named shipped migrations again, in order, over a ledger whose objects they made were
 * dropped by the test (a ledger "as an older migration left it"): their backfill is what the test
 * looks at. The later migrations stay applied, so only these run — the migrator would refuse to
 * run an earlier one after later ones, as it should for a real ledger.
 */
export async function rerunMigrations(desk: TestDesk, names: readonly string[]): Promise<void> {
  for (const name of names) {
    const migration = migrations[name];
    if (!migration) throw new Error(`no migration ${name}`);
    await migration.up(desk.ledger.db);
  }
}

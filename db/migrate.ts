import path from 'node:path';
import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import { AppError } from '../shared/domain/errors';
import { backupFileName, backupLedgerTo } from './backup';
import type { Ledger } from './connection';
import { migrations as shipped } from './migrations';

export interface MigrationResult {
  applied: string[];
  backup: string | null;
}

/**
 * Brings a ledger to this version's schema. A ledger written by a newer SiteDesk is refused
 * rather than touched; an existing ledger is backed up before any migration runs on it.
 */
export async function migrateLedger(
  ledger: Ledger,
  backupDir: string,
  migrations: Record<string, Migration> = shipped,
): Promise<MigrationResult> {
  const provider: MigrationProvider = { getMigrations: async () => migrations };
  const migrator = new Migrator({ db: ledger.db, provider });
  const known = await migrator.getMigrations();
  const executed = known.filter((m) => m.executedAt !== undefined);
  const unknown = executedButUnknown(ledger, migrations);
  if (unknown.length > 0) throw new AppError('LEDGER_TOO_NEW', { migration: unknown[0]! });
  const pending = known.filter((m) => m.executedAt === undefined);
  if (pending.length === 0) return { applied: [], backup: null };

  let backup: string | null = null;
  if (executed.length > 0) {
    backup = path.join(backupDir, backupFileName(`before-${pending[0]!.name}`));
    await backupLedgerTo(ledger.sqlite, backup);
  }
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return { applied: results.map((r) => r.migrationName), backup };
}

function executedButUnknown(ledger: Ledger, migrations: Record<string, Migration>): string[] {
  const table = ledger.sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'`)
    .get();
  if (!table) return [];
  const rows = ledger.sqlite.prepare('SELECT name FROM kysely_migration ORDER BY name').all() as {
    name: string;
  }[];
  return rows.map((r) => r.name).filter((name) => !(name in migrations));
}

import fs from 'node:fs';
import path from 'node:path';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrateLedger, type MigrationResult } from '../../db/migrate';
import type { Settings } from '../../shared/contract/settings';
import { AppError } from '../../shared/domain/errors';
import { verifyChainTail } from './audit/verify';
import { dailyBackupDue, latestGoodBackup, takeBackup } from './backups';
import { systemClock, type Clock } from './clock';
import { handlers } from './handlers';
import type { BackupResult } from './maintenance';
import { backupsDir } from './paths';
import { Router } from './router';
import { DeskSession } from './session';

/** One desk: a ledger file, its router, and the session of the person at the PC. */
export interface Desk {
  dataDir: string;
  ledger: Ledger;
  router: Router;
  session: DeskSession;
  migration: MigrationResult;
  /** An automatic backup now (verified, pruned to the `backupKeep` setting). */
  backup(reason: string): Promise<BackupResult>;
  /** Timers of the running app (the daily backup); returns the function that stops them. */
  startBackgroundJobs(): () => void;
  /** Closes the ledger; with `backup`, takes the on-quit backup first. */
  close(options?: { backup?: boolean }): Promise<void>;
}

export interface OpenDeskOptions {
  dataDir: string;
  clock?: Clock;
  onInternalError?: (channel: string, error: unknown) => void;
}

const DAILY_BACKUP_CHECK_MS = 60 * 60_000;

/**
 * Refuses a damaged ledger before anything writes to it (a migration would): SQLite's quick
 * check and the audit chain's tail. The refusal names the latest backup that verifies.
 */
async function checkBeforeWriting(ledger: Ledger, dataDir: string): Promise<void> {
  let reason: string | null = null;
  try {
    const quick = (ledger.sqlite.pragma('quick_check') as { quick_check: string }[])
      .map((r) => r.quick_check)
      .join('; ');
    if (quick !== 'ok') reason = quick;
    const hasAudit = ledger.sqlite
      .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'`)
      .get();
    if (!reason && hasAudit) {
      const problem = verifyChainTail(ledger.sqlite);
      if (problem) reason = `${problem.table}#${problem.rowId}: ${problem.problem}`;
    }
  } catch (error) {
    reason = (error as Error).message;
  }
  if (reason === null) return;
  const backup = await latestGoodBackup(dataDir);
  throw new AppError('LEDGER_DAMAGED', { reason, backup: backup?.name ?? '—' });
}

/** Opens (creating if needed), checks and migrates the ledger, and wires the router. All hosts use this. */
export async function openDesk(options: OpenDeskOptions): Promise<Desk> {
  const file = path.join(options.dataDir, LEDGER_FILE_NAME);
  const existed = fs.existsSync(file);
  const ledger = openLedger(file);
  let migration: MigrationResult;
  try {
    if (existed) await checkBeforeWriting(ledger, options.dataDir);
    migration = await migrateLedger(ledger, backupsDir(options.dataDir));
  } catch (error) {
    await ledger.close();
    throw error;
  }
  const clock = options.clock ?? systemClock;
  const session = new DeskSession();
  const router = new Router({
    ledger,
    desk: session,
    clock,
    handlers,
    onInternalError: options.onInternalError,
  });

  const backup = async (reason: string) => {
    const settings = await router.call('settings.get', {}, { system: true });
    const keep = settings.ok ? (settings.data as Settings).backupKeep : 30;
    return takeBackup(ledger, options.dataDir, reason, keep, clock.now());
  };
  const report = (error: unknown) => (options.onInternalError ?? console.error)('backup', error);

  return {
    dataDir: options.dataDir,
    ledger,
    router,
    session,
    migration,
    backup,
    startBackgroundJobs() {
      const daily = async () => {
        if (dailyBackupDue(options.dataDir, clock.now())) await backup('daily').catch(report);
      };
      void daily();
      const timer = setInterval(() => void daily(), DAILY_BACKUP_CHECK_MS);
      timer.unref();
      return () => clearInterval(timer);
    },
    async close(closeOptions = {}) {
      if (closeOptions.backup) await backup('quit').catch(report);
      await ledger.close();
    },
  };
}

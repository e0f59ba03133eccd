import fs from 'node:fs';
import path from 'node:path';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrateLedger, type MigrationResult } from '../../db/migrate';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { AppError } from '../../shared/domain/errors';
import { verifyChainTail } from './audit/verify';
import { latestGoodBackup, takeBackup } from './backups';
import { systemClock, type Clock } from './clock';
import { handlers, jobs } from './handlers';
import { startJobs, type JobHost } from './jobs';
import { restoreLedger, type BackupResult } from './maintenance';
import { readSettings } from './settings';
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
  /**
   * The app's own timers, shared by every host: right away (catching up on what fell due while
   * the app was closed — expired holds, the day's backup) and then periodically. Returns the
   * stop; `close()` stops them too.
   */
  startBackgroundJobs(): () => void;
  /** Closes the ledger; with `backup`, takes the on-quit backup first. */
  close(options?: { backup?: boolean }): Promise<void>;
}

export interface OpenDeskOptions {
  dataDir: string;
  clock?: Clock;
  onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * Up to this size start-up runs SQLite's quick check over the whole file (about 100 ms on the
 * 2-core machine; it reads every page). A five-year ledger is hundreds of MB, which the check
 * would take seconds to read: start-up then relies on the audit chain's tail (the newest rows,
 * hashed and linked), and the whole file is checked by the daily backup, whose copy is verified
 * (integrity check and the whole chain) right after start-up.
 */
export const QUICK_CHECK_MAX_BYTES = 16 * 2 ** 20;

/**
 * Refuses a damaged ledger before anything writes to it (a migration would): SQLite's quick
 * check (on files up to QUICK_CHECK_MAX_BYTES) and the audit chain's tail. The refusal names the
 * latest backup that verifies.
 */
async function checkBeforeWriting(ledger: Ledger, dataDir: string): Promise<void> {
  let reason: string | null = null;
  try {
    const small = fs.statSync(ledger.file).size <= QUICK_CHECK_MAX_BYTES;
    const quick = small
      ? (ledger.sqlite.pragma('quick_check') as { quick_check: string }[])
          .map((r) => r.quick_check)
          .join('; ')
      : 'ok';
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
  const { dataDir } = options;
  const report = (error: unknown) => (options.onInternalError ?? console.error)('backup', error);

  // From inside a call (a manual backup) the copy is taken within that call's transaction, and
  // the caller passes `keep`: the call holds the connection readSettings would need.
  const backupInCall = (reason: string, keep: number): Promise<BackupResult> =>
    takeBackup(router.currentLedger, dataDir, reason, keep, clock.now());

  // Any other backup (daily, on quit, after a day close) copies between calls: a call's
  // transaction opened midway through the copy on the same connection would abandon it.
  const backup = async (reason: string, keepFromCall?: number): Promise<BackupResult> => {
    const current: Ledger = router.currentLedger;
    const keep = keepFromCall ?? (await readSettings(current.db)).backupKeep;
    return takeBackup(current, dataDir, reason, keep, clock.now(), (copy) => router.idle(() => copy()));
  };

  /** Swaps in a verified backup between two calls; the replaced ledger is kept in backups/. */
  const restore = async (file: string): Promise<void> => {
    await router.exclusive(async (current: Ledger) => {
      await current.close();
      try {
        await restoreLedger(dataDir, file);
      } catch (error) {
        report(error);
        return openLedger(path.join(dataDir, LEDGER_FILE_NAME));
      }
      const restored = openLedger(path.join(dataDir, LEDGER_FILE_NAME));
      await migrateLedger(restored, backupsDir(dataDir));
      return restored;
    });
    session.signOut(); // the restored ledger has its own people; everyone signs in again
  };

  const router: Router = new Router({
    ledger,
    desk: session,
    clock,
    handlers,
    onInternalError: options.onInternalError,
    host: { dataDir, backup: backupInCall, backupBetweenCalls: backup, restore },
  });
  let stopJobs: () => void = () => {};
  // The jobs the services declare (handlers.ts), run as the system. The router answers each
  // call's output as the contract declares it (it checks it), hence the envelope's type.
  const jobHost: JobHost = {
    call: <C extends Channel>(channel: C, input: InputOf<C>) =>
      router.call(channel, input, { system: true }) as Promise<Envelope<OutputOf<C>>>,
    dataDir,
    now: () => clock.now(),
    backup: (reason) => backup(reason).then(() => undefined, report),
  };

  return {
    dataDir,
    get ledger() {
      return router.currentLedger;
    },
    router,
    session,
    migration,
    backup,
    startBackgroundJobs() {
      stopJobs();
      stopJobs = startJobs(jobs, jobHost);
      return stopJobs;
    },
    async close(closeOptions = {}) {
      stopJobs();
      if (closeOptions.backup) await backup('quit').catch(report);
      await router.currentLedger.close();
    },
  };
}

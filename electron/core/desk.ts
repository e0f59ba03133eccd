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
import { NO_LOG, type Log } from './log';
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
  /**
   * Where the desk writes what happens to it: migrations applied, backups taken or failed,
   * restores, background jobs that failed, unexpected errors of a call.
   */
  log?: Log;
}

function logMigration(log: Log, migration: MigrationResult): void {
  if (migration.applied.length === 0) return;
  const before = migration.backup ? `; backup before: ${path.basename(migration.backup)}` : '';
  log.info(`migrations applied: ${migration.applied.join(', ')}${before}`);
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
  const log = options.log ?? NO_LOG;
  logMigration(log, migration);
  const clock = options.clock ?? systemClock;
  const session = new DeskSession();
  const { dataDir } = options;
  const internalError = (channel: string, error: unknown) =>
    (options.onInternalError ?? console.error)(channel, error);
  const report = (error: unknown) => internalError('backup', error);

  const logged = async (reason: string, take: () => Promise<BackupResult>): Promise<BackupResult> => {
    try {
      const taken = await take();
      log.info(`backup taken (${reason}): ${path.basename(taken.file)}, ${taken.bytes} bytes`);
      return taken;
    } catch (error) {
      log.error(`backup failed (${reason})`, error);
      throw error;
    }
  };

  // From inside a call (a manual backup) the copy is taken within that call's transaction, and
  // the caller passes `keep`: the call holds the connection readSettings would need.
  const backupInCall = (reason: string, keep: number): Promise<BackupResult> =>
    logged(reason, () => takeBackup(router.currentLedger, dataDir, reason, keep, clock.now()));

  // Any other backup (daily, on quit, after a day close) copies between calls: a call's
  // transaction opened midway through the copy on the same connection would abandon it.
  const backup = (reason: string, keepFromCall?: number): Promise<BackupResult> =>
    logged(reason, async () => {
      const current: Ledger = router.currentLedger;
      const keep = keepFromCall ?? (await readSettings(current.db)).backupKeep;
      return takeBackup(current, dataDir, reason, keep, clock.now(), (copy) => router.idle(() => copy()));
    });

  /** Swaps in a verified backup between two calls; the replaced ledger is kept in backups/. */
  const restore = async (file: string): Promise<void> => {
    await router.exclusive(async (current: Ledger) => {
      await current.close();
      try {
        await restoreLedger(dataDir, file);
      } catch (error) {
        log.error(`restore from ${path.basename(file)} failed`, error);
        report(error);
        return openLedger(path.join(dataDir, LEDGER_FILE_NAME));
      }
      log.info(`ledger restored from ${path.basename(file)}`);
      const restored = openLedger(path.join(dataDir, LEDGER_FILE_NAME));
      logMigration(log, await migrateLedger(restored, backupsDir(dataDir)));
      return restored;
    });
    session.signOut(); // the restored ledger has its own people; everyone signs in again
  };

  const router: Router = new Router({
    ledger,
    desk: session,
    clock,
    handlers,
    onInternalError: (channel, error) => {
      log.error(`unexpected error on ${channel}`, error);
      internalError(channel, error);
    },
    host: { dataDir, backup: backupInCall, backupBetweenCalls: backup, restore },
  });
  let stopJobs: () => void = () => {};
  // The jobs the services declare (handlers.ts), run as the system. The router answers each
  // call's output as the contract declares it (it checks it), hence the envelope's type.
  const jobHost: JobHost = {
    call: async <C extends Channel>(channel: C, input: InputOf<C>) => {
      const answer = (await router.call(channel, input, { system: true })) as Envelope<OutputOf<C>>;
      // An unexpected error is already logged by the router's onInternalError.
      if (!answer.ok && answer.error.code !== 'INTERNAL') {
        log.warn(`background job: ${channel} refused (${answer.error.code})`);
      }
      return answer;
    },
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
      stopJobs = startJobs(jobs, jobHost, (error) => {
        log.error('background job failed', error);
        internalError('job', error);
      });
      return stopJobs;
    },
    async close(closeOptions = {}) {
      stopJobs();
      if (closeOptions.backup) await backup('quit').catch(report);
      await router.currentLedger.close();
    },
  };
}

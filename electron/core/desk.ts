import fs from 'node:fs';
import path from 'node:path';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrateLedger, type MigrationResult } from '../../db/migrate';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import type { Envelope } from '../../shared/contract/envelope';
import { AppError } from '../../shared/domain/errors';
import { keyFileStore } from './audit/keyFile';
import { openSealing, sealKeysFor } from './audit/sealing';
import type { KeyStore } from './audit/sealKeys';
import type { SealKeys } from './audit/seals';
import { verifyChainTail } from './audit/verify';
import { copyToSecondFolder, latestGoodBackup, takeBackup } from './backups';
import { systemClock, type Clock } from './clock';
import { handlers, jobs } from './handlers';
import { startJobs, type JobHost } from './jobs';
import { holdFolder, takeFolderAlone, type FolderLock } from './folderLock';
import { NO_LOG, type Log, type LogSource } from './log';
import { restoreLedger, type BackupResult } from './maintenance';
import { readSettings } from './settings';
import { backupsDir, defaultKeysDir, KEY_FILE_NAME } from './paths';
import { Router } from './router';
import { DeskSession } from './session';
import { verifyCopyOffThread, type HelperLauncher } from './verifyOffThread';

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
   * stop, which settles once the jobs running have finished; `close()` stops them too.
   */
  startBackgroundJobs(): () => Promise<void>;
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
  /** Who runs the desk, named in the data folder's lock (a refused restore says who). */
  source?: LogSource;
  /**
   * Where this installation keeps the key sealing the audit chain: the desktop app passes its
   * safeStorage; by default the owner-only key file of the user's configuration folder.
   */
  keyStore?: KeyStore;
  /** Told once when the ledger file was replaced under the running desk (it stops writing). */
  onLedgerReplaced?: (file: string) => void;
  /**
   * How the automatic backups' helper (copy, then verify) is started in a process of its own
   * where the runtime is not plain Node: the desktop app's utility process (see verifyOffThread.ts).
   */
  helperLauncher?: HelperLauncher;
}

/** The web host's and the CLI's keyring: the key file in the user's configuration folder. */
export function defaultKeyStore(): KeyStore {
  return keyFileStore(path.join(defaultKeysDir(), KEY_FILE_NAME));
}

/** The next audit row's id: where this desk's sealing begins when the keyring has no record. */
function nextAuditId(ledger: Ledger): number {
  const row = ledger.sqlite.prepare('SELECT coalesce(max(id), 0) + 1 AS next FROM audit_log').get() as {
    next: number;
  };
  return row.next;
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
  const { dataDir } = options;
  const source = options.source ?? 'cli';
  // Held for as long as the desk runs: a restore in another process is refused meanwhile.
  let lock: FolderLock = holdFolder(dataDir, source);
  const file = path.join(dataDir, LEDGER_FILE_NAME);
  const log = options.log ?? NO_LOG;
  const keyStore = options.keyStore ?? defaultKeyStore();
  const existed = fs.existsSync(file);
  let ledger: Ledger;
  let migration: MigrationResult;
  try {
    ledger = openLedger(file);
    try {
      if (existed) await checkBeforeWriting(ledger, dataDir);
      migration = await migrateLedger(ledger, backupsDir(dataDir));
      ledger.auditSeal = openSealing(keyStore, file, nextAuditId(ledger), new Date(), log).seal;
    } catch (error) {
      await ledger.close();
      throw error;
    }
  } catch (error) {
    lock.release();
    throw error;
  }
  logMigration(log, migration);
  const clock = options.clock ?? systemClock;
  const session = new DeskSession();
  const startedAt = clock.now().getTime();
  const internalError = (channel: string, error: unknown) =>
    (options.onInternalError ?? console.error)(channel, error);
  const report = (error: unknown) => internalError('backup', error);
  /** Set once the ledger file was found replaced: nothing more is written, not even a backup. */
  let orphaned = false;

  const logged = async (
    reason: string,
    take: () => Promise<BackupResult & { second: Awaited<ReturnType<typeof takeBackup>>['second'] }>,
  ): Promise<BackupResult> => {
    try {
      const taken = await take();
      log.info(`backup taken (${reason}): ${path.basename(taken.file)}, ${taken.bytes} bytes`);
      if (taken.second && 'failed' in taken.second) {
        log.warn(
          `backup ${path.basename(taken.file)} not copied to the second folder (${taken.second.failed})`,
        );
      }
      return taken;
    } catch (error) {
      log.error(`backup failed (${reason})`, error);
      throw error;
    }
  };

  // From inside a call (a manual backup) the copy is taken within that call's transaction, and
  // the caller passes `keep` and the second folder: the call holds the connection readSettings
  // would need.
  const backupInCall = (reason: string, keep: number, secondDir?: string): Promise<BackupResult> =>
    logged(reason, () =>
      takeBackup(router.currentLedger, dataDir, reason, {
        keep,
        now: clock.now(),
        secondDir,
        // the copy is this call's; its verify is the helper's, as for the automatic ones
        launcher: options.helperLauncher,
      }),
    );

  // Any other backup (daily, on quit, after a day close) is copied by a helper — a process of its
  // own, or a worker thread (verifyOffThread.ts) — through a connection of its own, while the desk
  // goes on answering (the day's first start's sign-in would otherwise wait for the copy of
  // years); without one, between calls: a call's transaction opened midway through the copy on
  // the same connection would abandon it.
  const copying = new Set<Promise<unknown>>();
  /** Waits for the backups being taken: a restore or the close never swaps a file under one. */
  const backupsSettled = () => Promise.allSettled([...copying]);
  const backup = (reason: string, keepFromCall?: number): Promise<BackupResult> => {
    const taking = backupBetween(reason, keepFromCall);
    copying.add(taking);
    void taking.finally(() => copying.delete(taking)).catch(() => undefined);
    return taking;
  };
  const backupBetween = (reason: string, keepFromCall?: number): Promise<BackupResult> =>
    logged(reason, async () => {
      const current: Ledger = router.currentLedger;
      const settings = await readSettings(current.db);
      return takeBackup(current, dataDir, reason, {
        keep: keepFromCall ?? settings.backupKeep,
        now: clock.now(),
        offThread: true,
        launcher: options.helperLauncher,
        gate: (copy) => router.idle(() => copy()),
        secondDir: settings.secondBackupDir,
      });
    });

  /** The folder to this desk alone, for a restore; refused while another desk runs on it. */
  const aloneOnFolder = (): FolderLock => {
    lock.release();
    try {
      return takeFolderAlone(dataDir);
    } catch (error) {
      lock = holdFolder(dataDir, source);
      throw error;
    }
  };
  const backToShared = (alone: FolderLock) => {
    alone.release();
    lock = holdFolder(dataDir, source);
  };

  /** Swaps in a verified backup between two calls; the replaced ledger is kept in backups/. */
  const restore = async (backupFile: string): Promise<void> => {
    await backupsSettled();
    await router.exclusive(async (current: Ledger) => {
      const settings = await readSettings(current.db);
      await current.close();
      let alone: FolderLock | null = null;
      try {
        alone = aloneOnFolder();
        await restoreLedger(dataDir, backupFile, {
          now: clock.now(),
          keyStore,
          launcher: options.helperLauncher,
          copyReplaced: settings.secondBackupDir
            ? (replaced) => copyToSecondFolder(replaced, settings.secondBackupDir, settings.backupKeep)
            : undefined,
        });
        log.info(`ledger restored from ${path.basename(backupFile)}`);
      } catch (error) {
        log.error(`restore from ${path.basename(backupFile)} failed`, error);
        report(error);
      } finally {
        if (alone) backToShared(alone);
      }
      const restored = openLedger(file);
      logMigration(log, await migrateLedger(restored, backupsDir(dataDir)));
      restored.auditSeal = openSealing(keyStore, file, nextAuditId(restored), new Date(), log).seal;
      return restored;
    });
    session.signOut(); // the restored ledger has its own people; everyone signs in again
  };

  let stopJobs: () => Promise<void> = () => Promise.resolve();
  const router: Router = new Router({
    ledger,
    desk: session,
    clock,
    handlers,
    onInternalError: (channel, error, ref) => {
      log.error(`unexpected error on ${channel} (ref ${ref})`, error);
      internalError(channel, error);
    },
    onLedgerReplaced: (replacedFile) => {
      orphaned = true;
      void stopJobs();
      log.error(
        `the ledger file ${replacedFile} was replaced or removed by another program: writing stopped`,
      );
      options.onLedgerReplaced?.(replacedFile);
    },
    host: {
      dataDir,
      backup: backupInCall,
      backupBetweenCalls: backup,
      restore,
      verifyBackup: (backupFile) => verifyCopyOffThread(backupFile, options.helperLauncher),
      checkRestorable: () => backToShared(aloneOnFolder()),
      sealKeys: (): SealKeys => sealKeysFor(keyStore, file),
    },
  });
  // The jobs the services declare (handlers.ts), run as the system. The router answers each
  // call's output as the contract declares it (it checks it), hence the envelope's type.
  const jobHost: JobHost = {
    call: async <C extends Channel>(channel: C, input: InputOf<C>) => {
      const answer = (await router.call(channel, input, { system: true })) as Envelope<OutputOf<C>>;
      // An unexpected error is already logged by the router's onInternalError.
      if (!answer.ok && answer.error.code !== 'INTERNAL' && answer.error.code !== 'DESK_CLOSED') {
        log.warn(`background job: ${channel} refused (${answer.error.code})`);
      }
      return answer;
    },
    dataDir,
    now: () => clock.now(),
    upForMs: () => clock.now().getTime() - startedAt,
    quietForMs: () => clock.now().getTime() - Math.max(startedAt, session.lastActivityAt),
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
      void stopJobs();
      stopJobs = startJobs(jobs, jobHost, (error) => {
        log.error('background job failed', error);
        internalError('job', error);
      });
      return stopJobs;
    },
    async close(closeOptions = {}) {
      await stopJobs();
      if (closeOptions.backup && !orphaned) await backup('quit').catch(report);
      await backupsSettled();
      await router.currentLedger.close();
      lock.release();
    },
  };
}

import path from 'node:path';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrateLedger, type MigrationResult } from '../../db/migrate';
import { systemClock, type Clock } from './clock';
import { handlers } from './handlers';
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
  /**
   * The app's own timers, shared by every host: right away (catching up on what fell due while
   * the app was closed) and then every 30 s. Returns the stop; `close()` stops them too.
   */
  startBackgroundJobs?(): () => void;
  close(): Promise<void>;
}

/** How often the hosts run the app's own jobs (releasing expired unit holds). */
export const BACKGROUND_JOB_MS = 30_000;

export interface OpenDeskOptions {
  dataDir: string;
  clock?: Clock;
  onInternalError?: (channel: string, error: unknown) => void;
}

/** Opens (creating if needed) and migrates the ledger, and wires the router. All hosts use this. */
export async function openDesk(options: OpenDeskOptions): Promise<Desk> {
  const ledger = openLedger(path.join(options.dataDir, LEDGER_FILE_NAME));
  let migration: MigrationResult;
  try {
    migration = await migrateLedger(ledger, backupsDir(options.dataDir));
  } catch (error) {
    await ledger.close();
    throw error;
  }
  const session = new DeskSession();
  const router = new Router({
    ledger,
    desk: session,
    clock: options.clock ?? systemClock,
    handlers,
    onInternalError: options.onInternalError,
  });
  let timer: ReturnType<typeof setInterval> | null = null;
  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
  };
  const runJobs = async () => {
    // A read first, so the audit log gets a row only when something is actually released.
    const due = await router.call('holds.dueCount', {}, { system: true });
    if (due.ok && (due.data as { due: number }).due > 0) {
      await router.call('holds.expireDue', {}, { system: true });
    }
  };
  return {
    dataDir: options.dataDir,
    ledger,
    router,
    session,
    migration,
    startBackgroundJobs() {
      stop();
      void runJobs();
      timer = setInterval(() => void runJobs(), BACKGROUND_JOB_MS);
      timer.unref?.();
      return stop;
    },
    close: () => {
      stop();
      return ledger.close();
    },
  };
}

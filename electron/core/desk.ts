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
  close(): Promise<void>;
}

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
  return { dataDir: options.dataDir, ledger, router, session, migration, close: () => ledger.close() };
}

import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { assertReads, type WritableDB } from './access';
import type { Database } from './schema';
import { prepared } from './statements';

export interface Ledger {
  file: string;
  sqlite: BetterSqlite3.Database;
  db: WritableDB;
  /**
   * From now until the returned function is called, `db` refuses, as it prepares them, the
   * statements that could write (see assertReads). The router does so for each call, which
   * writes only through the ledger writer, on the raw connection; whoever else uses `db`
   * meanwhile waits for the call's connection, so only the call's own queries are checked.
   */
  refuseWrites(): () => void;
  /**
   * Seals an audit row's hash with the installation's key (electron/core/audit/sealing.ts); set
   * by the desk that opened the ledger. The ledger refuses an audit row without its seal.
   */
  auditSeal: ((hash: string) => string) | null;
  /**
   * True once the path no longer names the file this connection has open: another program
   * replaced or removed it (a restore run beside a running desk). Writes would land in a file
   * nobody will open again, so the router stops (see Router).
   */
  replaced(): boolean;
  close(): Promise<void>;
}

export const LEDGER_FILE_NAME = 'sitedesk.sqlite';

/**
 * The one way to open a ledger file. WAL lets readers (exports, the board) run beside the
 * writer; foreign keys are off by default in SQLite and our invariants rely on them; a busy
 * timeout makes a second process on the same file wait its turn instead of failing at once.
 */
export function openLedger(file: string, options: { readonly?: boolean } = {}): Ledger {
  if (!options.readonly) fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  sqlite.pragma('busy_timeout = 5000');
  if (!options.readonly) sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // FULL, not NORMAL: in WAL mode NORMAL may lose the last acknowledged transactions on power
  // loss. The desk writes a few entries a minute and each one can be cash or a unit hold, so a
  // write that was answered "ok" must survive a pulled plug; an fsync per commit is cheap at
  // that rate.
  sqlite.pragma('synchronous = FULL');
  const opened = fileIdentity(file);
  const guard = { readsOnly: false };
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: preparingOnce(sqlite, guard) }),
  });
  let closed = false;
  return {
    file,
    sqlite,
    db,
    auditSeal: null,
    replaced() {
      if (opened === null) return false;
      const now = fileIdentity(file);
      return now === null || now !== opened;
    },
    refuseWrites() {
      const before = guard.readsOnly;
      guard.readsOnly = true;
      return () => void (guard.readsOnly = before);
    },
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
      // Kysely closes the handle only if it ever ran a query: a ledger read through the raw
      // handle alone (verify, a count) would stay open until garbage collection, and SQLite
      // shares one WAL index per file within a process, so the next opening here would not
      // recover a transaction a killed writer had committed but not yet published.
      if (sqlite.open) sqlite.close();
    },
  };
}

/** The device and inode of the file at a path (the file index on Windows), or null when none. */
function fileIdentity(file: string): string | null {
  try {
    const stat = fs.statSync(file, { bigint: true });
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return null;
  }
}

/**
 * The handle Kysely is given: the same connection, but a query text is prepared once and its
 * statement reused (Kysely prepares on every execution, which costs as much as running a point
 * query); while `guard.readsOnly`, a statement that could write is refused before it runs.
 */
function preparingOnce(sqlite: BetterSqlite3.Database, guard: { readonly readsOnly: boolean }) {
  return {
    close: () => sqlite.close(),
    prepare: (sql: string): BetterSqlite3.Statement => {
      const statement = prepared(sqlite, sql);
      return guard.readsOnly ? assertReads(statement, sql) : statement;
    },
  };
}

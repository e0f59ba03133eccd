import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { AppError } from '../../shared/domain/errors';

/**
 * The data folder's lock. Every running desk (the app, the web host, a CLI command that opens the
 * ledger) holds it shared for as long as it runs; a restore, which replaces the ledger file,
 * needs it alone and is refused while any other desk holds it; a desk starting while a restore
 * holds it is refused in turn.
 *
 * The lock is SQLite's own file locking on a small file beside the ledger: in rollback-journal
 * mode an open reading transaction holds a SHARED lock, and an EXCLUSIVE transaction needs every
 * other one gone. The operating system drops the locks with the process, so a desk that crashed
 * never leaves a stale lock behind, on Windows as on Linux.
 */
export const LOCK_FILE_NAME = 'sitedesk.lock';
/** Who last took the lock, for the refusal's message only (the lock itself is the file's). */
const HOLDER_FILE_NAME = 'sitedesk.lock.json';

export interface FolderLock {
  release(): void;
}

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

function busy(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The lock file, made on first use; a busy file is refused at once (no waiting). */
function openLockFile(dataDir: string): BetterSqlite3.Database {
  fs.mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(path.join(dataDir, LOCK_FILE_NAME), { timeout: 0 });
  try {
    const made = db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'lock'`).get();
    if (!made) db.exec('CREATE TABLE IF NOT EXISTS lock (x INTEGER)');
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function lastHolder(dataDir: string): LockHolder | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dataDir, HOLDER_FILE_NAME), 'utf8')) as LockHolder;
  } catch {
    return null;
  }
}

/** Holds the folder shared while a desk runs; refused while a restore holds it alone. */
export function holdFolder(dataDir: string, host: string): FolderLock {
  let db: BetterSqlite3.Database;
  try {
    db = openLockFile(dataDir);
    try {
      db.exec('BEGIN');
      db.prepare('SELECT count(*) FROM lock').get();
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (busy(error)) throw new AppError('LEDGER_RESTORING');
    throw error;
  }
  const holder: LockHolder = { pid: process.pid, host, since: new Date().toISOString() };
  try {
    fs.writeFileSync(path.join(dataDir, HOLDER_FILE_NAME), JSON.stringify(holder));
  } catch {
    // Only the message of a refused restore would miss it.
  }
  return {
    release() {
      if (!db.open) return;
      db.exec('COMMIT');
      db.close();
    },
  };
}

/**
 * Holds the folder alone, for a restore: refused (naming the desk that last started) while any
 * desk runs on it.
 */
export function takeFolderAlone(dataDir: string): FolderLock {
  let db: BetterSqlite3.Database;
  try {
    db = openLockFile(dataDir);
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (!busy(error)) throw error;
    const holder = lastHolder(dataDir);
    throw new AppError('LEDGER_IN_USE', { holder: holder ? `${holder.host}, pid ${holder.pid}` : '—' });
  }
  return {
    release() {
      if (!db.open) return;
      db.exec('ROLLBACK');
      db.close();
    },
  };
}

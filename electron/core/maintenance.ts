import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { backupFileName, backupLedgerTo, openCopyReadOnly, removeWithCompanions } from '../../db/backup';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrations } from '../../db/migrations';
import type { VerifyReport } from '../../shared/contract/audit';
import { AppError } from '../../shared/domain/errors';
import type { SealKeys } from './audit/seals';
import { recordRestore } from './audit/sealing';
import type { KeyStore } from './audit/sealKeys';
import { verifyLedger } from './audit/verify';
import type { WitnessSource } from './audit/witnesses';
import { writeHeadFile } from './backupHeads';
import { backupsDir } from './paths';
import { copyLedgerOffThread, verifyCopyOffThread, type HelperLauncher } from './verifyOffThread';

export function ledgerFile(dataDir: string): string {
  return path.join(dataDir, LEDGER_FILE_NAME);
}

/** A report of a file that could not be verified at all. */
function failedReport(table: string, problem: string, integrity: string): VerifyReport {
  return {
    ok: false,
    auditRows: 0,
    ledgerRows: 0,
    integrity,
    firstProblem: { table, rowId: 0, problem },
    head: null,
    seals: {
      checked: false,
      unavailable: null,
      keyId: null,
      sealed: 0,
      legacy: 0,
      legacyThrough: null,
      foreign: 0,
      sealedFrom: null,
    },
    witnesses: [],
  };
}

export interface VerifyFileOptions {
  /**
   * The file is a copy (a backup), not a desk's live ledger: the `-wal`/`-shm` files reading it
   * may create are removed again, so verifying leaves its folder as it was.
   */
  copy?: boolean;
  seals?: SealKeys;
  /** The witnesses to hold the ledger against; given the open file (the settings name folders). */
  witnesses?: (sqlite: BetterSqlite3.Database) => WitnessSource[];
}

/**
 * Verifies a ledger file without changing it: opened read-only, so a damaged or foreign file is
 * never written to. A file that is not a SiteDesk ledger at all is reported, not thrown; the
 * report names SQLite's error code, never an exception's text.
 */
export async function verifyLedgerFile(file: string, options: VerifyFileOptions = {}): Promise<VerifyReport> {
  if (!fs.existsSync(file)) return failedReport('file', `no such file: ${file}`, 'missing');
  let sqlite: BetterSqlite3.Database;
  let close: () => Promise<void> | void = () => {};
  let sources: WitnessSource[] = [];
  try {
    if (options.copy) {
      const copy = openCopyReadOnly(file);
      sqlite = copy.sqlite;
      close = () => copy.close();
    } else {
      const ledger = openLedger(file, { readonly: true });
      sqlite = ledger.sqlite;
      close = () => ledger.close();
    }
    // Verifying reads every row once, in order: a page cache beyond SQLite's own default of 2 MB
    // buys nothing, and the 16 MB better-sqlite3 sets (with the sorts of the tally checks sized by
    // it) stay resident in the process long after a backup's verify on a worker thread ends
    // (memory freed on a thread is not always given back: ~45 MB on a five-year ledger).
    sqlite.pragma('cache_size = -2000');
    const newer = newerMigrations(sqlite);
    if (newer.length > 0) {
      return failedReport('kysely_migration', `written by a newer SiteDesk (${newer[0]})`, 'unknown');
    }
    sources = options.witnesses?.(sqlite) ?? [];
    return verifyLedger(sqlite, { seals: options.seals, witnesses: sources });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why = typeof code === 'string' ? code : 'not a SiteDesk ledger';
    return failedReport('file', `unreadable (${why})`, 'unreadable');
  } finally {
    for (const source of sources) source.close?.();
    await close();
  }
}

function newerMigrations(sqlite: BetterSqlite3.Database): string[] {
  const hasTable = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='kysely_migration'`)
    .get();
  if (!hasTable) throw new Error('not a SiteDesk ledger (no migration table)');
  const names = sqlite.prepare('SELECT name FROM kysely_migration').all() as { name: string }[];
  return names.map((n) => n.name).filter((n) => !(n in migrations));
}

export interface BackupResult {
  file: string;
  bytes: number;
  report: VerifyReport;
}

/** Runs the copy when it is safe to (between calls); by default at once. */
export type CopyGate = <T>(copy: () => Promise<T>) => Promise<T>;
const atOnce: CopyGate = (copy) => copy();

/**
 * An online backup of an open ledger, verified after writing (a backup that fails is removed),
 * with its head file beside it: the chain's head as the backup holds it, a witness of the chain
 * that stays valid even if the ledger and this backup are later rewritten together.
 */
export async function backupAndVerify(
  ledger: Ledger,
  outFile: string,
  gate: CopyGate = atOnce,
  options: { offThread?: boolean; launcher?: HelperLauncher } = {},
): Promise<BackupResult> {
  // Off the thread, the copy reads the file through a connection of its own and needs no quiet
  // moment; here, only the copy needs it. Either way it is verified on its own connection after.
  const here = () => gate(() => backupLedgerTo(ledger.sqlite, outFile));
  const { file, bytes } = options.offThread
    ? await copyLedgerOffThread(ledger.file, outFile, here, options.launcher)
    : await here();
  const report = await verifyCopyOffThread(file, options.launcher);
  if (!report.ok) {
    removeWithCompanions(file);
    throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
  }
  if (report.head) writeHeadFile(file, report.head, new Date().toISOString());
  return { file, bytes, report };
}

export function describeProblem(report: VerifyReport): string {
  const p = report.firstProblem;
  if (!p) return 'ok';
  return `${p.table}#${p.rowId}: ${p.problem}${p.witness ? ` (caught by: ${p.witness})` : ''}`;
}

/** The head of an open ledger's chain, or null when it has no audit row (or no audit log). */
function chainHeadOf(sqlite: BetterSqlite3.Database): { auditId: number; hash: string } | null {
  try {
    const row = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
      { id: number; hash: string } | undefined;
    return row ? { auditId: row.id, hash: row.hash } : null;
  } catch {
    return null;
  }
}

export interface RestoreOptions {
  /** When the replaced ledger is kept (names its backup); the desk's clock, or now. */
  now?: Date;
  /** The keyring whose record of this ledger file a restore of another PC's ledger resets. */
  keyStore?: KeyStore | null;
  /** Copy the replaced ledger's backup to the second backup folder too. */
  copyReplaced?: (file: string) => Promise<unknown>;
  /** How the host starts the helper that verifies the backup first (see verifyOffThread.ts). */
  launcher?: HelperLauncher;
}

/**
 * Replaces the ledger of a data folder with a backup. The backup must verify first; the current
 * ledger is itself backed up (with its head file) before it is replaced, so a restore never loses
 * anything — a current file too damaged to back up is moved aside as it is. Nothing may have the
 * ledger open meanwhile: the callers hold the data folder's lock alone (folderLock.ts).
 */
export async function restoreLedger(
  dataDir: string,
  fromFile: string,
  options: RestoreOptions = {},
): Promise<{ previous: string | null; report: VerifyReport }> {
  // by the helper, as a backup's own verify: on this thread a five-year backup held the host for
  // ~20 s and left the verify's peak (~480 MB) with it
  const report = await verifyCopyOffThread(fromFile, options.launcher);
  if (!report.ok) throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
  const target = ledgerFile(dataDir);
  const now = options.now ?? new Date();
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    previous = path.join(backupsDir(dataDir), backupFileName('before-restore', now));
    try {
      const current = openLedger(target);
      try {
        const head = chainHeadOf(current.sqlite);
        await backupLedgerTo(current.sqlite, previous);
        if (head) writeHeadFile(previous, head, now.toISOString());
      } finally {
        await current.close();
      }
      await options.copyReplaced?.(previous).catch(() => undefined);
    } catch {
      // Too damaged for SQLite to copy: kept byte for byte, under a name no list mistakes for a backup.
      previous = path.join(backupsDir(dataDir), `${backupFileName('damaged', now)}.damaged`);
      fs.mkdirSync(backupsDir(dataDir), { recursive: true });
      for (const suffix of ['', '-wal']) {
        if (fs.existsSync(`${target}${suffix}`))
          fs.copyFileSync(`${target}${suffix}`, `${previous}${suffix}`);
      }
    }
  }
  const source = openCopyReadOnly(fromFile);
  const staging = `${target}.restoring`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    await backupLedgerTo(source.sqlite, staging);
  } finally {
    source.close();
  }
  removeWithCompanions(target);
  fs.renameSync(staging, target);
  if (options.keyStore) recordRestore(options.keyStore, target);
  return { previous, report };
}

import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, backupLedgerTo } from '../../db/backup';
import { LEDGER_FILE_NAME, openLedger, type Ledger } from '../../db/connection';
import { migrations } from '../../db/migrations';
import type { VerifyReport } from '../../shared/contract/audit';
import { AppError } from '../../shared/domain/errors';
import { verifyLedger } from './audit/verify';
import { backupsDir } from './paths';

export function ledgerFile(dataDir: string): string {
  return path.join(dataDir, LEDGER_FILE_NAME);
}

/**
 * Verifies a ledger file without changing it: opened read-only, so a damaged or foreign file is
 * never written to. A file that is not a SiteDesk ledger at all is reported, not thrown.
 */
export async function verifyLedgerFile(file: string): Promise<VerifyReport> {
  if (!fs.existsSync(file)) {
    return {
      ok: false,
      auditRows: 0,
      ledgerRows: 0,
      integrity: 'missing',
      firstProblem: { table: 'file', rowId: 0, problem: `no such file: ${file}` },
    };
  }
  let ledger: Ledger | null = null;
  try {
    ledger = openLedger(file, { readonly: true });
    const newer = newerMigrations(ledger);
    if (newer.length > 0) {
      return {
        ok: false,
        auditRows: 0,
        ledgerRows: 0,
        integrity: 'unknown',
        firstProblem: {
          table: 'kysely_migration',
          rowId: 0,
          problem: `written by a newer SiteDesk (${newer[0]})`,
        },
      };
    }
    return verifyLedger(ledger.sqlite);
  } catch (error) {
    return {
      ok: false,
      auditRows: 0,
      ledgerRows: 0,
      integrity: 'unreadable',
      firstProblem: { table: 'file', rowId: 0, problem: (error as Error).message },
    };
  } finally {
    await ledger?.close();
  }
}

function newerMigrations(ledger: Ledger): string[] {
  const hasTable = ledger.sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type='table' AND name='kysely_migration'`)
    .get();
  if (!hasTable) throw new Error('not a SiteDesk ledger (no migration table)');
  const names = ledger.sqlite.prepare('SELECT name FROM kysely_migration').all() as { name: string }[];
  return names.map((n) => n.name).filter((n) => !(n in migrations));
}

export interface BackupResult {
  file: string;
  bytes: number;
  report: VerifyReport;
}

/** An online backup of an open ledger, verified after writing; a backup that fails is removed. */
/** Runs the copy when it is safe to (between calls); by default at once. */
export type CopyGate = <T>(copy: () => Promise<T>) => Promise<T>;
const atOnce: CopyGate = (copy) => copy();

export async function backupAndVerify(
  ledger: Ledger,
  outFile: string,
  gate: CopyGate = atOnce,
): Promise<BackupResult> {
  // Only the copy needs the quiet moment; the copy is verified on its own connection afterwards.
  const { file, bytes } = await gate(() => backupLedgerTo(ledger.sqlite, outFile));
  const report = await verifyLedgerFile(file);
  if (!report.ok) {
    fs.rmSync(file, { force: true });
    throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
  }
  return { file, bytes, report };
}

export function describeProblem(report: VerifyReport): string {
  const p = report.firstProblem;
  return p ? `${p.table}#${p.rowId}: ${p.problem}` : 'ok';
}

/**
 * Replaces the ledger of a data folder with a backup. The backup must verify first; the current
 * ledger is itself backed up before it is replaced, so a restore never loses anything. The app
 * must not have the ledger open while this runs.
 */
export async function restoreLedger(
  dataDir: string,
  fromFile: string,
): Promise<{ previous: string | null; report: VerifyReport }> {
  const report = await verifyLedgerFile(fromFile);
  if (!report.ok) throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
  const target = ledgerFile(dataDir);
  let previous: string | null = null;
  if (fs.existsSync(target)) {
    const current = openLedger(target);
    try {
      previous = path.join(backupsDir(dataDir), backupFileName('before-restore'));
      await backupLedgerTo(current.sqlite, previous);
    } finally {
      await current.close();
    }
  }
  const source = openLedger(fromFile, { readonly: true });
  const staging = `${target}.restoring`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    await backupLedgerTo(source.sqlite, staging);
  } finally {
    await source.close();
  }
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  return { previous, report };
}

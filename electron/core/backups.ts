import fs from 'node:fs';
import path from 'node:path';
import { backupFileName, removeWithCompanions } from '../../db/backup';
import type { Ledger } from '../../db/connection';
import { headFileOf, readHeadFile } from './backupHeads';
import { backupAndVerify, verifyLedgerFile, type BackupResult, type CopyGate } from './maintenance';
import type { HelperLauncher } from './verifyOffThread';
import { backupsDir } from './paths';
import { localDate } from '../../shared/domain/businessDate';

export interface BackupFile {
  file: string;
  name: string;
  bytes: number;
  takenAt: string;
  reason: string;
}

/** A folder backups go to: `backups/` in the data folder, or the second one of the settings. */
export interface BackupFolder {
  dir: string;
  /** Names it in reports: `backups/`, or the second folder's path. */
  label: string;
}

const NAME = /^sitedesk-(\d{8})T(\d{6})-(.+)\.sqlite$/;

/** The data folder's own backups folder, and the second one when the settings name one. */
export function backupFolders(dataDir: string, secondDir = ''): BackupFolder[] {
  const folders = [{ dir: backupsDir(dataDir), label: 'backups/' }];
  if (secondDir.trim() !== '') folders.push({ dir: secondDir, label: secondDir });
  return folders;
}

/** The backups in a folder, newest first, read from their names (as backupFileName writes them). */
export function listBackupsIn(dir: string): BackupFile[] {
  if (!fs.existsSync(dir)) return [];
  const found: BackupFile[] = [];
  for (const name of fs.readdirSync(dir)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, d, t, reason] = m as unknown as [string, string, string, string];
    const takenAt = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}T${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}Z`;
    const file = path.join(dir, name);
    found.push({ file, name, bytes: fs.statSync(file).size, takenAt, reason });
  }
  return found.sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name));
}

/** The backups in a data folder's `backups/`, newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  return listBackupsIn(backupsDir(dataDir));
}

/** The fingerprint of a backup's head, from its head file; null when it has none (or a bad one). */
export function backupFingerprint(backup: BackupFile): string | null {
  try {
    return readHeadFile(headFileOf(backup.file)).fingerprint;
  } catch {
    return null;
  }
}

/** The newest backup that passes verify, or null: what a damaged ledger is restored from. */
export async function latestGoodBackup(dataDir: string): Promise<BackupFile | null> {
  for (const backup of listBackups(dataDir)) {
    if ((await verifyLedgerFile(backup.file, { copy: true })).ok) return backup;
  }
  return null;
}

/**
 * The backups pruning removes: those beyond the newest `keep`, except a backup taken before a
 * restore that no day close has followed yet — the ledger as it was before it was replaced stays
 * at hand until a day has been closed on the restored one.
 */
export function prunable(backups: readonly BackupFile[], keep: number): BackupFile[] {
  const lastClose = backups.find((b) => b.reason === 'dayclose')?.takenAt ?? '';
  return backups.slice(keep).filter((b) => !(b.reason === 'before-restore' && b.takenAt >= lastClose));
}

/** Removes a backup with everything that belongs to it: its head file and any WAL companions. */
export function removeBackup(file: string): void {
  removeWithCompanions(file);
  fs.rmSync(headFileOf(file), { force: true });
}

export function pruneBackups(dir: string, keep: number): void {
  for (const old of prunable(listBackupsIn(dir), keep)) removeBackup(old.file);
}

/**
 * Copies a verified backup and its head file into the second folder (a USB stick, a share) and
 * prunes it as `backups/` is. The folder must exist: a stick that is not plugged in leaves its
 * mount point absent, and a folder made there would be on the PC's own disk. Copied under a
 * temporary name and renamed, so a pulled stick never holds half a backup under the final name.
 */
export async function copyToSecondFolder(
  backupFile: string,
  secondDir: string,
  keep: number,
): Promise<string> {
  if (!fs.existsSync(secondDir) || !fs.statSync(secondDir).isDirectory()) {
    throw Object.assign(new Error(`second backup folder not reachable: ${secondDir}`), { code: 'ENOENT' });
  }
  const target = path.join(secondDir, path.basename(backupFile));
  for (const [from, to] of [
    [backupFile, target],
    [headFileOf(backupFile), headFileOf(target)],
  ] as const) {
    if (!fs.existsSync(from)) continue;
    await fs.promises.copyFile(from, `${to}.partial`);
    await fs.promises.rename(`${to}.partial`, to);
  }
  pruneBackups(secondDir, keep);
  return target;
}

/** Where the second copy of a backup went, or why it did not. */
export type SecondCopy = { file: string } | { failed: string } | null;

/**
 * An automatic backup: online, verified after writing, its head file written beside it, copied
 * to the second folder when one is set; then the oldest beyond `keep` removed from each folder.
 * Reasons: `daily`, `quit`, `dayclose`, `manual`, `before-…` (migration, restore).
 */
export async function takeBackup(
  ledger: Ledger,
  dataDir: string,
  reason: string,
  options: {
    keep: number;
    now?: Date;
    gate?: CopyGate;
    offThread?: boolean;
    launcher?: HelperLauncher;
    secondDir?: string;
  },
): Promise<BackupResult & { second: SecondCopy }> {
  const result = await backupAndVerify(
    ledger,
    path.join(backupsDir(dataDir), backupFileName(reason, options.now ?? new Date())),
    options.gate,
    { offThread: options.offThread, launcher: options.launcher },
  );
  pruneBackups(backupsDir(dataDir), options.keep);
  let second: SecondCopy = null;
  if (options.secondDir) {
    try {
      second = { file: await copyToSecondFolder(result.file, options.secondDir, options.keep) };
    } catch (error) {
      second = { failed: (error as NodeJS.ErrnoException).code ?? 'failed' };
    }
  }
  return { ...result, second };
}

/** True when no backup was taken on this local calendar day yet. */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  // the names are stamped in UTC; the day is the office's (before 08:00 in Shanghai the UTC
  // date is still yesterday's)
  const today = localDate(now);
  return !listBackups(dataDir).some((b) => localDate(new Date(b.takenAt)) === today);
}

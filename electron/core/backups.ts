import fs from 'node:fs';
import path from 'node:path';
import { backupFileName } from '../../db/backup';
import type { Ledger } from '../../db/connection';
import { backupAndVerify, verifyLedgerFile, type BackupResult, type CopyGate } from './maintenance';
import { backupsDir } from './paths';

export interface BackupFile {
  file: string;
  name: string;
  bytes: number;
  takenAt: string;
  reason: string;
}

const NAME = /^sitedesk-(\d{8})T(\d{6})-(.+)\.sqlite$/;

/** The backups in a data folder, newest first, read from their names (as backupFileName writes them). */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
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

/** The newest backup that passes verify, or null: what a damaged ledger is restored from. */
export async function latestGoodBackup(dataDir: string): Promise<BackupFile | null> {
  for (const backup of listBackups(dataDir)) {
    if ((await verifyLedgerFile(backup.file)).ok) return backup;
  }
  return null;
}

/**
 * An automatic backup: online, verified after writing, then the oldest beyond `keep` removed.
 * Reasons: `daily`, `quit`, `dayclose`, `before-…` (migration, restore).
 */
export async function takeBackup(
  ledger: Ledger,
  dataDir: string,
  reason: string,
  keep: number,
  now: Date = new Date(),
  gate?: CopyGate,
): Promise<BackupResult> {
  const result = await backupAndVerify(
    ledger,
    path.join(backupsDir(dataDir), backupFileName(reason, now)),
    gate,
  );
  for (const old of listBackups(dataDir).slice(keep)) fs.rmSync(old.file, { force: true });
  return result;
}

/** True when no backup was taken on this local calendar day yet. */
export function dailyBackupDue(dataDir: string, now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !listBackups(dataDir).some((b) => b.takenAt.slice(0, 10) === today);
}

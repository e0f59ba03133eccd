import fs from 'node:fs';
import path from 'node:path';
import type { BackupView } from '../../../../shared/contract/backups';
import { AppError } from '../../../../shared/domain/errors';
import {
  backupFingerprint,
  dailyBackupDue,
  listBackups,
  listBackupsIn,
  type BackupFile,
} from '../../backups';
import type { HandlersOf, ServiceModule } from '../../handler';
import { describeProblem } from '../../maintenance';

/** How often the app checks whether the day's automatic backup is due and may start. */
const DAILY_BACKUP_CHECK_MS = 20_000;

/**
 * When the day's backup starts. Copying and verifying a five-year ledger takes a core and the
 * disk for tens of seconds (~43 s on the 2-core bench machine); begun with the desk, it slowed
 * the morning's first sign-in screen by ~0.4 s even below the desk's priority. So it waits
 * until the desk has run a minute and nobody has done anything at it for a minute (the pages'
 * polls are not acts), or, on a desk that is never quiet, until it has run an hour. A desk quit
 * sooner takes its quit backup, and a day close takes one of its own.
 */
const DAILY_BACKUP_WAIT = { afterStartMs: 60_000, quietMs: 60_000, latestMs: 60 * 60_000 };

function dailyBackupMayStart(desk: { upForMs(): number; quietForMs(): number }): boolean {
  const up = desk.upForMs();
  if (up < DAILY_BACKUP_WAIT.afterStartMs) return false;
  return desk.quietForMs() >= DAILY_BACKUP_WAIT.quietMs || up >= DAILY_BACKUP_WAIT.latestMs;
}

/** The desk's file-level operations as this call may use them: a backup, or also the restore. */
function host<H>(ctx: { host: H | null }): H {
  if (!ctx.host) throw new AppError('INTERNAL', { reason: 'no desk host for backups' });
  return ctx.host;
}

function reachable(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** The backups of `backups/`, then those only the second folder still holds, newest first. */
function allBackups(dataDir: string, secondDir: string): { backup: BackupFile; inSecond: boolean }[] {
  const second = secondDir && reachable(secondDir) ? listBackupsIn(secondDir) : [];
  const secondNames = new Set(second.map((b) => b.name));
  const own = listBackups(dataDir);
  const ownNames = new Set(own.map((b) => b.name));
  return [...own, ...second.filter((b) => !ownNames.has(b.name))]
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || b.name.localeCompare(a.name))
    .map((backup) => ({ backup, inSecond: secondNames.has(backup.name) }));
}

const view = (b: BackupFile, inSecond: boolean): BackupView => ({
  name: b.name,
  takenAt: b.takenAt,
  bytes: b.bytes,
  reason: b.reason,
  fingerprint: backupFingerprint(b),
  inSecondFolder: inSecond,
});

export const backupsHandlers: HandlersOf<'backups'> = {
  'backups.list': (_input, ctx) => {
    const secondDir = ctx.settings.secondBackupDir;
    return {
      backups: allBackups(host(ctx).dataDir, secondDir).map(({ backup, inSecond }) => view(backup, inSecond)),
      secondFolder: secondDir ? { dir: secondDir, reachable: reachable(secondDir) } : null,
    };
  },

  'backups.create': async (_input, ctx) => {
    const secondDir = ctx.settings.secondBackupDir;
    const made = await host(ctx).backup('manual', ctx.settings.backupKeep, secondDir || undefined);
    const found = listBackups(host(ctx).dataDir).find((b) => b.file === made.file) ?? {
      file: made.file,
      name: path.basename(made.file),
      bytes: made.bytes,
      takenAt: ctx.at,
      reason: 'manual',
    };
    const inSecond = secondDir !== '' && fs.existsSync(path.join(secondDir, found.name));
    return view(found, inSecond);
  },

  'backups.restore': async (input, ctx) => {
    const desk = host(ctx);
    const found = allBackups(desk.dataDir, ctx.settings.secondBackupDir).find(
      (b) => b.backup.name === input.name,
    );
    if (!found) throw new AppError('BACKUP_NOT_FOUND', { name: input.name });
    const report = await desk.verifyBackup(found.backup.file);
    if (!report.ok) throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
    // Another desk on the same folder (the web host beside the app) would go on writing into the
    // replaced file: refused now, before anything is promised.
    desk.checkRestorable();
    // The swap waits for this call to commit and answer; this audit row stays in the replaced
    // ledger, which is itself kept as a backup.
    ctx.afterCall(() => desk.restore(found.backup.file));
    return view(found.backup, found.inSecond);
  },
};

export const backupsService: ServiceModule<'backups'> = {
  handlers: backupsHandlers,
  jobs: [
    {
      everyMs: DAILY_BACKUP_CHECK_MS,
      run: async (desk) => {
        if (dailyBackupDue(desk.dataDir, desk.now()) && dailyBackupMayStart(desk)) await desk.backup('daily');
      },
    },
  ],
};

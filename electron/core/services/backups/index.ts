import path from 'node:path';
import type { BackupView } from '../../../../shared/contract/backups';
import { AppError } from '../../../../shared/domain/errors';
import { dailyBackupDue, listBackups, type BackupFile } from '../../backups';
import type { HandlersOf, ServiceModule } from '../../handler';
import { describeProblem, verifyLedgerFile } from '../../maintenance';

/** How often the app checks whether the day's automatic backup is due. */
const DAILY_BACKUP_CHECK_MS = 60 * 60_000;

/** The desk's file-level operations as this call may use them: a backup, or also the restore. */
function host<H>(ctx: { host: H | null }): H {
  if (!ctx.host) throw new AppError('INTERNAL', { reason: 'no desk host for backups' });
  return ctx.host;
}

const view = (b: BackupFile): BackupView => ({
  name: b.name,
  takenAt: b.takenAt,
  bytes: b.bytes,
  reason: b.reason,
});

export const backupsHandlers: HandlersOf<'backups'> = {
  'backups.list': (_input, ctx) => listBackups(host(ctx).dataDir).map(view),

  'backups.create': async (_input, ctx) => {
    const made = await host(ctx).backup('manual', ctx.settings.backupKeep);
    const found = listBackups(host(ctx).dataDir).find((b) => b.file === made.file);
    return view(
      found ?? {
        file: made.file,
        name: path.basename(made.file),
        bytes: made.bytes,
        takenAt: ctx.at,
        reason: 'manual',
      },
    );
  },

  'backups.restore': async (input, ctx) => {
    const desk = host(ctx);
    const backup = listBackups(desk.dataDir).find((b) => b.name === input.name);
    if (!backup) throw new AppError('BACKUP_NOT_FOUND', { name: input.name });
    const report = await verifyLedgerFile(backup.file);
    if (!report.ok) throw new AppError('BACKUP_INVALID', { reason: describeProblem(report) });
    // The swap waits for this call to commit and answer; this audit row stays in the replaced
    // ledger, which is itself kept as a backup.
    ctx.afterCall(() => desk.restore(backup.file));
    return view(backup);
  },
};

export const backupsService: ServiceModule<'backups'> = {
  handlers: backupsHandlers,
  jobs: [
    {
      everyMs: DAILY_BACKUP_CHECK_MS,
      run: async (desk) => {
        if (dailyBackupDue(desk.dataDir, desk.now())) await desk.backup('daily');
      },
    },
  ],
};

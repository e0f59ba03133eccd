import fs from 'node:fs';
import path from 'node:path';
import { SYNC_STATES } from '../../../shared/domain/vocab';
import { hqDir } from './connection';
import type { SyncReport } from './run';

/**
 * How the last sync with HQ ended, kept beside the ledger for `sync.status` and
 * `npm run desk -- sync --status` (whichever process ran it: the desk's job or the CLI).
 */
export function lastSyncFile(dataDir: string): string {
  return path.join(hqDir(dataDir), 'last-sync.json');
}

export function recordLastSync(dataDir: string, report: SyncReport): void {
  fs.mkdirSync(hqDir(dataDir), { recursive: true, mode: 0o700 });
  const file = lastSyncFile(dataDir);
  const staging = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(staging, `${JSON.stringify(report)}\n`, { mode: 0o600 });
  fs.renameSync(staging, file);
}

export function readLastSync(dataDir: string): SyncReport | null {
  try {
    const report = JSON.parse(fs.readFileSync(lastSyncFile(dataDir), 'utf8')) as SyncReport;
    return (SYNC_STATES as readonly string[]).includes(report.state) && typeof report.at === 'string'
      ? report
      : null;
  } catch {
    return null;
  }
}

/** A run that ended in an error (HQ unreachable, the connection cut): as a report. */
export function unreachable(dataDir: string, error: unknown, at: Date): SyncReport {
  const previous = readLastSync(dataDir);
  return {
    state: 'unreachable',
    officeId: previous?.officeId ?? null,
    at: at.toISOString(),
    head: previous?.head ?? null,
    localSeq: previous?.localSeq ?? 0,
    batches: 0,
    sent: 0,
    accepted: 0,
    acknowledged: 0,
    detail: error instanceof Error ? error.message : String(error),
    problemSeq: null,
  };
}

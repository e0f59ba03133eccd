import path from 'node:path';
import { LEDGER_FILE_NAME, openLedger } from '../../db/connection';
import { migrateLedger } from '../../db/migrate';
import { verifyChainTail } from '../../electron/core/audit/verify';
import type { Clock } from '../../electron/core/clock';
import fs from 'node:fs';
import { openDesk, QUICK_CHECK_MAX_BYTES } from '../../electron/core/desk';
import { backupsDir } from '../../electron/core/paths';

const time = async <T>(op: () => T | Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const result = await op();
  return [result, performance.now() - t0];
};

/**
 * Start-up to ready: `openDesk` as every host calls it (open, the checks before writing, the
 * migration check, the router), three times; then the same steps one by one for the breakdown.
 */
export async function measureStartup(dataDir: string, clock: Clock) {
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const [desk, ms] = await time(() => openDesk({ dataDir, clock }));
    runs.push(ms);
    await desk.close();
  }
  const [ledger, openMs] = await time(() => openLedger(path.join(dataDir, LEDGER_FILE_NAME)));
  const [, quickCheckMs] = await time(() => ledger.sqlite.pragma('quick_check'));
  const [, chainTailMs] = await time(() => verifyChainTail(ledger.sqlite));
  const [, migrateCheckMs] = await time(() => migrateLedger(ledger, backupsDir(dataDir)));
  await ledger.close();
  const sorted = [...runs].sort((a, b) => a - b);
  return {
    readyMs: Math.round(sorted[1]! * 10) / 10,
    firstMs: Math.round(runs[0]! * 10) / 10,
    integrityCheck:
      fs.statSync(path.join(dataDir, LEDGER_FILE_NAME)).size <= QUICK_CHECK_MAX_BYTES
        ? 'quick_check + audit chain tail (200 rows)'
        : `audit chain tail (200 rows); quick_check skipped above ${QUICK_CHECK_MAX_BYTES / 2 ** 20} MB (the daily backup checks integrity)`,
    breakdown: {
      openMs: Math.round(openMs * 10) / 10,
      quickCheckMs: Math.round(quickCheckMs * 10) / 10,
      chainTailMs: Math.round(chainTailMs * 10) / 10,
      migrateCheckMs: Math.round(migrateCheckMs * 10) / 10,
    },
  };
}

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import { migrations } from '../../../db/migrations';
import { openDesk } from '../../../electron/core/desk';
import { GENERATOR_VERSION, generateOffice, type GeneratedOffice } from './index';

/** Where generated ledgers are kept between bench runs (SITEDESK_BENCH_CACHE overrides). */
export function benchCacheDir(): string {
  return process.env.SITEDESK_BENCH_CACHE ?? path.join(os.tmpdir(), 'sitedesk-bench-cache');
}

/**
 * A generated ledger is kept per generator version and number of years. It records which
 * migrations (name and code) it was generated under: while those are still the first of the
 * app's migrations, unchanged, it is reused and brought up to date by the later ones — as an
 * office's ledger is when SiteDesk is upgraded; if one of them changed, it is generated again.
 */
export function cacheKey(years: number): string {
  return `office-${years}y-generator${GENERATOR_VERSION}`;
}

/** Each migration's name with a hash of its code. */
export function migrationPrints(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(migrations).map(([name, migration]) => [
      name,
      crypto.createHash('sha256').update(String(migration.up)).digest('hex').slice(0, 16),
    ]),
  );
}

/** True when the ledger's migrations are the app's first ones, unchanged. */
function stillValid(generatedUnder: Record<string, string> | undefined): boolean {
  if (!generatedUnder) return false;
  const now = migrationPrints();
  return Object.entries(generatedUnder).every(([name, print]) => now[name] === print);
}

export interface CachedOffice extends GeneratedOffice {
  /** The cached ledger file: copy it before opening, the bench never writes to it. */
  file: string;
  generatedMs: number;
  fromCache: boolean;
  /** The migrations the ledger was generated under (name → hash of its code). */
  migrations?: Record<string, string>;
}

/** Opens the cached ledger once, so the app migrates it forward, and drops the pre-upgrade backup. */
async function upgrade(dir: string): Promise<void> {
  const desk = await openDesk({ dataDir: dir });
  await desk.close();
  fs.rmSync(path.join(dir, 'backups'), { recursive: true, force: true });
}

/** The busy office over `years`, generated once and then read from the cache. */
export async function cachedOffice(
  years: number,
  onDay?: (done: number, total: number) => void,
): Promise<CachedOffice> {
  const dir = path.join(benchCacheDir(), cacheKey(years));
  const file = path.join(dir, LEDGER_FILE_NAME);
  const meta = path.join(dir, 'office.json');
  if (fs.existsSync(meta) && fs.existsSync(file)) {
    const cached = JSON.parse(fs.readFileSync(meta, 'utf8')) as CachedOffice;
    if (stillValid(cached.migrations)) {
      if (Object.keys(cached.migrations!).length < Object.keys(migrations).length) {
        await upgrade(dir);
        cached.migrations = migrationPrints();
        fs.writeFileSync(meta, JSON.stringify(cached));
      }
      return { ...cached, file, fromCache: true };
    }
  }
  const work = `${dir}.partial-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  const t0 = performance.now();
  const generated = await generateOffice({ dataDir: work, years, onDay });
  const generatedMs = Math.round(performance.now() - t0);
  fs.rmSync(path.join(work, 'backups'), { recursive: true, force: true });
  fs.writeFileSync(
    path.join(work, 'office.json'),
    JSON.stringify({ ...generated, generatedMs, migrations: migrationPrints() }),
  );
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(work, dir);
  return { ...generated, generatedMs, file, fromCache: false };
}

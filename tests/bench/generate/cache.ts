import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import { migrations } from '../../../db/migrations';
import { GENERATOR_VERSION, generateOffice, type GeneratedOffice } from './index';

/** Where generated ledgers are kept between bench runs (SITEDESK_BENCH_CACHE overrides). */
export function benchCacheDir(): string {
  return process.env.SITEDESK_BENCH_CACHE ?? path.join(os.tmpdir(), 'sitedesk-bench-cache');
}

/**
 * A ledger is reusable while the schema and the generator are the same: the key hashes every
 * migration's name and code, the generator's version and the number of years.
 */
export function cacheKey(years: number): string {
  const hash = crypto.createHash('sha256');
  for (const [name, migration] of Object.entries(migrations)) hash.update(name).update(String(migration.up));
  hash.update(`generator:${GENERATOR_VERSION}:years:${years}`);
  return `office-${years}y-${hash.digest('hex').slice(0, 16)}`;
}

export interface CachedOffice extends GeneratedOffice {
  /** The cached ledger file: copy it before opening, the bench never writes to it. */
  file: string;
  generatedMs: number;
  fromCache: boolean;
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
    return { ...(JSON.parse(fs.readFileSync(meta, 'utf8')) as CachedOffice), file, fromCache: true };
  }
  const work = `${dir}.partial-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  const t0 = performance.now();
  const generated = await generateOffice({ dataDir: work, years, onDay });
  const generatedMs = Math.round(performance.now() - t0);
  fs.rmSync(path.join(work, 'backups'), { recursive: true, force: true });
  fs.writeFileSync(path.join(work, 'office.json'), JSON.stringify({ ...generated, generatedMs }));
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(work, dir);
  return { ...generated, generatedMs, file, fromCache: false };
}

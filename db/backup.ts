import fs from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * An online backup through SQLite's backup API: consistent even while the desk is writing,
 * unlike copying the file. Writes to a temporary name first so a half-written backup never
 * carries the final name.
 */
export async function backupLedgerTo(
  sqlite: BetterSqlite3.Database,
  outFile: string,
): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  const partial = `${outFile}.partial`;
  fs.rmSync(partial, { force: true });
  await sqlite.backup(partial);
  fs.renameSync(partial, outFile);
  return { file: outFile, bytes: fs.statSync(outFile).size };
}

export function backupFileName(reason: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `sitedesk-${stamp}-${reason}.sqlite`;
}

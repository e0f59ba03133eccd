import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/** The files SQLite may keep beside a database: its write-ahead log and its shared-memory index. */
export const COMPANION_SUFFIXES = ['-wal', '-shm'] as const;

/**
 * An online backup through SQLite's backup API: consistent even while the desk is writing,
 * unlike copying the file. Writes to a temporary name first so a half-written backup never
 * carries the final name. The copy is switched to rollback-journal mode: the ledger runs in WAL
 * mode and the copy would inherit it, and opening a WAL file — even read-only, to verify it —
 * makes SQLite create `-wal` and `-shm` files beside it, which nothing would ever remove.
 */
export async function backupLedgerTo(
  sqlite: BetterSqlite3.Database,
  outFile: string,
  options: { inOneStep?: boolean } = {},
): Promise<{ file: string; bytes: number }> {
  fs.mkdirSync(path.dirname(path.resolve(outFile)), { recursive: true });
  const partial = `${outFile}.partial`;
  removeWithCompanions(partial);
  // In one step the copy reads one snapshot under one read lock: another connection's commit
  // meanwhile neither restarts it nor waits for it (WAL lets a writer past a reader).
  await sqlite.backup(partial, options.inOneStep ? { progress: () => 0x7fffffff } : undefined);
  const copy = new BetterSqlite3(partial);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  removeWithCompanions(partial, { keepFile: true });
  fs.renameSync(partial, outFile);
  return { file: outFile, bytes: fs.statSync(outFile).size };
}

export function backupFileName(reason: string, at: Date = new Date()): string {
  const stamp = at.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
  return `sitedesk-${stamp}-${reason}.sqlite`;
}

/** Removes a database file and its WAL companions (or only the companions). */
export function removeWithCompanions(file: string, options: { keepFile?: boolean } = {}): void {
  if (!options.keepFile) fs.rmSync(file, { force: true });
  for (const suffix of COMPANION_SUFFIXES) fs.rmSync(`${file}${suffix}`, { force: true });
}

/**
 * Opens a copy of a ledger (a backup) read-only and leaves its folder as it found it: a copy in
 * WAL mode (taken before copies were switched out of it) makes SQLite create `-wal`/`-shm`
 * files even for a read-only connection; those it created, and that hold nothing, are removed on
 * closing. Never for the live ledger, whose companions belong to the desk using it.
 */
export function openCopyReadOnly(file: string): { sqlite: BetterSqlite3.Database; close(): void } {
  const existed = COMPANION_SUFFIXES.map((suffix) => fs.existsSync(`${file}${suffix}`));
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  return {
    sqlite,
    close() {
      if (sqlite.open) sqlite.close();
      COMPANION_SUFFIXES.forEach((suffix, i) => {
        const companion = `${file}${suffix}`;
        if (existed[i] || !fs.existsSync(companion)) return;
        if (suffix === '-wal' && fs.statSync(companion).size > 0) return;
        fs.rmSync(companion, { force: true });
      });
    },
  };
}

/**
 * An online backup of a ledger file through a connection of its own, as a worker thread takes
 * it: one snapshot of what was committed when the copy began, read while the desk's own
 * connection goes on answering (and writing). The ledger's WAL companions are left as they are.
 */
export async function backupLedgerFileTo(
  ledgerFile: string,
  outFile: string,
): Promise<{ file: string; bytes: number }> {
  const source = new BetterSqlite3(ledgerFile, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    return await backupLedgerTo(source, outFile, { inOneStep: true });
  } finally {
    source.close();
  }
}

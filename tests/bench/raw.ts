import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sample, summarise, type Figures } from './stats';

/**
 * The physical limit on this machine: a single-row write transaction at the ledger's durability
 * (WAL, synchronous=FULL, as db/connection.ts opens it), and an indexed point query on the
 * generated ledger itself.
 */
export async function rawLimits(
  dir: string,
  ledgerFile: string,
  writes: number,
): Promise<{ writes: Figures; pointQuery: Figures }> {
  const db = new BetterSqlite3(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (at, payload) VALUES (?, ?)');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  let i = 0;
  const writeSamples = await sample(
    () => {
      begin.run();
      insert.run(new Date().toISOString(), JSON.stringify({ i: i++ }));
      commit.run();
    },
    writes,
    60_000,
  );
  db.close();

  const ledger = new BetterSqlite3(ledgerFile, { readonly: true });
  const max = (ledger.prepare('SELECT max(id) AS n FROM visits').get() as { n: number | null }).n ?? 1;
  const point = ledger.prepare('SELECT * FROM visits WHERE id = ?');
  const readSamples = await sample(() => point.get(1 + Math.floor(Math.random() * max)), writes, 10_000);
  ledger.close();
  return { writes: summarise(writeSamples), pointQuery: summarise(readSamples) };
}

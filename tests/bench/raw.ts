import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sample, summarise, type Figures } from './stats';

/**
 * The physical limit on this machine: a single-row write transaction at the ledger's durability
 * (WAL, synchronous=FULL, as db/connection.ts opens it), on a file beside the ledger.
 */
export function rawWriter(dir: string): { write(): void; close(): void } {
  const db = new BetterSqlite3(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (at, payload) VALUES (?, ?)');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  let i = 0;
  return {
    write() {
      begin.run();
      insert.run(new Date().toISOString(), JSON.stringify({ i: i++ }));
      commit.run();
    },
    close: () => db.close(),
  };
}

/** An indexed point query on the generated ledger itself (read-only). */
export async function rawPointQuery(ledgerFile: string, times: number): Promise<Figures> {
  const ledger = new BetterSqlite3(ledgerFile, { readonly: true });
  const max = (ledger.prepare('SELECT max(id) AS n FROM visits').get() as { n: number | null }).n ?? 1;
  const point = ledger.prepare('SELECT * FROM visits WHERE id = ?');
  const samples = await sample(() => point.get(1 + Math.floor(Math.random() * max)), times, 10_000);
  ledger.close();
  return summarise(samples);
}

/**
 * The raw write and the router's write, measured in alternating rounds, so that whatever else
 * the machine does during the run weighs on both alike.
 */
export async function interleavedWrites(
  raw: () => unknown,
  router: () => Promise<unknown>,
  total: number,
  rounds = 10,
): Promise<{ raw: Figures; router: Figures }> {
  const rawSamples: number[] = [];
  const routerSamples: number[] = [];
  const perRound = Math.max(1, Math.ceil(total / rounds));
  for (let r = 0; r < rounds; r++) {
    rawSamples.push(...(await sample(raw, perRound, 30_000)));
    routerSamples.push(...(await sample(router, perRound, 30_000)));
  }
  return { raw: summarise(rawSamples), router: summarise(routerSamples) };
}

/**
 * `npm run bench`: what the router costs next to the SQLite write it wraps. Prints a table and,
 * as the last line, one JSON object with every figure. Never fails on a slow machine: it reports.
 * Later issues extend it with the five-year ledger (issue 10).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { seedDemo } from '../../electron/core/demo';
import { openDesk } from '../../electron/core/desk';

const WRITES = Number(process.env.BENCH_WRITES ?? 2000);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function summarise(samplesMs: number[]) {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = samplesMs.reduce((a, b) => a + b, 0);
  return {
    perSecond: Math.round((samplesMs.length / total) * 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** The physical limit: a single-row write transaction at the ledger's durability (WAL, FULL). */
function rawWrites(dir: string) {
  const db = new BetterSqlite3(path.join(dir, 'raw.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, at TEXT NOT NULL, payload TEXT NOT NULL) STRICT');
  const insert = db.prepare('INSERT INTO t (at, payload) VALUES (?, ?)');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const samples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    begin.run();
    insert.run(new Date().toISOString(), JSON.stringify({ i }));
    commit.run();
    samples.push(performance.now() - t0);
  }
  const point = db.prepare('SELECT * FROM t WHERE id = ?');
  const reads: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    point.get(1 + (i % WRITES));
    reads.push(performance.now() - t0);
  }
  db.close();
  return { writes: summarise(samples), pointRead: summarise(reads) };
}

/** The same single-row write through the router: validation, roles, transaction, audit chain. */
async function routerWrites(dir: string) {
  const desk = await openDesk({ dataDir: dir });
  await seedDemo(desk.router);
  const admin = (await desk.router.call('auth.roster', {})) as {
    ok: true;
    data: { id: number; name: string }[];
  };
  const adminId = admin.data.find((u) => u.name === '系统管理员')!.id;
  await desk.router.call('auth.signIn', { userId: adminId, secret: '900000' });
  const samples: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    const res = await desk.router.call('settings.update', { idleLockMinutes: 5 + (i % 10) });
    samples.push(performance.now() - t0);
    if (!res.ok) throw new Error(res.error.message);
  }
  const reads: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    await desk.router.call('settings.get', {});
    reads.push(performance.now() - t0);
  }
  await desk.close();
  return { writes: summarise(samples), read: summarise(reads) };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bench-'));
  const raw = rawWrites(dir);
  const routed = await routerWrites(path.join(dir, 'desk'));
  const ratio = routed.writes.perSecond / raw.writes.perSecond;
  const rows = [
    ['raw single-row write txn (WAL, synchronous=FULL)', raw.writes],
    ['router write (settings.update + audit row)', routed.writes],
    ['raw indexed point read', raw.pointRead],
    ['router read (settings.get)', routed.read],
  ] as const;
  console.log(
    `SiteDesk bench — ${WRITES} operations each, ${os.cpus().length} cores, node ${process.version}`,
  );
  console.log(
    'operation'.padEnd(52),
    'ops/s'.padStart(8),
    'p50 ms'.padStart(8),
    'p95 ms'.padStart(8),
    'p99 ms'.padStart(8),
  );
  for (const [name, s] of rows) {
    console.log(
      name.padEnd(52),
      String(s.perSecond).padStart(8),
      s.p50.toFixed(3).padStart(8),
      s.p95.toFixed(3).padStart(8),
      s.p99.toFixed(3).padStart(8),
    );
  }
  console.log(`router/raw write throughput: ${(ratio * 100).toFixed(1)}%`);
  console.log(
    JSON.stringify({ writes: WRITES, raw, router: routed, routerToRawWriteRatio: Number(ratio.toFixed(3)) }),
  );
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();

import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { readAcknowledgedHead } from '../../electron/core/sync/acknowledgedHead';
import { syncWithHq, type SyncReport } from '../../electron/core/sync/run';
import { seededRandom } from '../bench/generate/office';
import { CuttingProxy } from './support/cuttingProxy';
import { clusterInfo, freshHq, type TestHq } from './support/hq';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * Three offices sync into one HQ at once while the network drops their connections at random
 * moments, again and again; then it holds. Nothing is lost, nothing is there twice, and each
 * office's chain at HQ is its own chain.
 */
const OFFICES = [
  { id: 'east', seed: 11 },
  { id: 'west', seed: 22 },
  { id: 'south', seed: 33 },
];
const MIN_CUTS = 50;

let hq: TestHq;
let offices: TestOffice[];
const urls = new Map<string, string>();

beforeAll(async () => {
  hq = await freshHq();
  offices = [];
  for (const o of OFFICES) {
    offices.push(await demoOffice(o.id, { days: 2, seed: o.seed }));
    urls.set(o.id, (await hq.addOffice(o.id)).url);
  }
});
afterAll(async () => {
  for (const office of offices ?? []) await office.close();
  await hq?.close();
});

function localRows(dataDir: string, sql: string): unknown[] {
  const sqlite = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), { readonly: true });
  try {
    return sqlite.prepare(sql).raw().all();
  } finally {
    sqlite.close();
  }
}

async function hqRows(sql: string, officeId: string): Promise<unknown[]> {
  return (await hq.admin.query({ text: sql, values: [officeId], rowMode: 'array' })).rows;
}

/** Syncs until HQ holds the whole ledger, starting again after every cut; counts the attempts. */
async function syncThroughCuts(office: TestOffice, url: string, stats: { failures: number }) {
  for (let attempt = 0; attempt < 2000; attempt++) {
    let report: SyncReport;
    try {
      report = await syncWithHq({
        dataDir: office.dataDir,
        url,
        limits: { entries: 8, bytes: 256 * 1024 },
        timeouts: { connectMs: 5_000, callMs: 30_000 },
      });
    } catch {
      stats.failures++;
      continue;
    }
    if (report.state === 'synced') return report;
    if (report.state !== 'partial') throw new Error(`${office.officeId}: ${report.state} ${report.detail}`);
  }
  throw new Error(`${office.officeId}: never synced`);
}

describe('three offices, a network that keeps dropping', () => {
  test(`connections cut at random moments (≥ ${MIN_CUTS} times) and resumed: nothing lost, nothing twice`, async () => {
    const { host, port } = clusterInfo();
    const random = seededRandom(20_261_123);
    // Each connection is cut after a random number of bytes up to 64 KB: above the largest batch
    // the demo's days send (a close or a handover with its counts), so a batch can get through
    // between cuts, as on a real network; below it no connection would ever finish.
    const proxy = new CuttingProxy({ host, port }, () => Math.floor(random() * 64_000));
    await proxy.listen();
    const stats = { failures: 0 };
    try {
      // while the network is cut ever again, people at the desks keep working
      let round = 0;
      while (proxy.cuts < MIN_CUTS) {
        await Promise.all(
          offices.map(async (office) => {
            await office.as('王芳', 'calls.record', {
              callerName: `来电${round}`,
              phone: `1390000${String(round).padStart(4, '0')}`,
              channel: '其他',
            });
            await syncThroughCuts(office, proxy.url(urls.get(office.officeId)!), stats);
          }),
        );
        round++;
      }
    } finally {
      await proxy.close();
    }
    expect(proxy.cuts).toBeGreaterThanOrEqual(MIN_CUTS);
    expect(stats.failures).toBeGreaterThanOrEqual(MIN_CUTS / 2);
    console.log(
      `network cuts: ${proxy.cuts} cuts over ${proxy.connections} connections, ${stats.failures} runs cut short`,
    );

    for (const office of offices) {
      const id = office.officeId;
      const chain = localRows(office.dataDir, 'SELECT id, hash, prev_hash FROM audit_log ORDER BY id');
      expect(
        await hqRows(
          'SELECT seq::int, hash, prev_hash FROM hq.ledger_entries WHERE office_id = $1 ORDER BY seq',
          id,
        ),
      ).toEqual(chain);
      // each fact once in the reports' tables too
      for (const table of ['calls', 'visits', 'ticket_movements', 'hold_events']) {
        expect(
          await hqRows(`SELECT id::int FROM hq.${table} WHERE office_id = $1 ORDER BY id`, id),
          `${id} ${table}`,
        ).toEqual(localRows(office.dataDir, `SELECT id FROM ${table} ORDER BY id`));
      }
      const head = readAcknowledgedHead(office.dataDir)!;
      expect([head.seq, head.hash]).toEqual((chain.at(-1) as [number, string]).slice(0, 2));
    }
    const offered = await hq.admin.query(
      `SELECT count(*) AS n FROM hq.forks UNION ALL SELECT count(*) FROM hq.refusals`,
    );
    expect(offered.rows.map((r: { n: string }) => Number(r.n))).toEqual([0, 0]);
  });

  test('an answer lost after HQ committed: the office learns HQ has the batch and sends nothing twice', async () => {
    const office = offices[0]!;
    await office.as('王芳', 'calls.record', {
      callerName: '最后一位',
      phone: '13911112222',
      channel: '其他',
    });
    const { host, port } = clusterInfo();
    // the connection carries the login, the head, the batch and its commit, and is cut as HQ answers
    let seen: number;
    const proxy = new CuttingProxy({ host, port }, () => Infinity);
    await proxy.listen();
    try {
      const url = proxy.url(urls.get(office.officeId)!);
      proxy.loseNextAnswer = true;
      await expect(syncWithHq({ dataDir: office.dataDir, url })).rejects.toThrow();
      seen = Number(
        (await hq.admin.query(`SELECT head_seq FROM hq.offices WHERE office_id = $1`, [office.officeId]))
          .rows[0].head_seq,
      );
      expect(proxy.cuts).toBe(1);
      const again = await syncWithHq({ dataDir: office.dataDir, url });
      expect(again).toMatchObject({ state: 'synced', accepted: 0, sent: 0 });
    } finally {
      await proxy.close();
    }
    const chain = localRows(office.dataDir, 'SELECT id FROM audit_log ORDER BY id');
    expect(seen).toBe(chain.length); // HQ had taken it before the cut
  });
});

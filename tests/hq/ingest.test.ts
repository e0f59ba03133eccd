import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { OutboxEntry } from '../../electron/core/sync/outbox';
import { canonicalJson, sha256Hex } from '../../electron/core/canonical';
import { freshHq, type TestHq } from './support/hq';
import { ingest, outboxOf } from './support/entries';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * HQ's ingest, called as an office would: in order, exactly once under retries, every hash
 * recomputed at HQ, forks and gaps refused and recorded, and nothing half-taken.
 */
let hq: TestHq;
let office: TestOffice;
let client: pg.Client;
let entries: OutboxEntry[];
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('alpha', { days: 2, seed: 2 }); // a seed whose history holds units
  entries = outboxOf(office.dataDir);
  client = await hq.connect((await hq.addOffice('alpha', '魅力晶都')).url);
});
afterAll(async () => {
  await office?.close();
  await hq?.close();
});

async function count(table: string, officeId = 'alpha'): Promise<number> {
  const r = await hq.admin.query<{ n: string }>(
    `SELECT count(*) AS n FROM hq.${table} WHERE office_id = $1`,
    [officeId],
  );
  return Number(r.rows[0]!.n);
}

describe('ingest', () => {
  test('the office has a real chain to send: rows of visits, calls, tickets and master rows written again later', () => {
    expect(entries.length).toBeGreaterThan(200);
    const kinds = new Set(
      entries.flatMap((e) => e.rows.map((r) => ('row' in r ? r.t : `${r.t} superseded`))),
    );
    for (const kind of [
      'visits',
      'calls',
      'ticket_movements',
      'day_close_events',
      'unit_claims superseded',
      'office_identity',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  test('a batch out of order (after a gap) is refused and recorded; nothing is taken', async () => {
    const answer = await ingest(client, 'alpha', entries.slice(5, 10));
    expect(answer).toMatchObject({ status: 'gap', head_seq: 0, accepted: 0, seq: 6 });
    expect(await count('ledger_entries')).toBe(0);
    const gaps = await hq.admin.query(`SELECT kind, seq FROM hq.refusals WHERE office_id = 'alpha'`);
    expect(gaps.rows).toEqual([{ kind: 'gap', seq: '6' }]);
  });

  test('the first batch is taken whole, and HQ holds each entry with the hash it recomputed', async () => {
    const answer = await ingest(client, 'alpha', entries.slice(0, 100));
    expect(answer).toMatchObject({ status: 'ok', head_seq: 100, accepted: 100, acknowledged: 0 });
    expect(answer.head_hash).toBe(entries[99]!.hash);
    // recomputed from what HQ stores, in SQL: every hash, every link
    const broken = await hq.admin.query(`
      SELECT seq FROM (SELECT seq, prev_hash, hash, audit, lag(hash) OVER (ORDER BY seq) AS before
                         FROM hq.ledger_entries WHERE office_id = 'alpha') AS e
       WHERE hash <> hq.sha256_hex(prev_hash || hq.canonical_json(audit))
          OR prev_hash <> coalesce(before, repeat('0', 64))`);
    expect(broken.rows).toEqual([]);
  });

  test('the same batch again (its answer lost) is acknowledged again, with no effect', async () => {
    const visitsBefore = await count('visits');
    const answer = await ingest(client, 'alpha', entries.slice(0, 100));
    expect(answer).toMatchObject({ status: 'ok', head_seq: 100, accepted: 0, acknowledged: 100 });
    expect(await count('ledger_entries')).toBe(100);
    expect(await count('visits')).toBe(visitsBefore);
    const old = await ingest(client, 'alpha', entries.slice(10, 20));
    expect(old).toMatchObject({ status: 'ok', head_seq: 100, accepted: 0, acknowledged: 10 });
  });

  test('a batch across the head: the known part acknowledged, the rest taken', async () => {
    const answer = await ingest(client, 'alpha', entries.slice(90, 150));
    expect(answer).toMatchObject({ status: 'ok', head_seq: 150, accepted: 50, acknowledged: 10 });
  });

  test('an entry changed on its way (a row, the audit row, the chain) refuses the whole batch', async () => {
    const next = entries.slice(150, 160);
    const withRow = next.findIndex((e) => e.rows.some((r) => 'row' in r));
    const changedRow = clone(next);
    const row = changedRow[withRow]!.rows.find((r) => 'row' in r) as { row: Record<string, unknown> };
    row.row.audit_id = Number(row.row.audit_id) + 1;
    const changedAudit = clone(next);
    changedAudit[3]!.audit.summary = '{"forged":true}';
    const unchained = clone(next);
    unchained[4]!.prev_hash = unchained[2]!.hash;
    const noRows = clone(next);
    noRows[withRow]!.rows = [];
    for (const [batch, seq] of [
      [changedRow, 151 + withRow],
      [changedAudit, 154],
      [unchained, 155],
      [noRows, 151 + withRow],
    ] as const) {
      const answer = await ingest(client, 'alpha', [...batch]);
      expect(answer).toMatchObject({ status: 'invalid', head_seq: 150, accepted: 0, seq });
      expect(answer.detail).toContain(`#${seq}`);
    }
    expect(await count('ledger_entries')).toBe(150);
  });

  test('a known entry offered with another hash is a fork: refused, recorded once, counted', async () => {
    const forged = clone(entries.slice(120, 125));
    forged[2]!.audit.summary = '{"forged":true}';
    // the forger recomputes the chain from there on
    for (let i = 2; i < forged.length; i++) {
      if (i > 2) forged[i]!.prev_hash = forged[i - 1]!.hash;
      forged[i]!.hash = sha256Hex(forged[i]!.prev_hash + canonicalJson(forged[i]!.audit));
    }
    for (let attempt = 0; attempt < 3; attempt++) {
      const answer = await ingest(client, 'alpha', forged);
      expect(answer).toMatchObject({ status: 'fork', head_seq: 150, seq: 123, accepted: 0 });
    }
    const forks = await hq.admin.query(
      `SELECT seq, hq_hash, offered_hash, times FROM hq.forks WHERE office_id = 'alpha'`,
    );
    expect(forks.rows).toEqual([
      { seq: '123', hq_hash: entries[122]!.hash, offered_hash: forged[2]!.hash, times: 3 },
    ]);
    // a new entry chained to another head is a fork at HQ's head
    const after = clone(entries.slice(150, 152));
    after[0]!.prev_hash = sha256Hex('another past');
    after[0]!.hash = sha256Hex(after[0]!.prev_hash + canonicalJson(after[0]!.audit));
    expect(await ingest(client, 'alpha', after)).toMatchObject({ status: 'fork', seq: 150 });
    expect(await count('ledger_entries')).toBe(150);
  });

  test('a row sent as written again later must be written again by the entry it names', async () => {
    const rest = clone(entries.slice(150));
    const claim = rest.findIndex((e) => e.rows.some((r) => 'superseded_by' in r));
    expect(claim).toBeGreaterThanOrEqual(0);
    const row = rest[claim]!.rows.find((r) => 'superseded_by' in r) as { superseded_by: number };
    const named = row.superseded_by;
    row.superseded_by = rest[claim]!.seq + 1 === named ? named + 1 : rest[claim]!.seq + 1;
    const answer = await ingest(client, 'alpha', rest);
    expect(answer).toMatchObject({ status: 'invalid', head_seq: 150 });
    expect(answer.detail).toMatch(/wrote .* again, and it did not/);
  });

  test('the rest goes in, and HQ holds the chain exactly as the office does', async () => {
    const answer = await ingest(client, 'alpha', entries.slice(150), entries.length);
    expect(answer).toMatchObject({ status: 'ok', head_seq: entries.length, accepted: entries.length - 150 });
    const held = await hq.admin.query<{ seq: string; hash: string }>(
      `SELECT seq, hash FROM hq.ledger_entries WHERE office_id = 'alpha' ORDER BY seq`,
    );
    expect(held.rows.map((r) => [Number(r.seq), r.hash])).toEqual(entries.map((e) => [e.seq, e.hash]));
    const pending = await hq.admin.query(`SELECT * FROM hq.pending_supersessions WHERE office_id = 'alpha'`);
    expect(pending.rows).toEqual([]);
  });
});

describe('whose ledger', () => {
  test("an office's role may send only its own office's ledger", async () => {
    const beta = await hq.addOffice('beta');
    const asBeta = await hq.connect(beta.url);
    await expect(ingest(asBeta, 'alpha', [])).rejects.toMatchObject({ code: '42501' });
    await expect(ingest(client, 'beta', entries.slice(0, 5))).rejects.toMatchObject({ code: '42501' });
    await expect(ingest(client, 'nowhere', [])).rejects.toMatchObject({ code: '42501' });
    // nor may HQ's own administrator send in an office's name
    await expect(ingest(hq.admin, 'alpha', [])).rejects.toMatchObject({ code: '42501' });
  });

  test("another office's ledger is refused under this office's id", async () => {
    const gamma = await hq.addOffice('gamma');
    const asGamma = await hq.connect(gamma.url);
    const answer = await ingest(asGamma, 'gamma', entries.slice(0, 50));
    expect(answer).toMatchObject({ status: 'invalid', head_seq: 0 });
    expect(answer.detail).toContain('this is the ledger of office alpha, not gamma');
  });
});

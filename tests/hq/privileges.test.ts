import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { freshHq, type TestHq } from './support/hq';
import { ingest, outboxOf } from './support/entries';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * Least privilege at HQ: an office's role can send its own ledger through ingest and do nothing
 * else — it reads no row, changes none, not even its own office's; HQ's copy of a ledger is
 * append-only even for HQ's administrator.
 */
let hq: TestHq;
let office: TestOffice;
let alpha: pg.Client;
let beta: pg.Client;
let tables: string[];

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('alpha', { days: 0 });
  alpha = await hq.connect((await hq.addOffice('alpha')).url);
  beta = await hq.connect((await hq.addOffice('beta')).url);
  expect(await ingest(alpha, 'alpha', outboxOf(office.dataDir))).toMatchObject({ status: 'ok' });
  tables = (
    await hq.admin.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname = 'hq' ORDER BY 1`,
    )
  ).rows.map((r) => r.name);
});
afterAll(async () => {
  await office?.close();
  await hq?.close();
});

async function refusal(client: pg.Client, sql: string): Promise<string> {
  try {
    await client.query(sql);
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'allowed';
}

describe("an office's role", () => {
  test('reads no table of HQ, its own office rows included', async () => {
    expect(tables).toContain('hq.ledger_entries');
    expect(tables.length).toBeGreaterThan(15);
    for (const table of tables) {
      expect(await refusal(beta, `SELECT * FROM ${table} LIMIT 1`), table).toBe('42501');
      expect(await refusal(alpha, `SELECT count(*) FROM ${table}`), table).toBe('42501');
    }
  });

  test("changes no row: another office's or its own", async () => {
    for (const table of tables) {
      for (const sql of [
        `DELETE FROM ${table}`,
        `UPDATE ${table} SET office_id = office_id`,
        `TRUNCATE ${table}`,
        `INSERT INTO ${table} DEFAULT VALUES`,
      ]) {
        expect(await refusal(beta, sql), sql).toBe('42501');
      }
    }
  });

  test('calls nothing but ingest, creates nothing, and cannot take on another role', async () => {
    expect(await refusal(beta, `SELECT hq.project('alpha', 1, 10)`)).toBe('42501');
    expect(await refusal(beta, `SELECT hq.record_fork('alpha', 1, 'x', 'y')`)).toBe('42501');
    expect(await refusal(beta, `CREATE TABLE public.mine (x int)`)).toBe('42501');
    expect(await refusal(beta, `CREATE TEMP TABLE mine (x int)`)).toBe('42501');
    expect(await refusal(beta, `CREATE SCHEMA mine`)).toBe('42501');
    expect(await refusal(beta, `SET ROLE "${hq.database}_admin"`)).toBe('42501');
    expect(await refusal(beta, `SET ROLE "${hq.database}_office_alpha"`)).toBe('42501');
    expect(await refusal(beta, `GRANT "${hq.database}_offices" TO CURRENT_USER`)).toBe('42501');
  });

  test("learns from ingest only its own head, never another office's", async () => {
    const own = await ingest(beta, 'beta', []);
    expect(own).toMatchObject({ status: 'ok', office_id: 'beta', head_seq: 0 });
    await expect(ingest(beta, 'alpha', [])).rejects.toMatchObject({ code: '42501' });
  });
});

describe("HQ's copy", () => {
  test("is never changed, not even by HQ's administrator", async () => {
    for (const sql of [
      `UPDATE hq.ledger_entries SET channel = 'x' WHERE office_id = 'alpha' AND seq = 1`,
      `DELETE FROM hq.ledger_entries WHERE office_id = 'alpha' AND seq = 1`,
      `TRUNCATE hq.ledger_entries CASCADE`,
    ]) {
      expect(await refusal(hq.admin, sql), sql).toBe('42501');
    }
  });

  test('the readers role reads every table and writes none', async () => {
    await hq.admin.query(
      `CREATE ROLE "${hq.database}_reporter" LOGIN PASSWORD 'reads' IN ROLE "${hq.database}_readers"`,
    );
    const reader = await hq.connect(hq.urlAs(`${hq.database}_reporter`, 'reads'));
    for (const table of tables)
      expect(await refusal(reader, `SELECT * FROM ${table} LIMIT 1`), table).toBe('allowed');
    expect(await refusal(reader, `DELETE FROM hq.visits`)).toBe('42501');
    expect(await refusal(reader, `SELECT hq_office.ingest('alpha', 0, '[]')`)).toBe('42501');
  });
});

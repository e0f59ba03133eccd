import fc from 'fast-check';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../electron/core/canonical';
import { syncWithHq } from '../../electron/core/sync/run';
import { freshHq, type TestHq } from './support/hq';
import { outboxOf } from './support/entries';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * HQ recomputes the office's hashes in SQL: its canonical JSON must be the office's, byte for
 * byte, for every text a desk can hold — Chinese, emoji, quotes, backslashes, control
 * characters, line separators — and every integer.
 */
let hq: TestHq;
let db: pg.Client;

beforeAll(async () => {
  hq = await freshHq();
  db = hq.admin;
});
afterAll(async () => hq?.close());

/** No lone surrogate: a desk stores text as UTF-8, which cannot hold one. */
function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

async function atHq(row: Record<string, unknown>): Promise<{ text: string; hash: string }> {
  const r = await db.query<{ text: string; hash: string }>(
    'SELECT hq.canonical_json($1::jsonb) AS text, hq.sha256_hex(hq.canonical_json($1::jsonb)) AS hash',
    [JSON.stringify(row)],
  );
  return r.rows[0]!;
}

const TEXTS = [
  '王芳',
  '138****5678',
  'emoji 😀👨‍👩‍👧 and 𠀀',
  'quote " backslash \\ slash /',
  'tab\tnewline\ncarriage\rbell\u0007 escape\u001b unit\u001f',
  'line\u2028paragraph\u2029 del\u007f nbsp\u00a0',
  '{"json":"in a text",[1,2]}',
  '',
  ' ',
  'x'.repeat(2000),
];

describe("HQ's canonical JSON is the office's", () => {
  test.each(TEXTS)('for the text %j', async (text) => {
    const row = { id: 7, name: text, note: null, amount_fen: -1250, z_last: 0, a_first: 2 ** 40 };
    expect(await atHq(row)).toEqual({ text: canonicalJson(row), hash: sha256Hex(canonicalJson(row)) });
  });

  test('for any row of texts and integers (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.stringMatching(/^[a-z_]{1,12}$/),
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 40 }).filter((s) => !s.includes('\u0000')),
            fc
              .string({ unit: 'binary', maxLength: 20 })
              .filter((s) => !s.includes('\u0000') && wellFormed(s)),
            fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }),
            fc.constant(null),
          ),
          { maxKeys: 12 },
        ),
        async (row) => {
          expect((await atHq(row)).text).toBe(canonicalJson(row));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a text PostgreSQL cannot hold', () => {
  let office: TestOffice;
  afterAll(async () => office?.close());

  test('a row with U+0000 is sent as its hash only (withheld); the chain still verifies at HQ', async () => {
    office = await demoOffice('nul', { days: 0 });
    await office.as('王芳', 'calls.record', {
      callerName: '吴先生',
      phone: '13300001111',
      channel: '其他',
      topic: 'before\u0000after',
    });
    const entries = outboxOf(office.dataDir);
    const withheld = entries.flatMap((e) => e.rows).filter((r) => 'withheld' in r);
    expect(withheld.map((r) => r.t)).toContain('calls');
    const url = (await hq.addOffice('nul')).url;
    expect(await syncWithHq({ dataDir: office.dataDir, url })).toMatchObject({ state: 'synced' });
    const held = await db.query(`SELECT count(*) AS n FROM hq.ledger_entries WHERE office_id = 'nul'`);
    expect(Number(held.rows[0].n)).toBe(entries.length);
  });
});

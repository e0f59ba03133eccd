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

/**
 * Ingest builds most canonical forms through a shape (a composite type per key set, read back by
 * row_to_json); a row whose keys are not exactly the shape's falls back to hq.canonical_json.
 */
async function throughShape(row: Record<string, unknown>, shapeKeys = Object.keys(row)): Promise<string> {
  const shape = await db.query<{ shape: string | null }>(
    'SELECT hq.row_shape(ARRAY(SELECT k FROM unnest($1::text[]) AS k ORDER BY k COLLATE "C")) AS shape',
    [shapeKeys],
  );
  const expr = await db.query<{ sql: string }>('SELECT hq.canonical_text($1, $2) AS sql', [
    '$1::jsonb',
    shape.rows[0]!.shape,
  ]);
  const r = await db.query<{ text: string }>(`SELECT ${expr.rows[0]!.sql} AS text`, [JSON.stringify(row)]);
  return r.rows[0]!.text;
}

describe("the canonical JSON through a row's shape is the office's", () => {
  test.each(TEXTS)('for the text %j', async (text) => {
    const row = { id: 7, name: text, note: null, amount_fen: -1250, z_last: 0, a_first: 2 ** 40 };
    expect(await throughShape(row)).toBe(canonicalJson(row));
  });

  test('for keys the desk sorts apart from PostgreSQL (length first in jsonb), and __proto__', async () => {
    const row = JSON.parse('{"__proto__":1,"zz":2,"a":3,"_b":null,"ab":"x","b_":4}') as Record<
      string,
      unknown
    >;
    expect(Object.keys(row)).toContain('__proto__');
    expect(await throughShape(row)).toBe(canonicalJson(row));
  });

  test('a row with a key more or a key less than its shape is still hashed whole (no shape)', async () => {
    const row = { id: 1, name: '王芳', extra: 'not in the shape' };
    expect(await throughShape(row, ['id', 'name'])).toBe(canonicalJson(row));
    const fewer = { id: 1 };
    expect(await throughShape(fewer, ['id', 'name'])).toBe(canonicalJson(fewer));
    const notColumns = { Id: 1, 'with space': 2, ключ: 3, 'a"b': 4 };
    expect(await throughShape(notColumns)).toBe(canonicalJson(notColumns));
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
          { minKeys: 1, maxKeys: 12 },
        ),
        async (row) => {
          expect(await throughShape(row)).toBe(canonicalJson(row));
        },
      ),
      { numRuns: 100 },
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

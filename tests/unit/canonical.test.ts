import fc from 'fast-check';
import { expect, test } from 'vitest';
import { auditRowHash, auditSummary, GENESIS_HASH } from '../../electron/core/audit/chain';
import { canonicalJson } from '../../electron/core/canonical';

test('canonical JSON does not depend on key order', () => {
  expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe(
    canonicalJson({ a: { c: null, d: [2, { y: 2, z: 1 }] }, b: 1 }),
  );
});

test('an audit row hash changes with any field and with the previous hash', () => {
  const row = {
    id: 1,
    at: '2026-11-23T02:00:00.000Z',
    business_date: '2026-11-23',
    actor_id: 1,
    countersigned_by: null,
    channel: 'users.create',
    outcome: 'ok' as const,
    error_code: null,
    summary: '{}',
    writes: '[]',
    prev_hash: GENESIS_HASH,
  };
  const base = auditRowHash(row);
  expect(base).toMatch(/^[0-9a-f]{64}$/);
  expect(auditRowHash({ ...row, actor_id: 2 })).not.toBe(base);
  expect(auditRowHash({ ...row, prev_hash: 'f'.repeat(64) })).not.toBe(base);
});

test('the audit summary never keeps a PIN, password or token', () => {
  const summary = auditSummary({
    userId: 3,
    secret: '1234',
    countersign: { userId: 4, secret: '5678' },
    adminSecret: 'x',
    note: 'ok',
  });
  expect(summary).not.toContain('1234');
  expect(summary).not.toContain('5678');
  expect(JSON.parse(summary)).toEqual({
    adminSecret: '***',
    countersign: { secret: '***', userId: 4 },
    note: 'ok',
    secret: '***',
    userId: 3,
  });
});

test("the audit summary keeps customers' phones masked and their names out (they can be anonymised later)", () => {
  const summary = JSON.parse(
    auditSummary({
      customerName: '王先生',
      phone: '138 1234 5678',
      callerName: '李女士',
      holder: { kind: 'outside', phone: 'x' },
      note: 'ok',
    }),
  );
  expect(summary).toEqual({
    callerName: '***',
    customerName: '***',
    holder: { kind: 'outside', phone: '***' },
    note: 'ok',
    phone: '138****5678',
  });
});

/** The canonical form as first written: JSON.stringify of a copy with every object's keys sorted. */
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      Object.defineProperty(out, key, {
        value: sortedCopy((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  if (typeof value === 'bigint') return value.toString();
  return value;
}

test('canonical JSON is, byte for byte, the sorted copy stringified (property)', () => {
  const reference = (v: unknown) => JSON.stringify(sortedCopy(v));
  fc.assert(
    fc.property(
      fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
        key: fc.oneof(
          fc.string(),
          fc.constantFrom('__proto__', '0', '1', '10', '2', '01', '-1', '4294967295', 'toString'),
        ),
      }),
      (value) => {
        expect(canonicalJson(value)).toBe(reference(value));
      },
    ),
    { numRuns: 2000 },
  );
  for (const value of [
    JSON.parse('{"__proto__":{"b":1,"a":2},"z":[1,null,{"y":true,"x":-0}]}') as unknown,
    { 10: 'a', 9: 'b', '01': 'c', a: undefined, f: () => 1, n: NaN, i: -Infinity, big: 12n },
    new Uint8Array([3, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11]),
    [1, undefined, () => 2, Symbol('s')],
    new Date(0),
    '王芳 😀 \u2028 "\\',
  ]) {
    expect(canonicalJson(value)).toBe(reference(value));
  }
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { messageParamsSchema } from '../../shared/contract/common';

// The rule it stands for, as zod states it: the two must agree on every value.
const record = z.record(z.string(), z.union([z.string(), z.number()]));

class Params {
  name = '张伟';
}
const bare = Object.assign(Object.create(null) as Record<string, unknown>, { n: 1 });

const values: [string, unknown][] = [
  ['empty', {}],
  ['texts and numbers', { name: '张伟', count: 3, price: 35.5, zero: 0, negative: -2 }],
  ['emoji and long text', { note: '🙂'.repeat(500) }],
  ['no prototype', bare],
  ['NaN', { n: Number.NaN }],
  ['Infinity', { n: Number.POSITIVE_INFINITY }],
  ['null value', { n: null }],
  ['undefined value', { n: undefined }],
  ['boolean', { ok: true }],
  ['bigint', { n: 1n }],
  ['nested object', { inner: { a: 1 } }],
  ['nested array', { list: [1, 2] }],
  ['array', ['a']],
  ['empty array', []],
  ['date', new Date(0)],
  ['class instance', new Params()],
  ['text', 'name'],
  ['number', 7],
  ['null', null],
  ['undefined', undefined],
];

describe("a message's params", () => {
  it.each(values)('%s: accepted exactly when the record of texts and numbers accepts it', (_, value) => {
    expect(messageParamsSchema.safeParse(value).success).toBe(record.safeParse(value).success);
  });

  it('answers the object it was given, as the record answers its copy', () => {
    const params = { name: '李经理', count: 2 };
    expect(messageParamsSchema.parse(params)).toEqual(record.parse(params));
  });

  it('is described to the channel listing as the record was', () => {
    const describe = (schema: z.ZodType) =>
      z.toJSONSchema(z.object({ params: schema }), { io: 'output', unrepresentable: 'any' });
    expect(describe(messageParamsSchema)).toEqual(describe(record));
  });
});

import { describe, expect, it } from 'vitest';
import { interleavedReads } from '../bench/readRounds';

const cases = [
  { label: 'a', channel: 'x.a', input: {} },
  { label: 'b', channel: 'x.b', input: {} },
  { label: 'refused', channel: 'x.c', input: {} },
];

describe('the bench reads in rounds', () => {
  it('takes every read in turn, round after round, and reports a refused read by its code', async () => {
    const order: string[] = [];
    const figures = await interleavedReads(
      cases,
      async (c) => {
        order.push(c.label);
        return c.label === 'refused' ? { ok: false, error: { code: 'FORBIDDEN' } } : { ok: true };
      },
      6,
      3,
    );
    // one first call each (the refused read is not sampled), then three rounds of two each
    expect(order).toEqual(['a', 'b', 'refused', 'a', 'a', 'b', 'b', 'a', 'a', 'b', 'b', 'a', 'a', 'b', 'b']);
    expect(figures.a!.n).toBe(6);
    expect(figures.b!.n).toBe(6);
    expect(figures.refused).toMatchObject({ n: 0, error: 'FORBIDDEN' });
  });
});

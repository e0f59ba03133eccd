import { describe, expect, test } from 'vitest';
import { readWholeNumber } from '../../shared/domain/wholeNumber';

const tickets = { min: 1, max: 100_000 };

describe('a count typed at the desk is read as typed, never coerced', () => {
  test.each([
    ['3', 3],
    [' 12 ', 12],
    ['００７', 7], // full-width digits, as a Chinese input method types them
    ['100000', 100_000],
  ])('%j is %d', (typed, value) => {
    expect(readWholeNumber(typed, tickets)).toEqual({ ok: true, value });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['-2', 'tooSmall'],
    ['－2', 'tooSmall'],
    ['0', 'tooSmall'],
    ['1.5', 'notWhole'],
    ['1.0', 'notWhole'],
    ['2,000', 'notWhole'],
    ['abc', 'notWhole'],
    ['1e3', 'notWhole'],
    ['0x10', 'notWhole'],
    ['+3', 'notWhole'],
    ['🎫', 'notWhole'],
    ['3张', 'notWhole'],
    ['100001', 'tooLarge'],
    ['99999999999999999999', 'tooLarge'],
    ['-99999999999999999999', 'tooSmall'],
  ])('%j is refused: %s', (typed, problem) => {
    expect(readWholeNumber(typed, tickets)).toEqual({ ok: false, problem });
  });

  test('numbers are taken only when whole and in range', () => {
    expect(readWholeNumber(4, tickets)).toEqual({ ok: true, value: 4 });
    expect(readWholeNumber(1.5, tickets)).toEqual({ ok: false, problem: 'notWhole' });
    expect(readWholeNumber(Number.NaN, tickets)).toEqual({ ok: false, problem: 'notWhole' });
    expect(readWholeNumber(0, { min: 0, max: 10 })).toEqual({ ok: true, value: 0 });
    expect(readWholeNumber(null, tickets)).toEqual({ ok: false, problem: 'empty' });
  });
});

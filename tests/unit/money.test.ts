import { describe, expect, test } from 'vitest';
import { formatFen, parseYuanToFen } from '../../shared/domain/money';

describe('money in integer fen', () => {
  test.each([
    ['1234.5', 123450],
    ['¥1,234.50', 123450],
    ['￥ 0.1', 10],
    ['0.07', 7],
    ['-3', -300],
    ['100', 10000],
  ])('parses %s as %i fen', (text, fen) => {
    expect(parseYuanToFen(text)).toBe(fen);
  });

  test.each(['', 'abc', '1.234', '1e3', '12,34.5x', '--1', '0.1.2'])('refuses %j', (text) => {
    expect(parseYuanToFen(text)).toBeNull();
  });

  test('never drifts like binary floating point: 0.1 + 0.2 yuan is 30 fen exactly', () => {
    expect(parseYuanToFen('0.1')! + parseYuanToFen('0.2')!).toBe(30);
  });

  test.each([
    [123450, '¥1,234.50'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [-123456789, '-¥1,234,567.89'],
    [100000000, '¥1,000,000.00'],
  ])('formats %i fen as %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });

  test('refuses to format a fraction of a fen', () => {
    expect(() => formatFen(1.5)).toThrow(RangeError);
  });
});

import { describe, expect, test } from 'vitest';
import { addDays, businessDateOf, isBusinessDate } from '../../shared/domain/businessDate';

// Tests pin TZ=Asia/Shanghai (UTC+8).
describe('business date with a day cut-off', () => {
  test.each([
    ['2026-11-23T16:30:00Z', '2026-11-23'], // 00:30 local on the 24th → still the 23rd
    ['2026-11-23T19:59:59Z', '2026-11-23'], // 03:59:59 local
    ['2026-11-23T20:00:00Z', '2026-11-24'], // 04:00 local: the new day starts
    ['2026-11-23T02:00:00Z', '2026-11-23'], // 10:00 local
  ])('%s is business date %s', (instant, date) => {
    expect(businessDateOf(new Date(instant), '04:00')).toBe(date);
  });

  test('a cut-off of 00:00 is the plain calendar date', () => {
    expect(businessDateOf(new Date('2026-11-23T16:30:00Z'), '00:00')).toBe('2026-11-24');
  });

  test('a bad cut-off is refused', () => {
    expect(() => businessDateOf(new Date(), '25:00')).toThrow(RangeError);
  });

  test('dates are validated as real calendar days', () => {
    expect(isBusinessDate('2026-02-28')).toBe(true);
    expect(isBusinessDate('2026-02-29')).toBe(false);
    expect(isBusinessDate('2028-02-29')).toBe(true);
    expect(isBusinessDate('2026-13-01')).toBe(false);
    expect(isBusinessDate('20261123')).toBe(false);
  });

  test('the calendar check agrees with the calendar itself for every day of four centuries', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (let y = 1900; y <= 2300; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const probe = new Date(y, m - 1, d);
          const real = m >= 1 && m <= 12 && probe.getMonth() === m - 1 && probe.getDate() === d;
          expect(isBusinessDate(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`)).toBe(real);
        }
      }
    }
    expect(isBusinessDate('0099-01-01')).toBe(false); // a year a Date cannot hold as written
  });

  test('day arithmetic crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

import { describe, expect, test } from 'vitest';
import { maskPhone, normalizePhone } from '../../shared/domain/phone';

describe('mainland phone numbers', () => {
  test.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['(0755) 8888-6666', '075588886666'],
    ['010-12345678', '01012345678'],
  ])('normalises %j to %s', (text, normal) => {
    expect(normalizePhone(text)).toBe(normal);
  });

  test.each(['', '12345', '12812345678', '1381234567', 'abc13812345678', '+1 415 555 0100'])(
    'refuses %j',
    (text) => {
      expect(normalizePhone(text)).toBeNull();
    },
  );

  test('masks a mobile as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  test('masks a fixed line keeping area code and last four', () => {
    expect(maskPhone('075588886666')).toBe('0755****6666');
    expect(maskPhone('01012345678')).toBe('010****5678');
  });
});

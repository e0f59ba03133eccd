import { describe, expect, test } from 'vitest';
import { AppError, ERROR_MESSAGES, errorMessage, LOCALES } from '../../shared/domain/errors';

describe('error catalogue', () => {
  test('every code has a Chinese and an English message with the same placeholders', () => {
    for (const [code, messages] of Object.entries(ERROR_MESSAGES)) {
      const placeholders = LOCALES.map((l) =>
        [...messages[l].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(),
      );
      expect(messages['zh-CN'].length, code).toBeGreaterThan(0);
      expect(messages.en.length, code).toBeGreaterThan(0);
      expect(placeholders[0], code).toEqual(placeholders[1]);
    }
  });

  test('messages are filled from params in either language', () => {
    expect(errorMessage('WRONG_SECRET', { remaining: 3 })).toBe('PIN 或密码错误，还可以再试 3 次');
    expect(errorMessage('WRONG_SECRET', { remaining: 3 }, 'en')).toBe('Wrong PIN or password: 3 tries left');
  });

  test('an AppError answers the envelope body with code, message and params', () => {
    const body = new AppError('FORBIDDEN', { roles: 'admin' }).body('en');
    expect(body).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role may not do this (needs: admin)',
      params: { roles: 'admin' },
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  AppError,
  ERROR_MESSAGES,
  ERRORS_BY_NAMESPACE,
  errorMessage,
  LOCALES,
  type ErrorCode,
} from '../../shared/domain/errors';
import { ROLES } from '../../shared/domain/roles';

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

  test('each code is declared in exactly one namespace', () => {
    const declared = Object.values(ERRORS_BY_NAMESPACE).flatMap((messages) => Object.keys(messages));
    expect(declared.length).toBe(new Set(declared).size);
    expect(declared.sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
  });

  test('every code is used by the app: a refusal nothing gives has no message to keep', () => {
    const root = path.resolve(__dirname, '../..');
    const sources = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) return full.endsWith(path.join('domain', 'errors')) ? [] : sources(full);
        return /\.tsx?$/.test(entry.name) ? [full] : [];
      });
    const text = ['electron', 'db', 'shared', 'renderer']
      .flatMap((dir) => sources(path.join(root, dir)))
      .map((file) => fs.readFileSync(file, 'utf8'))
      .join('\n');
    expect(Object.keys(ERROR_MESSAGES).filter((code) => !text.includes(`'${code}'`))).toEqual([]);
  });

  test('messages are filled from params in either language', () => {
    expect(errorMessage('WRONG_SECRET', { remaining: 3 })).toBe('PIN 或密码错误，还可以再试 3 次');
    expect(errorMessage('WRONG_SECRET', { remaining: 3 }, 'en')).toBe('Wrong PIN or password: 3 tries left');
  });

  test('an AppError answers the envelope body with code, message and params', () => {
    const body = new AppError('FORBIDDEN', { roles: 'admin' }).body('en');
    expect(body).toEqual({
      code: 'FORBIDDEN',
      message: 'Your role may not do this (needs: Administrator)',
      params: { roles: 'admin' },
    });
  });

  test('a message names roles in its own language; the params keep the codes', () => {
    const refusal = new AppError('COUNTERSIGN_REQUIRED', { roles: 'manager, deputy' });
    expect(refusal.body('zh-CN')).toEqual({
      code: 'COUNTERSIGN_REQUIRED',
      message: '此操作需要第二人（专案经理、专案副理）输入 PIN 会签',
      params: { roles: 'manager, deputy' },
    });
    expect(refusal.body('en').message).toBe(
      'This needs a second person (Project manager, Deputy manager) to countersign with a PIN',
    );
    // every message with a roles param: no Latin letters in Chinese, the labels in English
    const roles = { roles: ROLES.join(', '), name: '王芳' };
    for (const [code, texts] of Object.entries(ERROR_MESSAGES)) {
      if (!texts['zh-CN'].includes('{roles}')) continue;
      // (other placeholders are left unfilled here: they are not what this looks at)
      const zh = errorMessage(code as ErrorCode, roles, 'zh-CN').replace(/\{\w+\}/g, '');
      expect(zh.replaceAll('PIN', ''), code).not.toMatch(/[a-z]/i);
      expect(errorMessage(code as ErrorCode, roles, 'en'), code).toContain('Receptionist, Assistant');
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { errorCatalogue } from '../../renderer/i18n';
import { zhCN } from '../../renderer/i18n/zh-CN';
import { ERROR_MESSAGES } from '../../shared/domain/errors';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

test('both catalogues have the same keys and the same placeholders', () => {
  expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  for (const key of keys(zhCN)) {
    const get = (root: unknown) =>
      key.split('.').reduce((o, k) => (o as Record<string, unknown>)[k], root) as string;
    expect(placeholders(get(en)), key).toEqual(placeholders(get(zhCN)));
  }
});

test('the errors namespace is the shared error texts with i18next placeholders', () => {
  const zh = errorCatalogue('zh-CN');
  expect(Object.keys(zh).sort()).toEqual(Object.keys(ERROR_MESSAGES).sort());
  expect(zh.WRONG_SECRET).toBe('PIN 或密码错误，还可以再试 {{remaining}} 次');
  expect(errorCatalogue('en').USER_LOCKED_OUT).toBe('Five wrong tries: {{name}} is locked until {{until}}');
});

test('components carry no literal Chinese text: every string lives in the catalogues', () => {
  const root = path.resolve(__dirname, '../../renderer');
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'i18n') walk(full);
      } else if (/\.tsx?$/.test(entry.name)) {
        const code = fs
          .readFileSync(full, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '');
        if (/[\u4e00-\u9fff]/.test(code)) offenders.push(path.relative(root, full));
      }
    }
  };
  walk(root);
  expect(offenders).toEqual([]);
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
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

const RENDERER = path.resolve(__dirname, '../../renderer');
/** The printed documents, which the renderer shows and other hosts render alone. */
const PRINT = path.resolve(__dirname, '../../shared/print');

/** Every source file of what people read (renderer and print) outside the catalogues. */
function rendererSources(dir?: string): string[] {
  if (dir === undefined) return [...rendererSources(RENDERER), ...rendererSources(PRINT)];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : rendererSources(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

test('components carry no literal Chinese text: every string lives in the catalogues', () => {
  const offenders: string[] = [];
  for (const full of rendererSources()) {
    const code = fs
      .readFileSync(full, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    if (/[\u4e00-\u9fff]/.test(code)) offenders.push(path.relative(RENDERER, full));
  }
  expect(offenders).toEqual([]);
});

/** Props and option fields whose value a person reads (or hears, for aria-label). */
const TEXT_PROPS = new Set([
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
  'okText',
  'cancelText',
  'content',
  'description',
  'message',
  'emptyText',
  'tooltip',
  'extra',
  'help',
  'addonBefore',
  'addonAfter',
  'suffix',
  'prefix',
  'children',
]);

/** Words, not codes: at least two letters in a row (so `F1`, `x`, `—` and numbers pass). */
const WORDS = /[A-Za-z]{2,}/;

/** Text nodes in JSX, and string literals given to the props above, that read as words. */
function literalText(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return `${path.relative(RENDERER, file)}:${line + 1}`;
  };
  const literal = (node: ts.Node | undefined): string | undefined => {
    if (!node) return undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
    if (ts.isJsxExpression(node)) return literal(node.expression);
    if (ts.isTemplateExpression(node))
      return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
    if (ts.isConditionalExpression(node)) return [literal(node.whenTrue), literal(node.whenFalse)].join(' ');
    return undefined;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && TEXT_PROPS.has(node.name.getText(source))) {
      const text = literal(node.initializer);
      if (text && WORDS.test(text)) found.push(`${where(node)} ${node.name.getText(source)}="${text}"`);
    }
    if (ts.isPropertyAssignment(node) && TEXT_PROPS.has(node.name.getText(source).replace(/['"]/g, ''))) {
      const text = literal(node.initializer);
      if (text && WORDS.test(text)) found.push(`${where(node)} ${node.name.getText(source)}: '${text}'`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.parent &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))
    ) {
      const text = literal(node.expression);
      if (text && WORDS.test(text)) found.push(`${where(node)} {'${text}'}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

test('components render no literal English either: JSX text and text props come from the catalogues', () => {
  expect(
    rendererSources()
      .filter((f) => f.endsWith('.tsx'))
      .flatMap(literalText),
  ).toEqual([]);
});

test('the literal-text check catches what it is meant to catch', () => {
  const probe = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'literal-')), 'Probe.tsx');
  fs.writeFileSync(
    probe,
    [
      'export const A = () => (',
      '  <div title="Save changes" aria-label={`Close ${x}`}>',
      '    Hello there <b>{t("ok")}</b> {"Goodbye now"}',
      '    <Input placeholder={t("x")} />',
      '  </div>',
      ');',
      "const items = [{ value: 'cash', label: 'Cash desk' }];",
    ].join('\n'),
  );
  expect(literalText(probe).map((s) => s.replace(/^.*Probe\.tsx:\d+ /, ''))).toEqual([
    'title="Save changes"',
    'aria-label="Close  "',
    'Hello there',
    `{'Goodbye now'}`,
    "label: 'Cash desk'",
  ]);
});

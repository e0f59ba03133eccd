import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The layers' import boundaries (GUIDE "Layers"). The repository's own imports are read here with
 * TypeScript's pre-processor (static, dynamic and re-exports, type-only ones too) and resolved to
 * folders, independently of ESLint; then the lint configuration is run on one forbidden import of
 * each kind, so a boundary the walk finds is also one `npm run lint` stops at the keyboard.
 */
const ROOT = path.resolve(__dirname, '../..');

/** Where an import lands: a repository path without extension, or a package's name. */
type Target = { kind: 'file'; path: string } | { kind: 'package'; name: string };

const under = (folder: string) => (t: Target) =>
  t.kind === 'file' && (t.path === folder || t.path.startsWith(`${folder}/`));
const isPackage =
  (...names: string[]) =>
  (t: Target) =>
    t.kind === 'package' && names.some((n) => t.name === n || t.name.startsWith(`${n}/`));
const nodeBuiltin = (t: Target) => t.kind === 'package' && t.name.startsWith('node:');
const SCREEN = isPackage(
  'react',
  'react-dom',
  'react-i18next',
  'i18next',
  'antd',
  '@ant-design',
  'zustand',
  'echarts',
);

interface Boundary {
  files: (file: string) => boolean;
  refuses: (t: Target) => boolean;
  rule: string;
}

const inFolder = (folder: string) => (file: string) => file.startsWith(`${folder}/`);
const outside =
  (...folders: string[]) =>
  (t: Target) =>
    t.kind === 'file' && !folders.some((f) => under(f)(t));

const BOUNDARIES: Boundary[] = [
  {
    files: (f) => inFolder('shared')(f) && !inFolder('shared/print')(f),
    refuses: (t) =>
      outside('shared')(t) ||
      nodeBuiltin(t) ||
      SCREEN(t) ||
      isPackage('electron', 'better-sqlite3', 'kysely')(t),
    rule: 'shared/ imports only shared/: no Node, no database, nothing that draws',
  },
  {
    files: inFolder('shared/print'),
    refuses: (t) =>
      outside('shared')(t) ||
      nodeBuiltin(t) ||
      isPackage('electron', 'antd', '@ant-design', 'zustand', 'echarts', 'react-dom/client')(t),
    rule: 'shared/print/ renders static HTML with React: only shared/, no antd',
  },
  {
    files: inFolder('db'),
    refuses: (t) => outside('db', 'shared')(t) || SCREEN(t) || isPackage('electron')(t),
    rule: 'db/ imports only db/ and shared/',
  },
  {
    files: inFolder('electron/core'),
    refuses: (t) =>
      under('renderer')(t) ||
      under('electron/hosts')(t) ||
      under('electron/app')(t) ||
      SCREEN(t) ||
      isPackage('electron')(t),
    rule: 'electron/core/ never imports electron, the renderer, the hosts or the app',
  },
  {
    files: inFolder('electron/hosts'),
    refuses: (t) => under('renderer')(t) || under('electron/app')(t) || isPackage('electron')(t),
    rule: 'the hosts never import the renderer, electron/app or electron',
  },
  {
    files: inFolder('electron/app'),
    refuses: under('renderer'),
    rule: 'electron/app/ never imports the renderer',
  },
  {
    files: inFolder('hq'),
    refuses: (t) =>
      outside('hq', 'shared')(t) || SCREEN(t) || isPackage('electron', 'better-sqlite3', 'kysely')(t),
    rule: 'hq/ (headquarters) imports only shared/ and its own code',
  },
  {
    files: inFolder('renderer'),
    refuses: (t) =>
      outside('renderer', 'shared')(t) ||
      nodeBuiltin(t) ||
      isPackage('electron', 'better-sqlite3', 'kysely')(t),
    rule: 'the renderer imports only shared/ and its own code',
  },
];

function sourcesIn(folder: string): string[] {
  return fs.readdirSync(path.join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${folder}/${entry.name}`;
    if (entry.isDirectory()) return sourcesIn(rel);
    return /\.(ts|tsx|mts|cts)$/.test(entry.name) ? [rel] : [];
  });
}

function resolve(file: string, specifier: string): Target {
  if (!specifier.startsWith('.')) return { kind: 'package', name: specifier };
  const joined = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  return { kind: 'file', path: joined.replace(/\.(ts|tsx|js|mjs|cjs)$/, '') };
}

/** Every import of a file, as written: import/export … from, import(), require(). */
function importsOf(file: string, text = fs.readFileSync(path.join(ROOT, file), 'utf8')): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** The boundaries one import of one file crosses. */
function crossings(file: string, specifier: string): string[] {
  const target = resolve(file, specifier);
  return BOUNDARIES.filter((b) => b.files(file) && b.refuses(target)).map(
    (b) => `${file} → ${specifier}: ${b.rule}`,
  );
}

describe('the import boundaries between the layers', () => {
  const files = ['shared', 'db', 'electron', 'hq', 'renderer'].flatMap(sourcesIn);

  test('hold for every import of every source file', () => {
    expect(files.length).toBeGreaterThan(300);
    const imports = files.flatMap((file) => importsOf(file).map((specifier) => [file, specifier] as const));
    expect(imports.length).toBeGreaterThan(1500);
    // The CLI's PDF prints the day sheet through the shared print module.
    expect(imports).toContainEqual([
      'electron/hosts/cli/exportDay.ts',
      '../../../shared/print/daysheet/staticHtml',
    ]);
    expect(imports.flatMap(([file, specifier]) => crossings(file, specifier))).toEqual([]);
  });

  test('the walk sees each kind of crossing, dynamic imports and re-exports included', () => {
    const probe = (file: string, code: string) => importsOf(file, code).flatMap((s) => crossings(file, s));
    expect(probe('shared/domain/x.ts', `import { sheet } from '../../db/schema';`)).toHaveLength(1);
    expect(probe('shared/domain/x.ts', `import fs from 'node:fs';`)).toHaveLength(1);
    expect(probe('shared/print/x.tsx', `import { Table } from 'antd';`)).toHaveLength(1);
    expect(probe('shared/print/x.tsx', `import { renderToStaticMarkup } from 'react-dom/server';`)).toEqual(
      [],
    );
    expect(probe('db/x.ts', `export * from '../electron/core/clock';`)).toHaveLength(1);
    expect(probe('electron/core/x.ts', `const m = await import('../hosts/web/server');`)).toHaveLength(1);
    expect(
      probe('electron/core/services/a/x.ts', `import type { W } from '../../../app/window';`),
    ).toHaveLength(1);
    expect(probe('electron/core/x.ts', `import { app } from 'electron';`)).toHaveLength(1);
    expect(
      probe('electron/hosts/cli/x.ts', `import '../../../renderer/pages/daysheet/DaySheetPage';`),
    ).toHaveLength(1);
    expect(probe('electron/app/x.ts', `import { app } from 'electron';`)).toEqual([]);
    expect(probe('renderer/x.ts', `const { x } = require('../db/rows');`)).toHaveLength(1);
    expect(probe('renderer/x.ts', `import { money } from '../shared/domain/money';`)).toEqual([]);
  });
});

describe('npm run lint', () => {
  // The project's own lint configuration, without the type information its other rules need
  // (these files do not exist) and without those rules.
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
    ruleFilter: ({ ruleId }) => ruleId === 'no-restricted-imports',
  });
  const restricted = async (filePath: string, code: string) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, filePath) });
    return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
  };

  test.each([
    ['shared/domain/probe.ts', `import { sheet } from '../../db/schema';`],
    ['shared/domain/probe.ts', `import { useState } from 'react';`],
    ['shared/domain/probe.ts', `import fs from 'node:fs';`],
    ['shared/print/daysheet/probe.tsx', `import { Table } from 'antd';`],
    ['shared/print/daysheet/probe.tsx', `import { App } from '../../../renderer/App';`],
    ['db/probe.ts', `import { openDesk } from '../electron/core/desk';`],
    ['electron/core/probe.ts', `import { app } from 'electron';`],
    ['electron/core/probe.ts', `import { App } from '../../renderer/App';`],
    ['electron/core/probe.ts', `import { createWebHost } from '../hosts/web/server';`],
    ['electron/core/services/holds/probe.ts', `import type { X } from '../../../app/window';`],
    ['electron/core/services/holds/probe.ts', `import Database from 'better-sqlite3';`],
    [
      'electron/hosts/cli/probe.ts',
      `import { DaySheetPage } from '../../../renderer/pages/daysheet/DaySheetPage';`,
    ],
    ['electron/hosts/web/probe.ts', `import { createMainWindow } from '../../app/window';`],
    ['electron/app/probe.ts', `import { App } from '../../renderer/App';`],
    ['renderer/probe.ts', `import { openDesk } from '../electron/core/desk';`],
    ['hq/probe.ts', `import { openLedger } from '../db/connection';`],
    ['hq/reports/probe.ts', `import { readOutbox } from '../../electron/core/sync/outbox';`],
  ])('refuses, in %s: %s', async (file, code) => {
    const messages = await restricted(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^no-restricted-imports: /);
  });

  test.each([
    ['shared/print/daysheet/probe.tsx', `import { renderToStaticMarkup } from 'react-dom/server';`],
    ['db/probe.ts', `import { AppError } from '../shared/domain/errors';`],
    ['electron/core/probe.ts', `import { openLedger } from '../../db/connection';`],
    [
      'electron/hosts/cli/probe.ts',
      `import { daySheetHtml } from '../../../shared/print/daysheet/staticHtml';`,
    ],
    ['electron/app/probe.ts', `import { app } from 'electron';`],
    ['renderer/probe.ts', `import { formatFen } from '../shared/domain/money';`],
    ['hq/serve/probe.ts', `import { formatFen } from '../../shared/domain/money';`],
  ])('lets, in %s: %s', async (file, code) => {
    expect(await restricted(file, code)).toEqual([]);
  });
});

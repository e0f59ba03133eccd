import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type ExcelJSModule from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs the real build script (esbuild only, no Electron binary needed) into a scratch folder.
const root = path.resolve(import.meta.dirname, '..', '..');
let outdir: string;

function requiresOf(file: string): string[] {
  const source = fs.readFileSync(path.join(outdir, file), 'utf8');
  return [...new Set([...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? ''))];
}

beforeAll(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-bundle-'));
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { cwd: root });
}, 60_000);

afterAll(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

describe('electron bundles', () => {
  it('builds main.cjs and preload.cjs as CommonJS', () => {
    for (const file of ['main.cjs', 'preload.cjs']) {
      const source = fs.readFileSync(path.join(outdir, file), 'utf8');
      expect(source).not.toMatch(/^\s*import\s/m);
      expect(source).not.toMatch(/^\s*export\s/m);
    }
  });

  it('the sandboxed preload requires nothing but electron', () => {
    expect(requiresOf('preload.cjs')).toEqual(['electron']);
  });

  it('the main bundle leaves only electron, better-sqlite3, the exceljs bundle and Node built-ins outside', () => {
    const allowed = new Set(['electron', 'better-sqlite3', './exceljs.cjs', ...builtinModules]);
    const outside = requiresOf('main.cjs').filter((name) => !allowed.has(name.replace(/^node:/, '')));
    expect(outside).toEqual([]);
    expect(requiresOf('main.cjs')).toContain('better-sqlite3');
  });

  it('the main process and the web host find exceljs in a bundle beside them, not compiled in at each start', async () => {
    for (const file of ['main.cjs', 'webHost.cjs']) {
      expect(requiresOf(file)).toContain('./exceljs.cjs');
      // one copy of its code in the output, the bundle's own (the worker keeps its copy)
      expect(fs.readFileSync(path.join(outdir, file), 'utf8')).not.toContain('node_modules/exceljs/');
    }
    const outside = requiresOf('exceljs.cjs').filter(
      (name) => !builtinModules.includes(name.replace(/^node:/, '')),
    );
    expect(outside).toEqual([]);
    // what electron/core/excel.ts gets: a workbook written and read back through that bundle
    const require = createRequire(path.join(outdir, 'main.cjs'));
    const ExcelJS = require('./exceljs.cjs') as typeof ExcelJSModule;
    const book = new ExcelJS.Workbook();
    book.addWorksheet('登记').addRow(['1栋', 101]);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(await book.xlsx.writeBuffer());
    expect(again.getWorksheet('登记')!.getRow(1).values).toEqual([undefined, '1栋', 101]);
  });

  it('the sync worker is its own CommonJS bundle (pg inside, its native binding not), and answers a run', async () => {
    const outside = requiresOf('syncWorker.cjs').filter(
      (name) => name !== 'better-sqlite3' && !builtinModules.includes(name.replace(/^node:/, '')),
    );
    expect(outside).toEqual([]);
    // better-sqlite3 stays outside the bundle, found in node_modules as in the packed app
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(outdir, 'node_modules'), 'dir');
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(path.join(outdir, 'syncWorker.cjs'));
    try {
      // a data folder without a ledger: the run ends in an error, answered, not a crash
      const answer = await new Promise<{ id: number; error?: string }>((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.postMessage({
          id: 3,
          options: { dataDir: path.join(outdir, 'no-ledger-here'), url: 'postgres://office@127.0.0.1:1/hq' },
        });
      });
      expect(answer).toMatchObject({
        id: 3,
        error: expect.stringMatching(/cannot open database|unable to open|no such file/i) as unknown,
      });
    } finally {
      await worker.terminate();
    }
  });

  it('the export worker is its own CommonJS bundle of Node built-ins only, and builds a workbook', async () => {
    const source = fs.readFileSync(path.join(outdir, 'xlsxWorker.cjs'), 'utf8');
    expect(source).not.toMatch(/^\s*import\s/m);
    const outside = requiresOf('xlsxWorker.cjs').filter(
      (name) => !builtinModules.includes(name.replace(/^node:/, '')),
    );
    expect(outside).toEqual([]);
    const { Worker } = await import('node:worker_threads');
    const worker = new Worker(path.join(outdir, 'xlsxWorker.cjs'));
    try {
      const answer = await new Promise<{ id: number; bytes?: Uint8Array; error?: string }>(
        (resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({
            id: 7,
            job: { kind: 'sheet', spec: { name: '登记', header: ['a'], rows: [[1], [2]] } },
          });
        },
      );
      expect(answer.id).toBe(7);
      expect(answer.error).toBeUndefined();
      // an .xlsx is a zip: it starts with PK
      expect(Buffer.from(answer.bytes!).subarray(0, 2).toString()).toBe('PK');
    } finally {
      await worker.terminate();
    }
  });
});

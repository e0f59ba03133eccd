import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
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

  it('the main bundle leaves only electron, better-sqlite3 and Node built-ins outside', () => {
    const allowed = new Set(['electron', 'better-sqlite3', ...builtinModules]);
    const outside = requiresOf('main.cjs').filter((name) => !allowed.has(name.replace(/^node:/, '')));
    expect(outside).toEqual([]);
    expect(requiresOf('main.cjs')).toContain('better-sqlite3');
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

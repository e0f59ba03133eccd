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
});

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupsDir, logsDir } from '../../electron/core/paths';
import { runCli } from '../../electron/hosts/cli/main';

/**
 * What can be checked of `npm run dist` without the internet: the electron-builder configuration
 * passes electron-builder's own schema, everything it would pack exists after the real build, and
 * the packed main bundle starts under plain Node (a stand-in `electron` on NODE_PATH) far enough
 * to open the ledger in the user-data folder, serve the renderer over app:// and answer IPC.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
let scratch: string;
let layout: { electron: string; renderer: string };

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sitedesk-pack-'));
  // The same layout as inside app.asar: dist/electron/*.cjs next to dist/renderer/.
  layout = {
    electron: path.join(scratch, 'dist', 'electron'),
    renderer: path.join(scratch, 'dist', 'renderer'),
  };
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', layout.electron], { cwd: root });
  execFileSync(
    process.execPath,
    [
      path.join(root, 'node_modules/vite/bin/vite.js'),
      'build',
      '--outDir',
      layout.renderer,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: root },
  );
}, 180_000);

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

interface BuilderConfig {
  files: { filter: string[] }[];
  asarUnpack: string[];
  npmRebuild: boolean;
  icon: string;
  productName: string;
  win: { target: { target: string; arch: string[] }[] };
  nsis: { deleteAppDataOnUninstall: boolean; oneClick: boolean };
  linux: { target: string[] };
}

async function builderConfig(): Promise<BuilderConfig> {
  // electron-builder's own loader and validator, the ones `npm run dist` runs first.
  const config = await import('app-builder-lib/out/util/config/config.js');
  const { DebugLogger } = await import('builder-util');
  const loaded = await config.getConfig(root, path.join(root, 'electron-builder.yml'), null);
  await config.validateConfiguration(loaded, new DebugLogger(false));
  return loaded as unknown as BuilderConfig;
}

function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

describe('electron-builder configuration', () => {
  it("passes electron-builder's schema and builds a Windows NSIS installer and a Linux AppImage", async () => {
    const config = await builderConfig();
    expect(config.productName).toBe('SiteDesk');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual(['AppImage']);
    // An assisted installer that keeps the ledger when the program is uninstalled or upgraded.
    expect(config.nsis).toMatchObject({ oneClick: false, deleteAppDataOnUninstall: false });
  }, 60_000);

  it('rebuilds better-sqlite3 for Electron and keeps its native addon outside the asar', async () => {
    const config = await builderConfig();
    expect(config.npmRebuild).toBe(true);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
    // a worker thread starts from a file on disk (electron/core/services/exports/xlsx/offThread.ts)
    expect(config.asarUnpack).toContain('dist/electron/xlsxWorker.cjs');
    expect(config.asarUnpack).toContain('dist/electron/syncWorker.cjs');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      main: string;
    };
    expect(pkg.dependencies['better-sqlite3']).toBeDefined();
    expect(pkg.main).toBe('dist/electron/main.cjs');
  }, 60_000);

  it('has an icon large enough for Windows (256 px) and every packed file exists after the build', async () => {
    const config = await builderConfig();
    const icon = pngSize(path.join(root, config.icon));
    expect(Math.min(icon.width, icon.height)).toBeGreaterThanOrEqual(256);
    // the web host's bundle (npm run web:built) is built beside main.cjs but not packed
    expect(config.files).toEqual([{ filter: ['dist/**', '!dist/electron/webHost.cjs', 'package.json'] }]);
    for (const file of ['electron/main.cjs', 'electron/preload.cjs', 'renderer/index.html']) {
      expect(fs.existsSync(path.join(scratch, 'dist', file)), file).toBe(true);
    }
  }, 60_000);
});

describe('the packed main bundle under plain Node', () => {
  it('opens the ledger in the user-data folder, serves the page over app://, answers IPC and backs up on quit', async () => {
    const appData = path.join(scratch, 'appData');
    const userData = path.join(appData, 'SiteDesk');
    // A ledger already in the user-data folder, as after an earlier version: it must be the one opened.
    expect(
      await runCli(
        ['demo', '--data', userData, '--demo-days', '0'],
        () => {},
        () => {},
      ),
    ).toBe(0);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_PATH: [path.join(import.meta.dirname, 'plain-node'), path.join(root, 'node_modules')].join(
        path.delimiter,
      ),
      STUB_APP_DATA: appData,
      // the app's seal key (safeStorage) in this test's own folder, not the one the other tests share
      SITEDESK_KEYS_DIR: path.join(scratch, 'keys'),
    };
    delete env.SITEDESK_DATA;
    const run = spawnSync(process.execPath, [path.join(layout.electron, 'main.cjs')], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    const steps = Object.fromEntries(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('STUB '))
        .map((line) => {
          const [, step, ...json] = line.split(' ');
          return [step, JSON.parse(json.join(' ')) as unknown];
        }),
    );
    expect(steps, run.stderr).toMatchObject({
      window: { preloadExists: true },
      page: { status: 200, hasRoot: true },
      // the backups' helper (copy, verify) in a utility process of its own, not on a thread of main
      utilityProcess: { module: 'verifyWorker.cjs' },
      quit: null,
    });
    const roster = steps.rpc as { ok: boolean; data: { name: string }[] };
    expect(roster.ok).toBe(true);
    expect(roster.data.map((card) => card.name)).toContain('王芳');
    expect(run.status).toBe(0);
    // Closing the app took a backup next to the ledger.
    expect(fs.readdirSync(backupsDir(userData)).some((name) => name.includes('quit'))).toBe(true);
    // And the app said so in its log file, between its start and its stop (after making the seal
    // key, at its first start, in safeStorage).
    const log = fs.readFileSync(path.join(logsDir(userData), 'sitedesk.log'), 'utf8');
    expect(log).toMatch(
      /^\S+ INFO {2}app\[\d+\] seal key [0-9a-f]{8} made at safeStorage .*\n\S+ INFO {2}app\[\d+\] desktop app started; data folder .*\n[\s\S]*backup taken \(quit\): .*\n\S+ INFO {2}app\[\d+\] desktop app stopped\n$/,
    );
  }, 90_000);
});

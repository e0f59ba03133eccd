import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchOfflineChromium } from '../../../electron/hosts/cli/pdf';
import { REPO_ROOT } from '../../../electron/hosts/repoPaths';

/** Debian's Chromium with the flags this closed network needs (no background connections). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const VIEWPORT = { width: 1366, height: 768 };

export function launchBenchBrowser(): Promise<Browser> {
  return launchOfflineChromium(CHROMIUM_PATH);
}

export interface SpawnedHost {
  /** The link with its token, as the host prints it. */
  url: string;
  /** From the spawn to the printed link. */
  listeningMs: number;
  child: ChildProcess;
  kill(): Promise<void>;
}

const URL_LINE = /^SiteDesk: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m;

/** How the host is started: from the TypeScript sources (`npm run web`) or its bundle (`npm run web:built`). */
export type HostBuild = 'source' | 'bundle';

/** The bundled web host, built by `npm run build:electron`. */
export const WEB_HOST_BUNDLE = path.join(REPO_ROOT, 'dist', 'electron', 'webHost.cjs');

/**
 * The web host as a person starts it — `node --import tsx` on the sources (one process, as the
 * e2e harness does) or node on its bundle — on `dataDir`, timed from the spawn. Killed rather
 * than stopped: a stop takes the on-quit backup, which on the five-year ledger would only make
 * the bench slower.
 */
export function spawnWebHost(
  dataDir: string,
  build: HostBuild,
  t0 = performance.now(),
): Promise<SpawnedHost> {
  const entry = build === 'bundle' ? [WEB_HOST_BUNDLE] : ['--import', 'tsx', 'electron/hosts/web/main.ts'];
  const child = spawn(process.execPath, [...entry, '--data', dataDir, '--port', '0', '--no-build'], {
    cwd: REPO_ROOT,
    env: { ...process.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const kill = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGKILL');
    });
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`web host exited (${code})\n${stderr}`)));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const m = URL_LINE.exec(stdout);
      if (m) resolve({ url: m[1]!, listeningMs: performance.now() - t0, child, kill });
    });
  });
}

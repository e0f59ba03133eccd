import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, RENDERER_DIST } from '../repoPaths';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds the renderer when dist/ is missing or older than its sources, so `npm run web` starts
 * in seconds on the second run and is never stale.
 */
export function ensureRendererBuilt(log: (line: string) => void): void {
  const index = path.join(RENDERER_DIST, 'index.html');
  const sources = ['renderer', 'shared', 'vite.config.ts'].map((p) => path.join(REPO_ROOT, p));
  const newestSource = Math.max(
    ...sources
      .filter((p) => fs.existsSync(p))
      .map((p) => (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs)),
  );
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newestSource) return;
  log('SiteDesk: building the renderer (vite build)…');
  const vite = path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) throw new Error('vite build failed');
}

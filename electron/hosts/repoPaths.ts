import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Run from source, this file is electron/hosts/repoPaths.ts; bundled (dist/electron/webHost.cjs)
// it is the bundle: two folders below the project either way.
const here = typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);

/** The project folder, for hosts run from source (`npm run web`, `npm run desk`) or its build. */
export const REPO_ROOT = path.resolve(path.dirname(here), '..', '..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');

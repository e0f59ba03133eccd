import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder, for hosts run from source (`npm run web`, `npm run desk`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RENDERER_DIST = path.join(REPO_ROOT, 'dist', 'renderer');

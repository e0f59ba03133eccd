import fs from 'node:fs';
import path from 'node:path';
export { contentTypeOf } from '../../core/staticFiles';

/**
 * Maps a URL path to a file inside the renderer folder, or null. Paths that would climb out of
 * the folder (`..`, encoded or not) are refused; unknown paths without an extension fall back
 * to index.html so the single-page app can route.
 */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const rootResolved = path.resolve(root);
  const candidate = path.resolve(rootResolved, `.${path.posix.normalize(`/${decoded}`)}`);
  if (candidate !== rootResolved && !candidate.startsWith(rootResolved + path.sep)) return null;
  if (decoded.split('/').includes('..')) return null;
  const file = candidate === rootResolved ? path.join(rootResolved, 'index.html') : candidate;
  if (fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  if (path.extname(file) === '') return path.join(rootResolved, 'index.html');
  return null;
}

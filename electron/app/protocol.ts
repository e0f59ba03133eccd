import fs from 'node:fs/promises';
import path from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME } from '../../shared/contract/bridge';
import { contentTypeOf } from '../core/staticFiles';
import { CONTENT_SECURITY_POLICY } from '../core/webSecurity';
import { isAppUrl } from './security';

// Sent on every app:// response, including errors; the same policy as the web host's.
export { CONTENT_SECURITY_POLICY };
export { contentTypeOf as contentTypeFor };

/** A `..` segment, written plainly or percent-encoded, anywhere in the raw URL text. */
const DOT_DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){2}(?:[/\\?#]|$)/i;

/**
 * Maps an app:// request URL to a file inside `rootDir`, or null when it must not be served.
 * URL parsing already folds `..` segments, so a traversal would silently re-root instead of
 * failing; it is refused outright instead, and the resolved path is still checked to stay under
 * the root so encoded separators (`..%2f`, `%5c`) cannot climb out either.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl) || DOT_DOT_SEGMENT.test(requestUrl)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const segments = pathname.split(/[/\\]/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..')) return null;
  if (pathname === '' || /[/\\]$/.test(pathname)) segments.push('index.html');
  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`)) return null;
  if (path.isAbsolute(relative)) return null;
  return resolved;
}

function headers(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // Assets are content-hashed but index.html is not; an upgrade must never show a stale page.
    'Cache-Control': 'no-cache',
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: headers('text/plain; charset=utf-8') });
}

/** The app:// handler: static files from the renderer build, nothing else. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
    const filePath = resolveAppPath(rootDir, request.url);
    if (!filePath) return plain(404, 'Not Found');
    let body: Buffer;
    try {
      body = await fs.readFile(filePath);
    } catch {
      return plain(404, 'Not Found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: headers(contentTypeOf(filePath)),
    });
  };
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}

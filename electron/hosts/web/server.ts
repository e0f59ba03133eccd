import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Envelope } from '../../../shared/contract/envelope';
import { AppError, errorMessage, type ErrorCode, type Locale } from '../../../shared/domain/errors';
import { incidentRef } from '../../core/refusals';
import type { Router } from '../../core/router';
import { CONTENT_SECURITY_POLICY, secretsEqual } from '../../core/webSecurity';
import { listChannels } from './channels';
import { contentTypeOf, resolveStatic } from './static';

export const TOKEN_HEADER = 'x-sitedesk-token';
export const TOKEN_COOKIE = 'sitedesk_token';
const MAX_BODY_BYTES = 1024 * 1024;

export interface WebHostOptions {
  router: Router;
  rendererDir: string;
  token: string;
  port: number;
  /** A failure answering a request that the router did not turn into an envelope. */
  onInternalError?: (error: unknown, ref: string) => void;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNKNOWN_CHANNEL: 404,
  BAD_REQUEST: 400,
  INVALID_INPUT: 400,
  TOKEN_REQUIRED: 401,
  UNAUTHENTICATED: 401,
  SCREEN_LOCKED: 423,
  FORBIDDEN: 403,
  FOREIGN_ORIGIN: 403,
  INTERNAL: 500,
  LEDGER_BUSY: 503,
};

/**
 * The local web host: the same renderer and the same router as the desktop app, over HTTP on
 * 127.0.0.1 only. One host is one desk. Every request must carry the token printed at start-up
 * (header, or the HttpOnly cookie set when the printed link is opened); requests naming another
 * host or origin are refused, so a web page elsewhere cannot reach the desk (DNS rebinding).
 */
export function createWebHost(options: WebHostOptions): http.Server {
  const server = http.createServer((req, res) => {
    handle(req, res, options, boundPort(server, options.port)).catch((error: unknown) => {
      // The answer carries a reference, the log the error: its text may name files or code.
      const ref = incidentRef();
      options.onInternalError?.(error, ref);
      if (!res.headersSent) sendEnvelope(res, 500, failure('INTERNAL', { reason: `ref ${ref}` }, 'zh-CN'));
      else res.destroy();
    });
  });
  return server;
}

function boundPort(server: http.Server, fallback: number): number {
  const address = server.address() as AddressInfo | null;
  return address?.port ?? fallback;
}

function failure(code: ErrorCode, params: Record<string, string | number>, locale: Locale): Envelope {
  return { ok: false, error: new AppError(code, params).body(locale) };
}

function localeOf(req: http.IncomingMessage): Locale {
  return req.headers['x-sitedesk-lang'] === 'en' ? 'en' : 'zh-CN';
}

function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** A percent-encoded text decoded, or null when an escape in it is malformed (`%E0%A4%A`). */
function decodedOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function tokenOf(req: http.IncomingMessage): string | null {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return decodedOrNull(rest.join('='));
  }
  return null;
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: WebHostOptions,
  port: number,
): Promise<void> {
  const locale = localeOf(req);
  const hosts = allowedHosts(port);
  const origin = req.headers.origin;
  if (!req.headers.host || !hosts.includes(req.headers.host)) {
    return sendEnvelope(res, 403, failure('FOREIGN_ORIGIN', {}, locale));
  }
  if (origin !== undefined && !hosts.map((h) => `http://${h}`).includes(origin)) {
    return sendEnvelope(res, 403, failure('FOREIGN_ORIGIN', {}, locale));
  }
  const url = new URL(req.url ?? '/', `http://${req.headers.host}`);

  // Opening the printed link: trade the token in the URL for a cookie, then drop it from the URL.
  const urlToken = url.searchParams.get('token');
  if (req.method === 'GET' && urlToken !== null) {
    if (!secretsEqual(urlToken, options.token)) return sendTokenPage(res, locale);
    url.searchParams.delete('token');
    res.writeHead(302, {
      'Set-Cookie': `${TOKEN_COOKIE}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`,
      Location: url.pathname + url.search,
      'Cache-Control': 'no-store',
    });
    res.end();
    return;
  }

  const token = tokenOf(req);
  const authorised = token !== null && secretsEqual(token, options.token);
  const isRpc = url.pathname === '/rpc' || url.pathname.startsWith('/rpc/');
  if (!authorised) {
    return isRpc ? sendEnvelope(res, 401, failure('TOKEN_REQUIRED', {}, locale)) : sendTokenPage(res, locale);
  }

  if (isRpc) return handleRpc(req, res, url, options, locale);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendEnvelope(res, 405, failure('BAD_REQUEST', { reason: `method ${req.method}` }, locale));
  }
  return sendStatic(res, options.rendererDir, url.pathname, req.method === 'HEAD');
}

async function handleRpc(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  url: URL,
  options: WebHostOptions,
  locale: Locale,
): Promise<void> {
  const { router } = options;
  if (url.pathname === '/rpc' || url.pathname === '/rpc/') {
    if (req.method !== 'GET') {
      return sendEnvelope(
        res,
        405,
        failure('BAD_REQUEST', { reason: 'GET /rpc lists the channels' }, locale),
      );
    }
    const data = listChannels((c) => router.definition(c), router.channels);
    return sendEnvelope(res, 200, { ok: true, data });
  }
  const channel = decodedOrNull(url.pathname.slice('/rpc/'.length));
  if (channel === null) {
    return sendEnvelope(
      res,
      400,
      failure('BAD_REQUEST', { reason: 'malformed percent-escape in the path' }, locale),
    );
  }
  if (req.method !== 'POST') {
    return sendEnvelope(res, 405, failure('BAD_REQUEST', { reason: `use POST /rpc/${channel}` }, locale));
  }
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    return sendEnvelope(
      res,
      415,
      failure('BAD_REQUEST', { reason: 'content-type must be application/json' }, locale),
    );
  }
  const body = await readBody(req);
  if (body === null) {
    return sendEnvelope(res, 413, failure('BAD_REQUEST', { reason: 'body larger than 1 MB' }, locale));
  }
  let input: unknown = {};
  if (body.trim() !== '') {
    try {
      input = JSON.parse(body) as unknown;
    } catch {
      return sendEnvelope(res, 400, failure('BAD_REQUEST', { reason: 'the body is not valid JSON' }, locale));
    }
  }
  const answer = await router.call(channel, input, { locale });
  const status = answer.ok ? 200 : (STATUS[answer.error.code] ?? 409);
  return sendEnvelope(res, status, answer);
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

function sendEnvelope(res: http.ServerResponse, status: number, envelope: Envelope): void {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendTokenPage(res: http.ServerResponse, locale: Locale): void {
  const zh = errorMessage('TOKEN_REQUIRED', {}, 'zh-CN');
  const en = errorMessage('TOKEN_REQUIRED', {}, 'en');
  const body = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>SiteDesk</title></head><body><h1>SiteDesk</h1><p>${zh}</p><p lang="en">${en}</p></body></html>`;
  res.writeHead(401, {
    ...securityHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

function sendStatic(res: http.ServerResponse, root: string, urlPath: string, headOnly: boolean): void {
  const file = resolveStatic(root, urlPath);
  if (!file || !fs.existsSync(file)) {
    res.writeHead(404, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  const isIndex = file.endsWith('index.html');
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': contentTypeOf(file),
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (headOnly) {
    res.end();
    return;
  }
  fs.createReadStream(file).pipe(res);
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { businessDateOf, isBusinessDate } from '../../shared/domain/businessDate';
import type { Locale } from '../../shared/domain/locale';
import { groupDaySheet } from '../reports/groupDaySheet';
import { hqOverview } from '../reports/overview';
import { readOnly } from '../database';
import { renderPage } from './page';
import { HQ_CONTENT_SECURITY_POLICY, secretsEqual } from './security';
import { localeOf, REFUSAL_WORDS } from './words';

/**
 * `npm run hq -- serve`: the HQ page, read-only, on 127.0.0.1 behind a token printed at start,
 * with the web host's rules (electron/hosts/web/server.ts): the token in the printed link is
 * traded for an HttpOnly cookie; a request naming another host or origin is refused (DNS
 * rebinding). A reverse proxy in front may be named with `publicHost`. Only GET and HEAD; every
 * read runs in a READ ONLY transaction, whatever role the URL names. The page and every refusal
 * speak the reader's language: `?lang=`, else Accept-Language, else Chinese.
 */
export const HQ_TOKEN_COOKIE = 'sitedesk_hq_token';

export interface HqServerOptions {
  pool: pg.Pool;
  token: string;
  port: number;
  /** `host[:port]` a reverse proxy in front passes as Host, besides 127.0.0.1/localhost. */
  publicHost?: string;
  now?: () => Date;
}

export function createHqServer(options: HqServerOptions): http.Server {
  const server = http.createServer((req, res) => {
    const address = server.address() as AddressInfo | null;
    handle(req, res, options, address?.port ?? options.port).catch((error: unknown) => {
      console.error('[hq serve]', error);
      if (!res.headersSent) refuse(res, 500, 'internal', localeOfRequest(req));
      else res.end();
    });
  });
  return server;
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string,
  locale: Locale,
  head = false,
): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Language': locale,
    Vary: 'Accept-Language',
    'Content-Security-Policy': HQ_CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'X-Frame-Options': 'DENY',
  });
  res.end(head ? undefined : body);
}

function refuse(
  res: http.ServerResponse,
  status: number,
  what: keyof typeof REFUSAL_WORDS,
  locale: Locale,
): void {
  send(res, status, 'text/plain; charset=utf-8', REFUSAL_WORDS[what][locale], locale);
}

function localeOfRequest(req: http.IncomingMessage): Locale {
  let lang: string | null = null;
  try {
    lang = new URL(req.url ?? '/', 'http://hq.invalid').searchParams.get('lang');
  } catch {
    // an unreadable URL: the browser's languages decide
  }
  return localeOf(lang, req.headers['accept-language']);
}

function tokenOf(req: http.IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === HQ_TOKEN_COOKIE) return decodeURIComponent(rest.join('='));
  }
  const header = req.headers['x-sitedesk-token'];
  return typeof header === 'string' ? header : null;
}

async function handle(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options: HqServerOptions,
  port: number,
): Promise<void> {
  const locale = localeOfRequest(req);
  const hosts = [
    `127.0.0.1:${port}`,
    `localhost:${port}`,
    ...(options.publicHost ? [options.publicHost] : []),
  ];
  if (!req.headers.host || !hosts.includes(req.headers.host)) {
    return refuse(res, 403, 'foreignHost', locale);
  }
  const origin = req.headers.origin;
  if (
    origin !== undefined &&
    !hosts.some((host) => origin === `http://${host}` || origin === `https://${host}`)
  ) {
    return refuse(res, 403, 'foreignOrigin', locale);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return refuse(res, 405, 'readOnly', locale);
  }
  const url = new URL(req.url ?? '/', 'http://hq.invalid');
  const urlToken = url.searchParams.get('token');
  if (urlToken !== null) {
    if (!secretsEqual(urlToken, options.token)) {
      return refuse(res, 401, 'wrongToken', locale);
    }
    url.searchParams.delete('token');
    res.writeHead(302, {
      'Set-Cookie': `${HQ_TOKEN_COOKIE}=${encodeURIComponent(options.token)}; HttpOnly; SameSite=Strict; Path=/`,
      Location: url.pathname + url.search,
      'Cache-Control': 'no-store',
    });
    res.end();
    return;
  }
  const token = tokenOf(req);
  if (token === null || !secretsEqual(token, options.token)) {
    return refuse(res, 401, 'tokenRequired', locale);
  }

  const now = (options.now ?? (() => new Date()))();
  const today = businessDateOf(now);
  const asked = url.searchParams.get('date');
  if (asked !== null && !isBusinessDate(asked)) {
    return refuse(res, 400, 'badDate', locale);
  }
  const date = asked ?? today;
  const head = req.method === 'HEAD';

  if (url.pathname === '/report.json') {
    const data = await readOnly(options.pool, async (db) => ({
      date,
      generatedAt: now.toISOString(),
      sheet: await groupDaySheet(db, date),
      overview: await hqOverview(db, now),
    }));
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(data), locale, head);
  }
  if (url.pathname !== '/') return refuse(res, 404, 'notFound', locale);
  const page = await readOnly(options.pool, async (db) =>
    renderPage({
      date,
      today,
      generatedAt: now.toISOString(),
      sheet: await groupDaySheet(db, date),
      overview: await hqOverview(db, now),
      locale,
    }),
  );
  return send(res, 200, 'text/html; charset=utf-8', page, locale, head);
}

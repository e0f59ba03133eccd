import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createWebHost, TOKEN_HEADER } from '../../electron/hosts/web/server';
import { tempDir, testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
let server: http.Server;
let port: number;
const token = 'test-token-0123456789abcdef';

beforeEach(async () => {
  desk = await testDesk();
  const rendererDir = tempDir('sitedesk-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>SiteDesk</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  server = createWebHost({ router: desk.router, rendererDir, token, port: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterEach(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await desk.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => { ok: boolean; data?: unknown; error?: { code: string; message: string } };
}

/** Raw HTTP so the test controls Host and Origin exactly, as an attacker's page would. */
function request(
  method: string,
  urlPath: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: urlPath,
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const authed = { [TOKEN_HEADER]: token, 'content-type': 'application/json' };
const rpc = (channel: string, input: unknown, headers: Record<string, string> = authed) =>
  request('POST', `/rpc/${channel}`, { headers, body: JSON.stringify(input) });

describe('the web host: one desk on 127.0.0.1, behind a token', () => {
  test('listens on loopback only', () => {
    expect((server.address() as AddressInfo).address).toBe('127.0.0.1');
  });

  test('without the token every call and page is refused', async () => {
    const call = await rpc('auth.roster', {}, { 'content-type': 'application/json' });
    expect(call.status).toBe(401);
    expect(call.json()).toMatchObject({ ok: false, error: { code: 'TOKEN_REQUIRED' } });
    expect((await request('GET', '/rpc')).status).toBe(401);
    const page = await request('GET', '/');
    expect(page.status).toBe(401);
    expect(page.body).toContain('令牌');
    const wrong = await rpc('auth.roster', {}, { ...authed, [TOKEN_HEADER]: 'nope' });
    expect(wrong.json()).toMatchObject({ error: { code: 'TOKEN_REQUIRED' } });
  });

  test('the printed link trades the token for an HttpOnly cookie and drops it from the URL', async () => {
    const open = await request('GET', `/?token=${token}`);
    expect(open.status).toBe(302);
    expect(open.headers.location).toBe('/');
    const cookie = String(open.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await request('GET', '/', { headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const call = await rpc(
      'auth.roster',
      {},
      { cookie: cookie.split(';')[0]!, 'content-type': 'application/json' },
    );
    expect(call.json().ok).toBe(true);
  });

  test('GET /rpc lists every channel with its roles and input JSON Schema', async () => {
    const res = await request('GET', '/rpc', { headers: authed });
    const list = res.json().data as {
      channel: string;
      access: unknown;
      input: { type?: string; properties?: object };
    }[];
    const create = list.find((c) => c.channel === 'users.create')!;
    expect(create.access).toEqual(['admin']);
    expect(create.input).toMatchObject({ type: 'object', properties: { name: {}, roles: {}, secret: {} } });
    expect(list.map((c) => c.channel)).toContain('audit.verify');
  });

  test('foreign Host (DNS rebinding) and foreign Origin are refused', async () => {
    const rebind = await request('GET', '/rpc', { headers: { ...authed, host: `evil.example:${port}` } });
    expect(rebind.status).toBe(403);
    expect(rebind.json()).toMatchObject({ error: { code: 'FOREIGN_ORIGIN' } });
    const cross = await rpc('auth.roster', {}, { ...authed, origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const same = await rpc('auth.roster', {}, { ...authed, origin: `http://127.0.0.1:${port}` });
    expect(same.status).toBe(200);
  });

  test('malformed JSON, a wrong content type, an unknown channel, wrong types: clear errors, nothing written', async () => {
    const before = (desk.ledger.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n;
    const bad = await request('POST', '/rpc/auth.signIn', { headers: authed, body: '{"userId": 1,' });
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    const form = await request('POST', '/rpc/auth.signIn', {
      headers: { [TOKEN_HEADER]: token, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'userId=1',
    });
    expect(form.status).toBe(415);
    const unknown = await rpc('vault.open', {});
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    const types = await rpc('auth.signIn', { userId: 'one', secret: 1234 });
    expect(types.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
    const big = await request('POST', '/rpc/auth.roster', {
      headers: authed,
      body: `{"x":"${'a'.repeat(1_100_000)}"}`,
    });
    expect(big.status).toBe(413);
    expect((desk.ledger.sqlite.prepare('SELECT count(*) n FROM audit_log').get() as { n: number }).n).toBe(
      before,
    );
  });

  test('a malformed percent-escape answers 400 BAD_REQUEST, never 500 nor the exception text', async () => {
    for (const urlPath of ['/rpc/%E0%A4%A', '/rpc/auth.%ZZroster', '/rpc/%']) {
      const res = await request('POST', urlPath, { headers: authed, body: '{}' });
      expect(res.status, urlPath).toBe(400);
      expect(res.json(), urlPath).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      expect(res.body, urlPath).not.toMatch(/URIError|URI malformed/);
    }
    const cookie = await request('GET', '/rpc', { headers: { cookie: 'sitedesk_token=%E0%A4%A' } });
    expect(cookie.status).toBe(401);
    const json = await request('POST', '/rpc/auth.signIn', { headers: authed, body: '{"userId": 1,' });
    expect(json.body).not.toMatch(/SyntaxError|Unexpected|position/);
  });

  test('role checks hold over HTTP exactly as in the app; error messages follow the language header', async () => {
    await rpc('auth.signIn', { userId: desk.userId('王芳'), secret: '3333' });
    const res = await rpc(
      'users.create',
      { name: 'x', roles: ['admin'], secret: '1234' },
      { ...authed, 'x-sitedesk-lang': 'en' },
    );
    expect(res.status).toBe(403);
    expect(res.json().error?.message).toBe('Your role may not do this (needs: Administrator)');
  });

  test('static files: paths climbing out of the renderer folder are refused', async () => {
    const cookie = { cookie: `sitedesk_token=${token}` };
    expect((await request('GET', '/assets/app.js', { headers: cookie })).status).toBe(200);
    const climbing = await request('GET', '/../../etc/passwd', { headers: cookie });
    expect(climbing.body).not.toContain('root:'); // at most the app's own index.html
    const encoded = await request('GET', '/%2e%2e/%2e%2e/etc/passwd', { headers: cookie });
    expect(encoded.body).not.toContain('root:');
    expect((await request('GET', '/assets/missing.js', { headers: cookie })).status).toBe(404);
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { canonicalJson, sha256Hex } from '../../electron/core/canonical';
import { ledgerFingerprint } from '../../shared/domain/fingerprint';
import { syncWithHq } from '../../electron/core/sync/run';
import { readOnly } from '../../hq/database';
import { groupDaySheet } from '../../hq/reports/groupDaySheet';
import { createHqServer, HQ_TOKEN_COOKIE } from '../../hq/serve/server';
import { formatFen } from '../../shared/domain/money';
import { freshHq, type TestHq } from './support/hq';
import { ingest, outboxOf } from './support/entries';
import { demoOffice, NOW, TODAY, type TestOffice } from './support/offices';

/**
 * `npm run hq -- serve`: the read-only HQ page behind a token on 127.0.0.1, showing each
 * office's sync and chain state, the forks and gaps, and the group day sheet.
 */
const TOKEN = 'the-token-printed-at-start';
const YESTERDAY = '2026-11-22';
let hq: TestHq;
let office: TestOffice;
let pool: pg.Pool;
let server: http.Server;
let port: number;
let northUrl: string;

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('north', { days: 1, seed: 5 });
  const north = await hq.addOffice('north', '北区案场');
  northUrl = north.url;
  expect(await syncWithHq({ dataDir: office.dataDir, url: north.url })).toMatchObject({ state: 'synced' });
  // a forged past offered, and a batch out of order: a fork and a gap
  const entries = outboxOf(office.dataDir);
  const forged = JSON.parse(JSON.stringify(entries.slice(40, 41))) as typeof entries;
  forged[0]!.audit.summary = '{}';
  forged[0]!.hash = sha256Hex(forged[0]!.prev_hash + canonicalJson(forged[0]!.audit));
  const asNorth = await hq.connect(north.url);
  expect(await ingest(asNorth, 'north', forged)).toMatchObject({ status: 'fork' });
  expect(
    await ingest(asNorth, 'north', [
      { ...entries[0]!, seq: 9999, audit: { ...entries[0]!.audit, id: 9999 } },
    ]),
  ).toMatchObject({
    status: 'gap',
  });
  await hq.addOffice('quiet', '静园案场'); // never heard from
  await hq.admin.query(
    `CREATE ROLE "${hq.database}_page" LOGIN PASSWORD 'page' IN ROLE "${hq.database}_readers"`,
  );
  pool = new pg.Pool({ connectionString: hq.urlAs(`${hq.database}_page`, 'page'), max: 2 });
  server = createHqServer({ pool, token: TOKEN, port: 0, now: () => new Date(NOW) });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server?.close();
  await pool?.end();
  await office?.close();
  await hq?.close();
});

function get(
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path, method, headers: { host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const withToken = { cookie: `${HQ_TOKEN_COOKIE}=${TOKEN}` };

describe('the HQ page', () => {
  test('needs the printed token: traded once for an HttpOnly cookie; a wrong one is refused', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/report.json')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    const opened = await get(`/?token=${TOKEN}&date=${YESTERDAY}`);
    expect(opened.status).toBe(302);
    expect(opened.headers.location).toBe(`/?date=${YESTERDAY}`);
    expect(opened.headers['set-cookie']?.[0]).toMatch(
      new RegExp(`^${HQ_TOKEN_COOKIE}=${TOKEN}; HttpOnly; SameSite=Strict`),
    );
    const page = await get('/', withToken);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).not.toContain('<script');
  });

  test('answers 127.0.0.1 only, never another host or origin, and only reads', async () => {
    expect((await get('/', { ...withToken, host: 'evil.example:80' })).status).toBe(403);
    expect((await get('/', { ...withToken, origin: 'http://evil.example' })).status).toBe(403);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect((await get('/', withToken, method)).status, method).toBe(405);
    }
    expect((await get('/?date=2026-02-30', withToken)).status).toBe(400);
    await expect(readOnly(pool, (db) => db.query('DELETE FROM hq.forks'))).rejects.toMatchObject({
      code: '25006',
    });
  });

  test("shows each office's sync and chain state, and the forks and gaps", async () => {
    const page = (await get('/', withToken)).body;
    const head = await hq.admin.query(`SELECT head_seq, head_hash FROM hq.offices WHERE office_id = 'north'`);
    expect(page).toContain('北区案场');
    expect(page).toContain(`#${head.rows[0].head_seq}`);
    expect(page).toContain(ledgerFingerprint(head.rows[0].head_hash));
    expect(page).toContain('分叉：门店台账与总部副本不一致');
    expect(page).toMatch(/<tr class="alarm fork">.*北区案场.*#41/);
    expect(page).toMatch(/<tr class="alarm gap">.*#9999/);
    expect(page).toMatch(/<tr class="alarm silent">.*静园案场/);
    expect(page).toContain('尚未联络');
    const english = (await get('/?lang=en', withToken)).body;
    expect(english).toContain('Fork: the office’s ledger differs from HQ’s copy');
    expect(english).toContain('<html lang="en">');
  });

  test("speaks the reader's language: ?lang=, else Accept-Language, else Chinese — refusals too", async () => {
    const english = await get('/', { ...withToken, 'accept-language': 'en-GB,en;q=0.9,zh-CN;q=0.5' });
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Group day sheet');
    expect(english.headers['content-language']).toBe('en');
    const chinese = await get('/', { ...withToken, 'accept-language': 'fr-FR,zh-TW;q=0.8,en;q=0.7' });
    expect(chinese.body).toContain('<html lang="zh-CN">');
    expect(chinese.body).toContain('集团日结汇总');
    // weights, not order, decide; a language the page does not speak is passed over
    const weighted = await get('/', { ...withToken, 'accept-language': 'zh-CN;q=0.2, de, en;q=0.9' });
    expect(weighted.body).toContain('<html lang="en">');
    expect((await get('/', withToken)).body).toContain('<html lang="zh-CN">');
    const chosen = await get('/?lang=zh-CN', { ...withToken, 'accept-language': 'en' });
    expect(chosen.body).toContain('<html lang="zh-CN">');
    // the page's own links keep the language chosen
    expect((await get('/?lang=en', withToken)).body).toContain('lang=en">next day ›</a>');

    expect((await get('/')).body).toBe('需要令牌：请打开 npm run hq -- serve 启动时打印的链接');
    expect((await get('/', { 'accept-language': 'en-US' })).body).toBe(
      'token required: open the link `npm run hq -- serve` printed',
    );
    expect((await get('/?token=wrong&lang=en')).body).toBe(
      'wrong token: open the link `npm run hq -- serve` printed',
    );
    expect((await get('/?date=2026-13-01', withToken)).body).toBe('日期格式应为 YYYY-MM-DD（如 2026-11-23）');
    expect((await get('/?date=2026-13-01&lang=en', withToken)).body).toBe(
      'date must be YYYY-MM-DD (e.g. 2026-11-23)',
    );
    expect((await get('/nothing', { ...withToken, 'accept-language': 'en' })).body).toBe('not found');
    expect((await get('/', { ...withToken, host: 'evil.example:80' })).body).toBe(
      '拒绝：请求的主机名不是本服务',
    );
    expect((await get('/', withToken, 'POST')).body).toBe('总部页面只读：只接受 GET 与 HEAD');
  });

  test('shows the group day sheet of a date, as HQ reports it', async () => {
    const sheet = await readOnly(hq.admin, (db) => groupDaySheet(db, YESTERDAY));
    expect(sheet.totals.visits.total).toBeGreaterThan(0);
    const page = (await get(`/?date=${YESTERDAY}`, withToken)).body;
    expect(page).toContain(`集团日结汇总 · ${YESTERDAY}`);
    const totals = page.slice(page.indexOf('<tr class="totals">'));
    expect(totals).toContain(`<td class="n">${sheet.totals.visits.total}</td>`);
    expect(totals).toContain(formatFen(sheet.totals.ticketSalesFen));
    expect(page).toContain('已日结 · 签字 王芳、钱出纳、李经理');
    const json = JSON.parse((await get(`/report.json?date=${YESTERDAY}`, withToken)).body) as {
      sheet: unknown;
    };
    expect(json.sheet).toEqual(sheet);
    const today = (await get('/', withToken)).body;
    expect(today).toContain(`集团日结汇总 · ${TODAY}`);
  });

  test('escapes what an office wrote', async () => {
    await office.as('系统管理员', 'settings.update', { projectName: '<script>alert(1)</script>' });
    expect(await syncWithHq({ dataDir: office.dataDir, url: northUrl })).toMatchObject({ state: 'synced' });
    const page = (await get('/', withToken)).body;
    expect(page).not.toContain('<script>');
    expect(page).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
  });
});

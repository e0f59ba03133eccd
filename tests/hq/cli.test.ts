import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runHqCli } from '../../hq/cli';
import { readOnly } from '../../hq/database';
import { groupDaySheet } from '../../hq/reports/groupDaySheet';
import { runDeskCli } from '../support/cli';
import { freshHq, superuser, type TestHq } from './support/hq';
import { demoOffice, type TestOffice } from './support/offices';

/** `npm run hq -- …` and `npm run desk -- sync …`, as HQ's administrator and an office's would. */
let hq: TestHq;
let office: TestOffice;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runHqCli(
    argv,
    (l) => out.push(l),
    (l) => err.push(l),
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('cli', { days: 1, seed: 9 });
  await office.close(); // the office's admin works from the command line now
});
afterAll(async () => hq?.close());

describe('npm run hq', () => {
  test('migrate makes the schema on an empty database once, then finds it up to date', async () => {
    const root = await superuser();
    const database = `${hq.database}_2`;
    await root.query(`CREATE DATABASE "${database}" OWNER "${hq.database}_admin"`);
    await root.end();
    const url = new URL(hq.adminUrl);
    url.pathname = `/${database}`;
    const first = await run('migrate', '--url', url.toString());
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('applied 0001_ledger, 0002_projections, 0003_ingest');
    expect(first.out).not.toContain(new URL(hq.adminUrl).password);
    expect((await run('migrate', '--url', url.toString())).out).toContain('is up to date');
    const again = await superuser();
    await again.query(`DROP DATABASE "${database}" WITH (FORCE)`);
    await again.end();
  });

  test('office add gives the office its role and prints the URL it keeps; the office syncs with it', async () => {
    const added = await run('office', 'add', '--id', 'cli', '--name', '命令行案场', '--url', hq.adminUrl);
    expect(added.code).toBe(0);
    expect(added.out).toContain(`role ${hq.database}_office_cli`);
    const url = /--connect '([^']+)'/.exec(added.out)![1]!;
    expect(new URL(url).username).toBe(`${hq.database}_office_cli`);

    expect(await runDeskCli('sync', '--data', office.dataDir)).toMatchObject({ code: 1 }); // not connected yet
    const connect = await runDeskCli('sync', '--data', office.dataDir, '--connect', url);
    expect(connect.code).toBe(0);
    expect(connect.out).not.toContain(new URL(url).password);
    const synced = await runDeskCli('sync', '--data', office.dataDir);
    expect(synced.code).toBe(0);
    expect(synced.out).toContain('总部已收齐');
    const status = await runDeskCli('sync', '--data', office.dataDir, '--status');
    expect(status.out).toMatch(/acknowledged by HQ: cli up to #\d+ \(\w{4} \w{4} \w{4} \w{4}\)/);
    expect(status.out).toContain('the ledger still matches it');
    expect(status.out).not.toContain(new URL(url).password);

    expect((await run('office', 'add', '--id', 'cli', '--name', 'x', '--url', hq.adminUrl)).code).toBe(1);
    expect((await run('office', 'add', '--id', 'Bad_Id', '--name', 'x', '--url', hq.adminUrl)).err).toContain(
      'lowercase letters',
    );
    expect((await run('office', 'add', '--id', 'y', '--url', hq.adminUrl)).code).toBe(2);
    const list = await run('office', 'list', '--url', hq.adminUrl);
    expect(list.out).toMatch(/^cli\t命令行案场\tHQ holds #\d+/m);

    // a new password: the old URL no longer gets in
    const reset = await run('office', 'password', '--id', 'cli', '--url', hq.adminUrl);
    const newUrl = /--connect '([^']+)'/.exec(reset.out)![1]!;
    expect((await runDeskCli('sync', '--data', office.dataDir)).err).toContain('总部拒绝连接');
    await runDeskCli('sync', '--data', office.dataDir, '--connect', newUrl);
    expect((await runDeskCli('sync', '--data', office.dataDir)).code).toBe(0);
  });

  test('report prints the group day sheet of a date, or gives it as JSON', async () => {
    const date = '2026-11-22';
    const json = await run('report', '--date', date, '--json', '--url', hq.adminUrl);
    expect(JSON.parse(json.out)).toEqual(await readOnly(hq.admin, (db) => groupDaySheet(db, date)));
    const text = await run('report', '--date', date, '--url', hq.adminUrl);
    expect(text.out).toContain(`集团日结汇总 ${date}`);
    expect(text.out).toMatch(/^cli\s+\d+/m);
    expect(text.out).toMatch(/^TOTAL\s+\d+/m);
  });

  test('usage: a missing URL, an unknown command, a bad date', async () => {
    expect((await run('report')).code).toBe(2);
    expect((await run('frobnicate', '--url', hq.adminUrl)).code).toBe(2);
    expect((await run('report', '--date', '2026-13-01', '--url', hq.adminUrl)).code).toBe(2);
  });
});

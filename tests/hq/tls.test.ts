import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syncWithHq } from '../../electron/core/sync/run';
import { clusterInfo, freshHq, type TestHq } from './support/hq';
import { demoOffice, type TestOffice } from './support/offices';

/** TLS when the URL asks for it: the office's connection is encrypted and the server checked. */
const { certFile } = clusterInfo();
let hq: TestHq;
let office: TestOffice;
let url: string;

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('tls', { days: 0 });
  url = (await hq.addOffice('tls')).url;
});
afterAll(async () => {
  await office?.close();
  await hq?.close();
});

function withParams(base: string, params: Record<string, string>): string {
  const u = new URL(base);
  for (const [k, v] of Object.entries(params)) u.searchParams.set(k, v);
  return u.toString();
}

async function encrypted(connection: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    return (await client.query<{ ssl: boolean }>('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()'))
      .rows[0]!.ssl;
  } finally {
    await client.end();
  }
}

describe.skipIf(certFile === null)('TLS to HQ', () => {
  test('sslmode=verify-full with the HQ certificate: encrypted, and the sync goes through it', async () => {
    const tls = withParams(url, { sslmode: 'verify-full', sslrootcert: certFile! });
    expect(await encrypted(tls)).toBe(true);
    expect(await encrypted(url)).toBe(false);
    expect(await syncWithHq({ dataDir: office.dataDir, url: tls })).toMatchObject({ state: 'synced' });
  });

  test('a server whose certificate is not trusted is refused before anything is sent', async () => {
    const untrusted = withParams(url, { sslmode: 'verify-full' });
    await expect(syncWithHq({ dataDir: office.dataDir, url: untrusted })).rejects.toThrow(/certificate/i);
  });
});

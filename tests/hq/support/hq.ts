import pg from 'pg';
import { inject } from 'vitest';
import { addOffice, officeUrl } from '../../../hq/offices';
import { createHqDatabase } from './hqDatabase';

/**
 * A headquarters of its own for a test file: a new database on the run's cluster
 * (globalSetup.ts), owned by an HQ administrator role (CREATEROLE, not a superuser), migrated.
 */
export interface TestHq {
  database: string;
  adminUrl: string;
  /** The administrator's connection (owner of the HQ schema). */
  admin: pg.Client;
  /** A new office at this HQ: its role and the URL it keeps. */
  addOffice(officeId: string, name?: string): Promise<{ url: string; role: string; password: string }>;
  /** A connection as the URL's role (closed by `close`). */
  connect(url: string): Promise<pg.Client>;
  /** This database's URL with another user and password. */
  urlAs(user: string, password: string): string;
  close(): Promise<void>;
}

export function clusterInfo() {
  return inject('hqCluster');
}

export async function superuser(database = 'postgres'): Promise<pg.Client> {
  const url = new URL(clusterInfo().superuserUrl);
  url.pathname = `/${database}`;
  const client = new pg.Client({ connectionString: url.toString() });
  client.on('error', () => {});
  await client.connect();
  return client;
}

export async function freshHq(): Promise<TestHq> {
  const made = await createHqDatabase(clusterInfo().superuserUrl);
  const clients: pg.Client[] = [];
  const connect = async (url: string) => {
    const client = new pg.Client({ connectionString: url });
    client.on('error', () => {});
    await client.connect();
    clients.push(client);
    return client;
  };
  const admin = await connect(made.adminUrl);
  return {
    database: made.database,
    adminUrl: made.adminUrl,
    admin,
    async addOffice(officeId, name = officeId) {
      const office = await addOffice(admin, officeId, name);
      return { url: officeUrl(made.adminUrl, office), role: office.role, password: office.password };
    },
    connect,
    urlAs: made.urlAs,
    async close() {
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
      await made.drop();
    },
  };
}

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateHq } from '../../../hq/migrate';

/**
 * A headquarters database of its own on a cluster, as an HQ sets one up: an administrator role
 * (LOGIN CREATEROLE, not a superuser) owning a new database, migrated. Used by the hq tests and
 * the bench.
 */
export interface HqDatabase {
  database: string;
  adminRole: string;
  adminUrl: string;
  /** `url` of this database with another user and password. */
  urlAs(user: string, password: string): string;
  /** Drops the database and every role named after it. */
  drop(): Promise<void>;
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  return client;
}

export async function createHqDatabase(superuserUrl: string): Promise<HqDatabase> {
  const database = `hq_${randomBytes(5).toString('hex')}`;
  const adminRole = `${database}_admin`;
  const adminPassword = randomBytes(12).toString('hex');
  const root = await connect(superuserUrl);
  try {
    await root.query(`CREATE ROLE "${adminRole}" LOGIN CREATEROLE PASSWORD '${adminPassword}'`);
    await root.query(`CREATE DATABASE "${database}" OWNER "${adminRole}"`);
  } finally {
    await root.end();
  }
  const urlAs = (user: string, password: string) => {
    const u = new URL(superuserUrl);
    u.pathname = `/${database}`;
    u.username = encodeURIComponent(user);
    u.password = encodeURIComponent(password);
    return u.toString();
  };
  const adminUrl = urlAs(adminRole, adminPassword);
  const admin = await connect(adminUrl);
  try {
    await migrateHq(admin);
  } finally {
    await admin.end();
  }
  return {
    database,
    adminRole,
    adminUrl,
    urlAs,
    async drop() {
      const rootAgain = await connect(superuserUrl);
      try {
        await rootAgain.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
        const roles = await rootAgain.query<{ rolname: string }>(
          `SELECT rolname FROM pg_roles WHERE starts_with(rolname, $1) ORDER BY rolname = $2`,
          [`${database}_`, adminRole],
        );
        for (const { rolname } of roles.rows) await rootAgain.query(`DROP ROLE IF EXISTS "${rolname}"`);
      } finally {
        await rootAgain.end();
      }
    },
  };
}

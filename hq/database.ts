import pg from 'pg';

/**
 * HQ's own tools connect with the URL of an HQ role: the administrator's for `migrate` and
 * `office add` (it must own the database and may create roles), a reader's for `report` and
 * `serve`. From `--url`, else SITEDESK_HQ_DATABASE_URL.
 */
export const HQ_DATABASE_URL_ENV = 'SITEDESK_HQ_DATABASE_URL';

export function hqDatabaseUrl(
  given: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  return given ?? env[HQ_DATABASE_URL_ENV] ?? null;
}

/** The URL without its password, to show or log. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(not a URL)';
  }
}

export async function connectHq(url: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 15_000,
    application_name: 'sitedesk hq',
  });
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** Runs `read` in a READ ONLY transaction: one consistent moment, and nothing it could write. */
export async function readOnly<T>(
  pool: pg.Pool | pg.Client,
  read: (db: pg.ClientBase) => Promise<T>,
): Promise<T> {
  const client = pool instanceof pg.Pool ? await pool.connect() : pool;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const result = await read(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  } finally {
    if (pool instanceof pg.Pool) (client as pg.PoolClient).release();
  }
}

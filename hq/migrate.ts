import { createHash } from 'node:crypto';
import type { ClientBase } from 'pg';
import * as m0001 from './migrations/0001_ledger';
import * as m0002 from './migrations/0002_projections';
import * as m0003 from './migrations/0003_ingest';
import * as m0004 from './migrations/0004_shaped_canonical';

export const HQ_MIGRATIONS: Record<string, { up: string }> = {
  '0001_ledger': m0001,
  '0002_projections': m0002,
  '0003_ingest': m0003,
  '0004_shaped_canonical': m0004,
};

function checksum(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

export async function migrateHq(client: ClientBase): Promise<string[]> {
  const applied: string[] = [];
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('sitedesk_hq_migrate'))`);
    await client.query('CREATE SCHEMA IF NOT EXISTS hq');
    await client.query(`CREATE TABLE IF NOT EXISTS hq.schema_migrations (
      name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Map(
      (
        await client.query<{ name: string; checksum: string }>(
          'SELECT name, checksum FROM hq.schema_migrations',
        )
      ).rows.map((r) => [r.name, r.checksum]),
    );
    for (const [name, m] of Object.entries(HQ_MIGRATIONS).sort(([a], [b]) => a.localeCompare(b))) {
      const sum = checksum(m.up);
      const was = done.get(name);
      if (was !== undefined) {
        if (was !== sum) throw new Error(`HQ migration ${name} changed after it was applied`);
        continue;
      }
      await client.query(m.up);
      await client.query('INSERT INTO hq.schema_migrations (name, checksum) VALUES ($1, $2)', [name, sum]);
      applied.push(name);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

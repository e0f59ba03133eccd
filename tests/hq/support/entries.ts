import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { LEDGER_FILE_NAME } from '../../../db/connection';
import type { IngestAnswer } from '../../../electron/core/sync/hqClient';
import { readOutbox, type OutboxEntry } from '../../../electron/core/sync/outbox';

/** Every entry of a ledger's outbox, as the office would send them. */
export function outboxOf(dataDir: string, fromSeq = 1): OutboxEntry[] {
  const sqlite = new BetterSqlite3(path.join(dataDir, LEDGER_FILE_NAME), { readonly: true });
  try {
    const batch = readOutbox(sqlite, fromSeq, { entries: 1_000_000, bytes: 2 ** 31 });
    return batch ? (JSON.parse(batch.json) as OutboxEntry[]) : [];
  } finally {
    sqlite.close();
  }
}

/** Calls HQ's ingest as the client's role. */
export async function ingest(
  client: pg.Client,
  officeId: string,
  entries: unknown[],
  tail = 0,
): Promise<IngestAnswer> {
  const result = await client.query<{ answer: IngestAnswer }>(
    'SELECT hq_office.ingest($1, $2, $3::jsonb) AS answer',
    [officeId, tail, JSON.stringify(entries)],
  );
  return result.rows[0]!.answer;
}

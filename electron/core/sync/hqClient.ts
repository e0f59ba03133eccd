import pg from 'pg';
import { z } from 'zod';

/**
 * The office's connection to HQ's PostgreSQL, as its own role, which may do one thing there:
 * call `hq_office.ingest`. TLS as the URL asks (`sslmode=verify-full&sslrootcert=…`); node-postgres
 * reads it from the URL. Every wait is bounded: connecting, each call (client and server side), so
 * a network that hangs ends in an error the job reports, never in a desk that waits.
 */
export interface HqTimeouts {
  connectMs: number;
  callMs: number;
}

export const DEFAULT_TIMEOUTS: HqTimeouts = { connectMs: 10_000, callMs: 120_000 };

export const ingestAnswerSchema = z.object({
  status: z.enum(['ok', 'fork', 'gap', 'invalid']),
  office_id: z.string(),
  head_seq: z.number().int().nonnegative(),
  head_hash: z.string().regex(/^[0-9a-f]{64}$/),
  accepted: z.number().int().nonnegative(),
  acknowledged: z.number().int().nonnegative(),
  seq: z.number().int().nullable(),
  detail: z.string().nullable(),
});
export type IngestAnswer = z.infer<typeof ingestAnswerSchema>;

/** HQ refused the caller itself: the role is not this office's (or the office is unknown there). */
export class RoleRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoleRefused';
  }
}

export class HqClient {
  private constructor(private readonly client: pg.Client) {}

  static async connect(
    url: string,
    officeId: string,
    timeouts: HqTimeouts = DEFAULT_TIMEOUTS,
  ): Promise<HqClient> {
    const client = new pg.Client({
      connectionString: url,
      connectionTimeoutMillis: timeouts.connectMs,
      query_timeout: timeouts.callMs,
      statement_timeout: timeouts.callMs,
      keepAlive: true,
      application_name: `sitedesk office ${officeId}`,
    });
    // A connection dropped while idle emits 'error' on the client: the next call fails with it.
    client.on('error', () => {});
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw refusalOf(error);
    }
    return new HqClient(client);
  }

  /** Sends a batch (a JSON array of entries, `[]` to learn HQ's head) and answers HQ's verdict. */
  async ingest(officeId: string, officeTail: number, entriesJson: string): Promise<IngestAnswer> {
    try {
      const result = await this.client.query<{ answer: unknown }>(
        'SELECT hq_office.ingest($1, $2, $3::jsonb) AS answer',
        [officeId, officeTail, entriesJson],
      );
      return ingestAnswerSchema.parse(result.rows[0]?.answer);
    } catch (error) {
      throw refusalOf(error);
    }
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => {});
  }
}

/** PostgreSQL's "insufficient privilege" and a failed login: HQ does not take this role. */
function refusalOf(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === '42501' || code === '28P01' || code === '28000' || code === '3D000') {
    return new RoleRefused((error as Error).message);
  }
  return error;
}

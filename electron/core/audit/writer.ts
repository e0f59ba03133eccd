import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { AUDITED_TABLES, type AuditedTable, type Database } from '../../../db/schema';
import { canonicalJson, sha256Hex } from '../canonical';

/** One row written by a call: its table, key and the hash of its full content. */
export type WriteRecord = [table: string, key: string | number, rowHash: string];

export function rowHash(row: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(row));
}

/**
 * The only way services write audited tables. Each write stamps the row with the audit id of the
 * current call and remembers the row's hash, which the router seals into the audit row.
 */
// The writer is generic over the audited tables; Kysely's per-table types cannot follow a table
// name chosen at run time, so it works on a loosely typed view of the same connection.
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;

export class LedgerWriter {
  readonly writes: WriteRecord[] = [];
  /** Settings rows as this call stored them, so the router's cache takes them in as they are. */
  readonly settingsStored: { key: string; value: string }[] = [];

  constructor(
    private readonly typedDb: Kysely<Database>,
    readonly auditId: number,
    private readonly mutating = true,
    /** The same connection, raw: with it the writer runs statements prepared once per shape. */
    private readonly sqlite: BetterSqlite3.Database | null = null,
  ) {}

  private get db(): LooseDb {
    return this.typedDb as unknown as LooseDb;
  }

  /** Runs `sql` (built from code, never from input) prepared once per connection. */
  private run(sql: string, params: unknown[]): Record<string, unknown> {
    const row = preparedOn(this.sqlite!, sql).get(...params) as Record<string, unknown> | undefined;
    if (!row) throw new Error(`no row written by: ${sql}`);
    return row;
  }

  private assertMutating(table: string): void {
    if (!this.mutating) throw new Error(`a read-only call tried to write ${table}`);
  }

  /**
   * Rows that must stand even when the call is refused (a wrong PIN is counted although the
   * sign-in fails). On such a refusal the router rolls the whole call back and writes only these.
   */
  readonly survivors: { table: AuditedTable; values: Record<string, unknown> }[] = [];

  async insert<T extends AuditedTable>(
    table: T,
    values: Omit<Database[T], 'audit_id' | 'id'> & { id?: never },
    options: { survivesRefusal?: boolean } = {},
  ): Promise<Record<string, unknown>> {
    this.assertMutating(table);
    if (options.survivesRefusal) this.survivors.push({ table, values: { ...values } });
    if (this.sqlite) {
      const [cols, params] = columnsOf({ ...values, audit_id: this.auditId });
      const row = this.run(
        `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING *`,
        params,
      );
      this.record(table, row);
      return row;
    }
    const row = (await this.db
      .insertInto(table as string)
      .values({ ...values, audit_id: this.auditId })
      .returningAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    this.record(table, row);
    return row;
  }

  /** Updates a row of a mutable (non-append-only) table, matched by its key. */
  async update<T extends AuditedTable>(
    table: T,
    key: string | number,
    values: Partial<Omit<Database[T], 'audit_id' | 'id'>>,
  ): Promise<Record<string, unknown>> {
    this.assertMutating(table);
    const meta = AUDITED_TABLES[table];
    if (meta.appendOnly) throw new Error(`${table} is append-only`);
    if (this.sqlite) {
      const [cols, params] = columnsOf({ ...values, audit_id: this.auditId });
      const row = this.run(
        `UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${q(meta.key)} = ? RETURNING *`,
        [...params, key],
      );
      this.record(table, row);
      return row;
    }
    const row = (await this.db
      .updateTable(table as string)
      .set({ ...values, audit_id: this.auditId })
      .where(meta.key, '=', key)
      .returningAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    this.record(table, row);
    return row;
  }

  /** Inserts a mutable row, or replaces it when the key exists (settings). */
  async upsert<T extends AuditedTable>(
    table: T,
    values: Omit<Database[T], 'audit_id'>,
  ): Promise<Record<string, unknown>> {
    this.assertMutating(table);
    const meta = AUDITED_TABLES[table];
    if (meta.appendOnly) throw new Error(`${table} is append-only`);
    const full = { ...values, audit_id: this.auditId } as Record<string, unknown>;
    if (this.sqlite) {
      const [cols, params] = columnsOf(full);
      const row = this.run(
        `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT (${q(meta.key)}) DO UPDATE SET ${cols
           .filter((c) => c !== meta.key) // the key stays: rewriting it would rewrite its index page
           .map((c) => `${q(c)} = excluded.${q(c)}`)
           .join(', ')}
         RETURNING *`,
        params,
      );
      this.record(table, row);
      if (table === 'settings') this.settingsStored.push({ key: String(row.key), value: String(row.value) });
      return row;
    }
    const row = (await this.db
      .insertInto(table as string)
      .values(full)
      .onConflict((oc) => oc.column(meta.key).doUpdateSet(full))
      .returningAll()
      .executeTakeFirstOrThrow()) as Record<string, unknown>;
    this.record(table, row);
    return row;
  }

  private record(table: AuditedTable, row: Record<string, unknown>): void {
    const key = row[AUDITED_TABLES[table].key] as string | number;
    this.writes.push([table, key, rowHash(row)]);
  }
}

const statements = new WeakMap<BetterSqlite3.Database, Map<string, BetterSqlite3.Statement>>();

function preparedOn(sqlite: BetterSqlite3.Database, sql: string): BetterSqlite3.Statement {
  let cache = statements.get(sqlite);
  if (!cache) statements.set(sqlite, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = sqlite.prepare(sql)));
  return statement;
}

/** The columns and values of a row to write; like Kysely, an undefined value is no column. */
function columnsOf(values: Record<string, unknown>): [string[], unknown[]] {
  const cols: string[] = [];
  const params: unknown[] = [];
  for (const [col, value] of Object.entries(values)) {
    if (value === undefined) continue;
    cols.push(col);
    params.push(value);
  }
  return [cols, params];
}

function q(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

import type BetterSqlite3 from 'better-sqlite3';
import type { Selectable } from 'kysely';
import { AUDITED_TABLES, type AuditedTable, type Database } from '../../../db/schema';
import { prepared } from '../../../db/statements';
import { canonicalJson, sha256Hex } from '../canonical';

/** One row written by a call: its table, key and the hash of its full content. */
export type WriteRecord = [table: string, key: string | number, rowHash: string];

export function rowHash(row: Record<string, unknown>): string {
  return sha256Hex(canonicalJson(row));
}

/** A row of an audited table as the database answers it: every column, as db/schema.ts types it. */
export type WrittenRow<T extends AuditedTable> = Selectable<Database[T]>;

/**
 * The only way services write audited tables. Each write stamps the row with the audit id of the
 * current call and remembers the row's hash, which the router seals into the audit row.
 *
 * It writes through the raw handle of the call's connection (inside the call's transaction),
 * with one statement per shape of write (table and columns) prepared once and kept. Every write
 * answers the row as stored (`RETURNING *`), typed by its table.
 */
export class LedgerWriter {
  readonly writes: WriteRecord[] = [];
  /** Settings rows as this call stored them, so the router's cache takes them in as they are. */
  readonly settingsStored: { key: string; value: string }[] = [];

  /**
   * The call's raw connection: an ES private field, not a TypeScript `private` (which
   * `writer['sqlite']` would still reach), since a service holding the writer must not reach
   * the connection past it.
   */
  readonly #sqlite: BetterSqlite3.Database;

  constructor(
    sqlite: BetterSqlite3.Database,
    readonly auditId: number,
    private readonly mutating = true,
  ) {
    this.#sqlite = sqlite;
  }

  /**
   * Runs `sql` (built from code, never from input) and answers the row it returned. `RETURNING *`
   * answers every column of `table`, the columns db/schema.ts declares for it (held to the
   * migrated schema by db/schema.check.ts), hence the row's type.
   */
  private run<T extends AuditedTable>(table: T, sql: string, params: unknown[]): WrittenRow<T> {
    const row = prepared(this.#sqlite, sql).get(...params) as Record<string, unknown> | undefined;
    if (!row) throw new Error(`no row written by: ${sql}`);
    this.record(table, row);
    return row as WrittenRow<T>;
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
  ): Promise<WrittenRow<T>> {
    this.assertMutating(table);
    if (options.survivesRefusal) this.survivors.push({ table, values: { ...values } });
    const [cols, params] = columnsOf({ ...values, audit_id: this.auditId });
    return this.run(
      table,
      `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING *`,
      params,
    );
  }

  /** Updates a row of a mutable (non-append-only) table, matched by its key. */
  async update<T extends AuditedTable>(
    table: T,
    key: string | number,
    values: Partial<Omit<Database[T], 'audit_id' | 'id'>>,
  ): Promise<WrittenRow<T>> {
    this.assertMutating(table);
    const meta = AUDITED_TABLES[table];
    if (meta.appendOnly) throw new Error(`${table} is append-only`);
    const [cols, params] = columnsOf({ ...values, audit_id: this.auditId });
    return this.run(
      table,
      `UPDATE ${q(table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ${q(meta.key)} = ? RETURNING *`,
      [...params, key],
    );
  }

  /** Inserts a mutable row, or replaces it when the key exists (settings). */
  async upsert<T extends AuditedTable>(
    table: T,
    values: Omit<Database[T], 'audit_id'>,
  ): Promise<WrittenRow<T>> {
    this.assertMutating(table);
    const meta = AUDITED_TABLES[table];
    if (meta.appendOnly) throw new Error(`${table} is append-only`);
    const [cols, params] = columnsOf({ ...values, audit_id: this.auditId });
    const row = this.run(
      table,
      `INSERT INTO ${q(table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})
         ON CONFLICT (${q(meta.key)}) DO UPDATE SET ${cols
           .filter((c) => c !== meta.key) // the key stays: rewriting it would rewrite its index page
           .map((c) => `${q(c)} = excluded.${q(c)}`)
           .join(', ')}
         RETURNING *`,
      params,
    );
    if (table === 'settings') {
      const { key, value } = row as WrittenRow<'settings'>;
      this.settingsStored.push({ key, value });
    }
    return row;
  }

  private record(table: AuditedTable, row: Record<string, unknown>): void {
    const key = row[AUDITED_TABLES[table].key] as string | number;
    this.writes.push([table, key, rowHash(row)]);
  }
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

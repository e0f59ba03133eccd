import type BetterSqlite3 from 'better-sqlite3';

/**
 * The schema of a ledger as SQLite reports it — tables, their columns, indexes, triggers and
 * views — in a deterministic order (by name; columns and index keys in their own order), so two
 * ledgers migrated by the same migrations give equal snapshots and any change to the schema
 * shows as a readable diff of db/schema.snapshot.json.
 *
 * Left out: SQLite's own tables (`sqlite_%`: sequences, statistics) and Kysely's bookkeeping of
 * which migrations ran (`kysely_%`), which are not the ledger's schema.
 */
export interface SchemaSnapshot {
  tables: Record<string, TableShape>;
  indexes: Record<string, IndexShape>;
  triggers: Record<string, TriggerShape>;
  views: Record<string, { sql: string[] }>;
}

export interface TableShape {
  strict: boolean;
  withoutRowid: boolean;
  columns: ColumnShape[];
  /** The CREATE TABLE text as SQLite keeps it (CHECKs, foreign keys), one string per line. */
  sql: string[];
}

export interface ColumnShape {
  name: string;
  /** The declared type: INTEGER, TEXT, REAL, BLOB or ANY in a STRICT table. */
  type: string;
  notnull: boolean;
  /** The DEFAULT expression as written, or null. */
  default: string | null;
  /** Position in the primary key, 0 when not part of it. */
  pk: number;
  /** 0 for an ordinary column; 2 and 3 for generated columns (virtual, stored). */
  hidden: number;
}

export interface IndexShape {
  table: string;
  unique: boolean;
  /** c: CREATE INDEX; u: a UNIQUE constraint; pk: a PRIMARY KEY constraint. */
  origin: string;
  /** The key columns in order; an expression key has no name. */
  columns: { name: string | null; desc: boolean; collation: string }[];
  /** A partial index's WHERE condition, or null. */
  where: string | null;
  /** The CREATE INDEX text, one string per line; null for the indexes SQLite makes for constraints. */
  sql: string[] | null;
}

export interface TriggerShape {
  table: string;
  sql: string[];
}

/** An SQL condition: the table named by `column` is the ledger's. */
const ours = (column: string) =>
  `${column} NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND ${column} NOT LIKE 'kysely\\_%' ESCAPE '\\'`;

export function readSchema(sqlite: BetterSqlite3.Database): SchemaSnapshot {
  const all = <R>(sql: string, ...params: unknown[]) => sqlite.prepare(sql).all(...params) as R[];
  const snapshot: SchemaSnapshot = { tables: {}, indexes: {}, triggers: {}, views: {} };

  const tables = all<{ name: string; strict: number; wr: number }>(
    `SELECT name, strict, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND ${ours('name')}
     ORDER BY name`,
  );
  for (const { name, strict, wr } of tables) {
    const columns = all<{
      name: string;
      type: string;
      notnull: number;
      dflt_value: string | null;
      pk: number;
      hidden: number;
    }>('SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?) ORDER BY cid', name);
    snapshot.tables[name] = {
      strict: strict === 1,
      withoutRowid: wr === 1,
      columns: columns.map((c) => ({
        name: c.name,
        type: c.type,
        notnull: c.notnull === 1,
        default: c.dflt_value,
        pk: c.pk,
        hidden: c.hidden,
      })),
      sql: lines(masterSql(sqlite, 'table', name)!),
    };
  }

  const indexes = all<{ table: string; name: string; unique: number; origin: string; partial: number }>(
    `SELECT t.name AS "table", i.name, i."unique", i.origin, i.partial
     FROM sqlite_master t JOIN pragma_index_list(t.name) i
     WHERE t.type = 'table' AND ${ours('t.name')}
     ORDER BY i.name`,
  );
  for (const index of indexes) {
    const keys = all<{ name: string | null; desc: number; coll: string }>(
      'SELECT name, "desc", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno',
      index.name,
    );
    const sql = masterSql(sqlite, 'index', index.name);
    snapshot.indexes[index.name] = {
      table: index.table,
      unique: index.unique === 1,
      origin: index.origin,
      columns: keys.map((k) => ({ name: k.name, desc: k.desc === 1, collation: k.coll })),
      where: index.partial === 1 && sql ? whereOf(sql) : null,
      sql: sql === null ? null : lines(sql),
    };
  }

  for (const { name, table, sql } of all<{ name: string; table: string; sql: string }>(
    `SELECT name, tbl_name AS "table", sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name`,
  )) {
    snapshot.triggers[name] = { table, sql: lines(sql) };
  }
  for (const { name, sql } of all<{ name: string; sql: string }>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'view' AND ${ours('name')} ORDER BY name`,
  )) {
    snapshot.views[name] = { sql: lines(sql) };
  }
  return snapshot;
}

function masterSql(sqlite: BetterSqlite3.Database, type: string, name: string): string | null {
  const row = sqlite.prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?').get(type, name) as
    { sql: string | null } | undefined;
  return row?.sql ?? null;
}

/** Line by line, so a change to one line of a long statement diffs as that line. */
function lines(sql: string): string[] {
  return sql.replaceAll('\r\n', '\n').split('\n');
}

/** The condition after the column list of `CREATE [UNIQUE] INDEX … ON table (…) WHERE …`. */
function whereOf(sql: string): string {
  const open = sql.indexOf('(');
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === '(') depth++;
    else if (sql[i] === ')' && --depth === 0) {
      return sql
        .slice(i + 1)
        .trim()
        .replace(/^WHERE\s+/i, '')
        .replace(/\s+/g, ' ');
    }
  }
  throw new Error(`no column list in ${sql}`);
}

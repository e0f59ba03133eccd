import { Kysely, sql, type Compilable, type RawBuilder } from 'kysely';
import { readStatement, type ReadableDB, type ReadSource } from './access';

/**
 * The rows of a Kysely select — the same objects, same columns in the same order, as its
 * `execute()` answers — read on the raw handle of the same connection (so inside the call's
 * transaction), for the lists that read a page of rows at a time.
 *
 * Why: better-sqlite3 builds each row object through the V8 API, naming every column of every
 * row again; for a page of 200 rows of 16 columns that is most of the query's cost (~1.1 ms
 * here, of which the SQL is ~0.1). In raw mode it answers arrays instead, and the objects are
 * built here from the statement's column names, at about half the cost. For a single row it
 * gains nothing: use it for pages and lists, `execute()` for the rest.
 *
 * Duplicate column names resolve as better-sqlite3 resolves them: the last one wins.
 *
 * These helpers take the call's `ctx.raw`, on which nothing else can be done, and refuse a
 * statement that could write (db/access.ts): they are a way to read, never one to write.
 */
export function selectRows<O>(source: ReadSource, query: Compilable<O>): O[] {
  const { sql, parameters } = query.compile();
  return rowsOf<O>(source, sql, parameters);
}

function rowsOf<O>(source: ReadSource, text: string, parameters: readonly unknown[]): O[] {
  const statement = readStatement(source, text, 'arrays');
  const names = statement.columns().map((c) => c.name);
  const rows = statement.all(parameters) as unknown[][];
  const objects = new Array<O>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const values = rows[r]!;
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = values[c];
    objects[r] = row as O;
  }
  return objects;
}

/** selectRows for a query kept by `queryText`, its `?` bound to `parameters` in order. */
export function selectTextRows<O>(
  source: ReadSource,
  query: QueryText<O>,
  parameters: readonly unknown[],
): O[] {
  return rowsOf<O>(source, query.sql, parameters);
}

/** selectRows for a raw `sql` select, compiled as the call's handle would compile it. */
export function selectSqlRows<O>(source: ReadSource, db: ReadableDB, query: RawBuilder<O>): O[] {
  if (!(db instanceof Kysely)) throw new Error('selectSqlRows: not a Kysely handle');
  return selectRows(source, { compile: () => query.compile(db as Kysely<unknown>) });
}

/**
 * The rows of a select whose one column is a JSON array per row — `json_array(a, b, …)`, built
 * by the query itself, at the level of its own ORDER BY — as arrays, parsed in one go: for a
 * page of a few hundred rows this is about three times cheaper again than selectRows (one string
 * per row crosses from SQLite to JS, not one value per column). For tables of INTEGER and TEXT
 * columns only (what the ledger's are): a JSON number is the integer, a JSON string the text, as
 * better-sqlite3 answers them; a REAL would come back rounded to 15 digits, a BLOB is refused.
 */
export function jsonRows<T extends readonly unknown[]>(
  source: ReadSource,
  query: Compilable<{ row: string }>,
): T[] {
  const { sql, parameters } = query.compile();
  const rows = readStatement(source, sql, 'arrays').all(parameters) as [string][];
  return JSON.parse(`[${rows.map((r) => r[0]).join(',')}]`) as T[];
}

/**
 * The answer of a select of one aggregate — `json_group_array(json_array(a, b, …) ORDER BY …)`,
 * whose ORDER BY inside the aggregate is the order of the rows — as arrays, from one JSON text:
 * one string crosses from SQLite to JS for the whole answer, not a row (or a value) at a time,
 * for the lists of a few hundred short rows (a building's units and holds, a month of closes)
 * where the crossing per row was most of the cost. Same value rules as jsonRows.
 */
export function jsonTable<T extends readonly unknown[]>(
  source: ReadSource,
  query: Compilable<{ rows: string | null }> | QueryText<{ rows: string | null }>,
  parameters: readonly unknown[] = [],
): T[] {
  const compiled = 'compile' in query ? query.compile() : { sql: query.sql, parameters };
  const [answer] = readStatement(source, compiled.sql, 'arrays').all(compiled.parameters) as [
    string | null,
  ][];
  const text = answer?.[0];
  return text ? (JSON.parse(text) as T[]) : [];
}

/** Arrays of `names.length` values as objects with those names (for jsonTable's rows). */
export function rowObjects<O>(
  rows: readonly (readonly unknown[])[],
  names: readonly (keyof O & string)[],
): O[] {
  return rows.map((values) => {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]!] = values[c];
    return row as O;
  });
}

/**
 * Every column of a table's row type, once each, in the order given (checked when compiled: a
 * column added to the table and not here is an error), for reading whole rows with jsonTable.
 */
export function allColumns<O>() {
  return <const C extends readonly (keyof O & string)[]>(
    ...names: C & ([Exclude<keyof O, C[number]>] extends [never] ? unknown : never)
  ): C => names;
}

/** The text of a query built once, whose `?` are bound when it runs (see `queryText`). */
export interface QueryText<O> {
  readonly sql: string;
  /** The row type, for the compiler only. */
  readonly row?: O;
}

/**
 * A query that is always the same text, built with Kysely (typed against the schema) once and
 * kept: building and compiling a query of a few dozen columns costs ~60 µs, as much as running
 * it. Its values are written as `?` in `sql` fragments and bound when it runs, in order; a value
 * Kysely would bind itself is refused, since it would be frozen into the kept text.
 */
export function queryText<O>(build: (db: ReadableDB) => Compilable<O>): (db: ReadableDB) => QueryText<O> {
  let kept: QueryText<O> | null = null;
  return (db) => {
    if (!kept) {
      const compiled = build(db).compile();
      if (compiled.parameters.length > 0) throw new Error(`queryText: a bound value in ${compiled.sql}`);
      kept = { sql: compiled.sql };
    }
    return kept;
  };
}

/**
 * `IN` the values of a list bound as one JSON array — `.where(column, 'in', inJson(ids))`, or
 * `column IN ${inJson(ids)}` in a `sql` template: one query text, so one prepared statement,
 * whatever the number of values. Bound one by one, a day's 150 ids would make a new statement
 * per length and cost more to bind than the index search they feed.
 */
export function inJson<V extends number | string>(values: readonly V[]): RawBuilder<V> {
  return sql<V>`(SELECT value FROM json_each(${JSON.stringify(values)}))`;
}

/**
 * inJson with its array left as a `?`, for a query kept by `queryText` (which refuses a bound
 * value); bind the array as `JSON.stringify(values)` when it runs.
 */
export const IN_JSON_PARAMETER: RawBuilder<never> = sql<never>`(SELECT value FROM json_each(?))`;

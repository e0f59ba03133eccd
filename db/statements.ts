import type BetterSqlite3 from 'better-sqlite3';

/**
 * How a statement answers its rows: as objects named by column (better-sqlite3's default), or
 * as arrays of values in column order (its raw mode, which db/rows.ts reads pages with).
 */
export type RowShape = 'objects' | 'arrays';

/**
 * Distinct query texts kept prepared per connection. Queries are built from code, so their texts
 * are few (a few hundred); the bound only matters if a query were ever built with a varying
 * `IN (…)` list, which would otherwise make a new text per length.
 */
const PREPARED_LIMIT = 1_000;

interface Kept {
  objects: Map<string, BetterSqlite3.Statement>;
  arrays: Map<string, BetterSqlite3.Statement>;
}

const kept = new WeakMap<BetterSqlite3.Database, Kept>();

/**
 * The statement of `sql` on this connection, prepared once and kept: preparing costs as much as
 * running a point query, and the same few texts run on every call. Every cache of statements in
 * the app is this one (Kysely's handle, the writer, the router's ledger cache, db/rows.ts).
 *
 * Reuse is safe because statements here are always run to completion synchronously (`all`,
 * `get`, `run`), never left half-iterated. A statement kept as arrays is a separate statement
 * from the same text kept as objects, since raw mode is a switch on the statement itself.
 * `sql` is built from code, never from input. The statements of a closed connection go with it.
 */
export function prepared(
  sqlite: BetterSqlite3.Database,
  sql: string,
  shape: RowShape = 'objects',
): BetterSqlite3.Statement {
  let statements = kept.get(sqlite);
  if (!statements) kept.set(sqlite, (statements = { objects: new Map(), arrays: new Map() }));
  const byText = statements[shape];
  let statement = byText.get(sql);
  if (!statement) {
    if (statements.objects.size + statements.arrays.size >= PREPARED_LIMIT) {
      statements.objects.clear();
      statements.arrays.clear();
    }
    statement = sqlite.prepare(sql);
    // Only a statement that answers rows has a raw mode; one that does not is kept as it is, and
    // the reading helpers, which ask for arrays, refuse it (db/access.ts).
    if (shape === 'arrays' && statement.reader) statement.raw(true);
    byText.set(sql, statement);
  }
  return statement;
}

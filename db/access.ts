import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, type QueryResult, type RawBuilder } from 'kysely';
import type { Database } from './schema';
import { prepared, type RowShape } from './statements';

/**
 * The ledger's Kysely handle with every builder: held by what opens a ledger (db/connection.ts,
 * the desk, maintenance) and by migrations. A call's services never hold it: they write through
 * the ledger writer (electron/core/audit/writer.ts), which holds the raw connection.
 */
export type WritableDB = Kysely<Database>;

/**
 * The ledger's Kysely handle as every call's services hold it (`ctx.db`): selects only. What a
 * service could write through is not on it — `insertInto`, `replaceInto`, `updateTable`,
 * `deleteFrom`, `mergeInto`, `schema`, `executeQuery` and `getExecutor` (arbitrary compiled
 * text), `connection`/`transaction` (a handle with all of them), `with`/`withRecursive` (whose
 * query creator has them all) — so such a write does not compile. A select builder cannot
 * write: SQLite allows no INSERT/UPDATE/DELETE inside a SELECT, and better-sqlite3 prepares one
 * statement only, so nothing can be appended to it.
 *
 * A WritableDB is a ReadableDB (whoever may write may read), never the reverse. At run time it
 * is the same Kysely object; while a call runs, its connection also refuses, as it prepares them,
 * statements that could write (Ledger.refuseWrites), which covers `sql` text run by `selectSql`.
 */
export type ReadableDB = Pick<WritableDB, 'selectFrom' | 'selectNoFrom' | 'fn' | 'dynamic'>;

/**
 * Runs a select written as a `sql` template (a recursive CTE, a UNION) on a reading handle, as
 * `sql\`…\`.execute(db)` would. Its text is only text to the compiler, so it is checked when it
 * runs: during a call the handle refuses any statement that could write.
 */
export function selectSql<O>(db: ReadableDB, query: RawBuilder<O>): Promise<QueryResult<O>> {
  // Every ReadableDB is a Kysely at run time; a plain object standing in for one is refused.
  if (!(db instanceof Kysely)) throw new Error('selectSql: not a Kysely handle');
  return query.execute(db as WritableDB);
}

declare const rawReading: unique symbol;

/**
 * The call's raw connection as services hold it (`ctx.raw`): nothing can be called on it. It is
 * only passed to the reading helpers (db/rows.ts, the ledger's verify), which prepare their
 * statements through `readStatement`/`readCursor` and so refuse any statement that could write.
 * The raw connection itself (BetterSqlite3.Database) is held by the ledger writer, the router's
 * ledger cache, migrations, backups and maintenance.
 */
export interface RawReader {
  readonly [rawReading]: true;
}

/** What the reading helpers read from: a RawReader, or the connection itself for its holders. */
export type ReadSource = RawReader | BetterSqlite3.Database;

/** The connection as a RawReader (the same object: nothing is wrapped or allocated). */
export function rawReader(sqlite: BetterSqlite3.Database): RawReader {
  return sqlite as unknown as RawReader;
}

/**
 * A statement that has been checked to read: what the helpers hand on. Without `database` (the
 * connection, with every write on it), nor the switches of a kept statement (`raw`, `pluck`,
 * `bind`…) that would change it for its other users.
 */
export type ReadStatement = Pick<
  BetterSqlite3.Statement<unknown[]>,
  'source' | 'get' | 'all' | 'iterate' | 'columns'
>;

/**
 * Throws unless SQLite says the statement answers rows (`reader`) and changes nothing in the
 * file (`readonly`, sqlite3_stmt_readonly). Both, because transaction control (COMMIT midway
 * through a call would split it), ATTACH and pragmas that set a value count as read-only but
 * answer no rows; pragmas that answer the value they set (`max_page_count = n`) pass — they
 * change the connection, not the ledger.
 */
export function assertReads<S extends Pick<BetterSqlite3.Statement<unknown[]>, 'reader' | 'readonly'>>(
  statement: S,
  sql: string,
): S {
  if (!statement.reader || !statement.readonly) {
    throw new Error(`a write outside the ledger writer was refused: ${sql.slice(0, 200)}`);
  }
  return statement;
}

/** The statement of `sql` on the connection, kept prepared (db/statements.ts), checked to read. */
export function readStatement(source: ReadSource, sql: string, shape: RowShape = 'objects'): ReadStatement {
  return assertReads(prepared(connectionOf(source), sql, shape), sql);
}

/**
 * The statement of `sql` prepared anew, checked to read: for `iterate()`, which leaves a
 * statement busy until the loop ends (a kept one could be wanted again before that), and for
 * reads run once in a long while (the whole-ledger verify), which need not be kept.
 */
export function readCursor(source: ReadSource, sql: string): ReadStatement {
  return assertReads(connectionOf(source).prepare(sql), sql);
}

function connectionOf(source: ReadSource): BetterSqlite3.Database {
  return source as BetterSqlite3.Database;
}

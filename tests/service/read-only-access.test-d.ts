/**
 * What a call's services may do with the ledger, checked by the compiler: `npx tsc` compiles this
 * file (vitest never runs it). Each `@ts-expect-error` line is a write that must not compile; if
 * one ever compiles, its directive is unused and the typecheck fails. The run-time side (what
 * refuses a write that a cast or a `sql` text gets past the compiler) is in
 * read-only-access.test.ts.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import type { RawReader, ReadableDB, WritableDB } from '../../db/access';
import { selectRows } from '../../db/rows';
import type { DeskHost, CallContext, ReadCallContext } from '../../electron/core/context';
import type { ContextOf, Handler } from '../../electron/core/handler';
import type { LedgerWriter } from '../../electron/core/audit/writer';
import type { DeskSession } from '../../electron/core/session';
import type { Contract } from '../../shared/contract';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const holds = <T extends true>(): T => true as T;

/** The handles with which the ledger can be written other than through the ledger writer. */
type WritableHandle = WritableDB | BetterSqlite3.Database;
/** The members of T that are, or answer, a writable handle (never, when there are none). */
type ReachingWrites<T> = {
  [K in keyof T]-?: T[K] extends WritableHandle
    ? K
    : T[K] extends (...args: never[]) => infer R
      ? Awaited<R> extends WritableHandle
        ? K
        : never
      : never;
}[keyof T];

export function theReadingHandleHasNoWriteBuilders(db: ReadableDB): void {
  // @ts-expect-error no insertInto on the reading handle
  void db.insertInto('notifications');
  // @ts-expect-error no updateTable on the reading handle
  void db.updateTable('users');
  // @ts-expect-error no deleteFrom on the reading handle
  void db.deleteFrom('units');
  // @ts-expect-error no replaceInto on the reading handle
  void db.replaceInto('settings');
  // @ts-expect-error no mergeInto on the reading handle
  void db.mergeInto('units');
  // @ts-expect-error no schema builder on the reading handle
  void db.schema.dropTable('audit_log').execute();
  // @ts-expect-error no arbitrary compiled query on the reading handle
  void db.executeQuery(sql`DELETE FROM audit_log`.compile(db));
  // @ts-expect-error no executor on the reading handle
  void db.getExecutor();
  // @ts-expect-error a `sql` text does not run on the reading handle directly (selectSql checks it)
  void sql`DELETE FROM audit_log`.execute(db);
  // @ts-expect-error no connection (a handle with every builder) from the reading handle
  void db.connection();
  // @ts-expect-error no transaction (a handle with every builder) from the reading handle
  void db.transaction();
  // @ts-expect-error no with(): its query creator has insertInto
  void db.with('x', (q) => q.selectFrom('units').select('id'));
  // @ts-expect-error no withTables(): it answers a whole Kysely
  void db.withTables();
  // @ts-expect-error the reading handle cannot close the ledger either
  void db.destroy();

  // what reading needs compiles
  void db.selectFrom('users').select(['id', 'name']).where('active', '=', 1).execute();
  void db
    .selectFrom('units')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
}

export function theWritableHandleIsAReadableOneNeverTheReverse(
  writable: WritableDB,
  readable: ReadableDB,
): void {
  const reads: ReadableDB = writable;
  // @ts-expect-error a reading handle is not a writable one
  const writes: WritableDB = readable;
  void reads;
  void writes;
}

export function theCallsRawConnectionIsOnlyForTheReadingHelpers(raw: RawReader, db: ReadableDB): void {
  // @ts-expect-error nothing can be prepared on the call's raw connection
  void raw.prepare('DELETE FROM audit_log').run();
  // @ts-expect-error nor run
  void raw.exec('DELETE FROM audit_log');
  // @ts-expect-error it is not a better-sqlite3 connection
  const sqlite: BetterSqlite3.Database = raw;
  void sqlite;
  // it goes to a reading helper, which refuses at run time a statement that could write (a
  // query text kept by queryText is only text to the compiler)
  void selectRows(raw, db.selectFrom('users').select('id'));
}

export function noCallContextReachesAWritableHandle(ctx: CallContext): void {
  holds<Equal<ReachingWrites<CallContext>, never>>();
  holds<Equal<ReachingWrites<ReadCallContext>, never>>();
  holds<Equal<ReachingWrites<LedgerWriter>, never>>();
  holds<Equal<ReachingWrites<DeskHost>, never>>();
  holds<Equal<ReachingWrites<DeskSession>, never>>();
  // @ts-expect-error ctx.db is the reading handle
  const db: WritableDB = ctx.db;
  // @ts-expect-error ctx.raw is not the connection
  const raw: BetterSqlite3.Database = ctx.raw;
  // @ts-expect-error the writer's connection is an ES private field, not reachable
  const behindTheWriter: BetterSqlite3.Database = ctx.writer['sqlite'];
  void [db, raw, behindTheWriter];
}

// `mutates` is kept as the literal it is declared with, and picks the handler's context.
holds<Equal<Contract['users.list']['mutates'], false>>();
holds<Equal<Contract['users.create']['mutates'], true>>();
holds<Equal<ContextOf<'users.list'>, ReadCallContext>>();
holds<Equal<ContextOf<'users.create'>, CallContext>>();

export const aReadOnlyHandlerHasNoWriter: Handler<'users.list'> = async (_input, ctx) => {
  // A row any writer would take, so that the only error below is the missing writer.
  const anyRow = {} as never;
  // @ts-expect-error a call declared `mutates: false` is given no ledger writer
  await ctx.writer.insert('notifications', anyRow);
  // @ts-expect-error nor the restore, which replaces the ledger
  await ctx.host?.restore('backup.sqlite');
  // it reads, and may take a backup (a copy, which leaves the ledger as it is)
  await ctx.host?.backup('manual', 5);
  return [];
};

export const aMutatingHandlerWritesThroughItsWriter: Handler<'users.create'> = async (_input, ctx) => {
  await ctx.writer.insert('notifications', {} as never);
  // @ts-expect-error even a mutating call's db is the reading handle
  void ctx.db.insertInto('notifications');
  return {} as never;
};

import { CompiledQuery, sql, type Compilable } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { rawReader, readCursor, readStatement, selectSql, type WritableDB } from '../../db/access';
import { jsonRows, jsonTable, selectRows } from '../../db/rows';
import type { CallContext } from '../../electron/core/context';
import { handlers } from '../../electron/core/handlers';
import { postNotification } from '../../electron/core/notifications';
import { Router } from '../../electron/core/router';
import { contract } from '../../shared/contract';
import { defineCall, type CallDef } from '../../shared/contract/define';
import { testDesk, type TestDesk } from '../support/desk';

// What refuses, at run time, a write the compiler cannot see (read-only-access.test-d.ts shows
// the ones it can): a cast, or SQL text, which is only text to the compiler.

let desk: TestDesk;
afterEach(async () => desk?.close());

const count = (d: TestDesk, table: string) =>
  (d.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A query the compiler takes for a select: what a cast or a hand-built query could pass. */
const disguised = <O>(text: string): Compilable<O> => ({ compile: () => CompiledQuery.raw(text) });

const REFUSED = /a write outside the ledger writer was refused/;

describe('the reading helpers refuse a statement that could write', () => {
  test('a write, however it is passed, is refused before it runs; nothing changes', async () => {
    desk = await testDesk();
    const raw = rawReader(desk.ledger.sqlite);
    const users = count(desk, 'users');
    const names = desk.ledger.sqlite.prepare('SELECT group_concat(name) AS n FROM users').get();

    expect(() => selectRows(raw, disguised('DELETE FROM notifications RETURNING id'))).toThrow(REFUSED);
    expect(() =>
      jsonRows(raw, disguised(`UPDATE users SET name = 'x' RETURNING json_array(id) AS row`)),
    ).toThrow(REFUSED);
    expect(() =>
      jsonTable(raw, { sql: `INSERT INTO settings (key, value, audit_id) VALUES ('k', '1', 1)` }),
    ).toThrow(REFUSED);
    expect(() => readStatement(raw, 'DELETE FROM users RETURNING id')).toThrow(REFUSED);
    expect(() => readCursor(raw, `UPDATE users SET name = 'x'`)).toThrow(REFUSED);
    expect(() => readCursor(raw, 'PRAGMA user_version = 7')).toThrow(REFUSED);
    // read-only to SQLite, but they answer no rows: a COMMIT midway would split the call's
    // transaction, an ATTACH would open another file to write
    expect(() => readStatement(raw, 'BEGIN')).toThrow(REFUSED);
    expect(() => readStatement(raw, 'COMMIT')).toThrow(REFUSED);
    expect(() => readCursor(raw, `ATTACH ':memory:' AS other`)).toThrow(REFUSED);

    expect(count(desk, 'users')).toBe(users);
    expect(count(desk, 'notifications')).toBe(0);
    expect(desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM settings WHERE key = 'k'`).get()).toEqual({
      n: 0,
    });
    expect(desk.ledger.sqlite.prepare('SELECT group_concat(name) AS n FROM users').get()).toEqual(names);
    expect(desk.ledger.sqlite.pragma('user_version', { simple: true })).toBe(0);
    expect(desk.ledger.sqlite.inTransaction).toBe(false);
    expect(desk.ledger.sqlite.prepare('PRAGMA database_list').all()).not.toContainEqual(
      expect.objectContaining({ name: 'other' }),
    );
  });

  test('reads pass, the integrity check included', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const raw = rawReader(desk.ledger.sqlite);
    expect(readStatement(raw, 'SELECT count(*) AS n FROM users').get()).toEqual({ n: count(desk, 'users') });
    expect(readCursor(raw, 'PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
    const ids = selectRows(raw, desk.ledger.db.selectFrom('users').select('id').orderBy('id'));
    expect(ids).toHaveLength(count(desk, 'users'));
    expect((await desk.ok('audit.verify', {})).ok).toBe(true);
  });
});

describe("during a call the ledger's Kysely handle refuses any write", () => {
  const SNEAKS = {
    /** A read-only call writing through `sql` text (which selectSql runs). */
    'test.textWrite': defineCall({
      summary: 'a read-only call that deletes through SQL text',
      access: 'signedIn',
      mutates: false,
      input: z.object({}),
      output: z.object({}),
    }),
    /** A mutating call that writes through its writer, then past it through a cast. */
    'test.castWrite': defineCall({
      summary: 'writes through the writer, then through a cast Kysely handle',
      access: 'signedIn',
      mutates: true,
      input: z.object({}),
      output: z.object({}),
    }),
    /** A mutating call that writes through its writer only. */
    'test.fairWrite': defineCall({
      summary: 'writes through the writer',
      access: 'signedIn',
      mutates: true,
      input: z.object({}),
      output: z.object({}),
    }),
  };
  const note = (ctx: CallContext) =>
    postNotification(ctx, {
      kind: 'system',
      severity: 'info',
      titleKey: 'test',
      params: {},
      forRoles: ['manager'],
    });

  function sneakyRouter(d: TestDesk, failures: unknown[]): Router {
    return new Router({
      ledger: d.ledger,
      desk: d.session,
      clock: d.clock,
      handlers: {
        ...handlers,
        'test.textWrite': async (_input: never, ctx: CallContext) => {
          await selectSql(ctx.db, sql`DELETE FROM users RETURNING id`);
          return {};
        },
        'test.castWrite': async (_input: never, ctx: CallContext) => {
          await note(ctx);
          await (ctx.db as unknown as WritableDB).deleteFrom('notifications').execute();
          return {};
        },
        'test.fairWrite': async (_input: never, ctx: CallContext) => {
          await note(ctx);
          return {};
        },
      } as never,
      registry: { ...(contract as unknown as Record<string, CallDef>), ...SNEAKS },
      onInternalError: (_channel, error) => failures.push(error),
    });
  }

  test('a write through SQL text or a cast is refused before it runs; the call changes nothing', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const failures: unknown[] = [];
    const router = sneakyRouter(desk, failures);
    const users = count(desk, 'users');
    const audit = count(desk, 'audit_log');

    expect(await router.call('test.textWrite', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await router.call('test.castWrite', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(failures).toHaveLength(2);
    for (const failure of failures) expect((failure as Error).message).toMatch(REFUSED);
    expect(count(desk, 'users')).toBe(users);
    expect(count(desk, 'notifications')).toBe(0); // the writer's row went with the refused call
    expect(count(desk, 'audit_log')).toBe(audit);

    // the writer still writes, and the ledger still verifies
    expect(await router.call('test.fairWrite', {})).toMatchObject({ ok: true });
    expect(count(desk, 'notifications')).toBe(1);
    expect((await desk.ok('audit.verify', {})).ok).toBe(true);
  });

  test('only while a call runs: afterwards the handle writes again (migrations, tools)', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const router = sneakyRouter(desk, []);
    expect(await router.call('test.castWrite', {})).toMatchObject({ ok: false });
    await sql`CREATE TEMP TABLE probe (x INTEGER)`.execute(desk.ledger.db);
    await desk.ledger.db
      .withTables<{ probe: { x: number } }>()
      .insertInto('probe')
      .values({ x: 1 })
      .execute();
    expect(desk.ledger.sqlite.prepare('SELECT x FROM temp.probe').all()).toEqual([{ x: 1 }]);
  });
});

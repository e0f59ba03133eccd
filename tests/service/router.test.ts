import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineCall, type CallDef } from '../../shared/contract/define';
import { AppError } from '../../shared/domain/errors';
import type { CallContext } from '../../electron/core/context';
import { postNotification } from '../../electron/core/services/notifications';
import { verifyCountersign } from '../../electron/core/services/auth';
import { Router } from '../../electron/core/router';
import { handlers } from '../../electron/core/handlers';
import { contract } from '../../shared/contract';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

const count = (d: TestDesk, table: string) =>
  (d.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** A router over the real ledger with a few extra test channels beside the app's own. */
function routerWith(
  d: TestDesk,
  extra: Record<string, CallDef>,
  extraHandlers: Record<string, (i: never, c: CallContext) => unknown>,
) {
  return new Router({
    ledger: d.ledger,
    desk: d.session,
    clock: d.clock,
    handlers: { ...handlers, ...extraHandlers } as never,
    registry: { ...(contract as unknown as Record<string, CallDef>), ...extra },
    onInternalError: () => {},
  });
}

const note = (ctx: CallContext, text: string) =>
  postNotification(ctx, {
    kind: 'system',
    severity: 'info',
    titleKey: 'test',
    params: { text },
    forRoles: ['manager'],
  });

describe('the router refuses cleanly and changes nothing', () => {
  test('unknown channel', async () => {
    desk = await testDesk();
    const res = await desk.router.call('tickets.steal', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  test('wrong types and unknown fields are INVALID_INPUT with the field named', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const before = count(desk, 'audit_log');
    const wrongType = await desk.router.call('users.create', {
      name: 42,
      roles: ['receptionist'],
      secret: '1234',
    });
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!wrongType.ok && wrongType.error.message).toContain('name');
    const extra = await desk.router.call('users.create', {
      name: 'x',
      roles: ['receptionist'],
      secret: '1234',
      admin: true,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badRole = await desk.router.call('users.create', { name: 'x', roles: ['ceo'], secret: '1234' });
    expect(badRole).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(count(desk, 'audit_log')).toBe(before);
  });

  test('nobody signed in: UNAUTHENTICATED; wrong role: FORBIDDEN naming the roles', async () => {
    desk = await testDesk();
    expect(await desk.refused('users.list')).toBe('UNAUTHENTICATED');
    await desk.signInAs('王芳');
    const res = await desk.router.call(
      'users.create',
      { name: '新人', roles: ['receptionist'], secret: '1234' },
      { locale: 'en' },
    );
    expect(res).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Your role may not do this (needs: admin)',
        params: { roles: 'admin' },
      },
    });
    expect(count(desk, 'users')).toBe(11);
  });

  test('a handler that fails after writing leaves no rows and no audit row', async () => {
    desk = await testDesk();
    const router = routerWith(
      desk,
      {
        'system.halfway': defineCall({
          summary: 'writes, then fails',
          access: 'signedIn',
          mutates: true,
          input: z.object({}),
          output: z.object({}),
        }),
      },
      {
        'system.halfway': async (_i, ctx) => {
          await note(ctx, 'first');
          await note(ctx, 'second');
          throw new Error('disk on fire');
        },
      },
    );
    await desk.signInAs('李经理');
    const audit = count(desk, 'audit_log');
    const res = await router.call('system.halfway', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count(desk, 'notifications')).toBe(0);
    expect(count(desk, 'audit_log')).toBe(audit);
  });

  test('an answer outside the output contract is not delivered and its writes are undone', async () => {
    desk = await testDesk();
    const router = routerWith(
      desk,
      {
        'system.leaky': defineCall({
          summary: 'answers the wrong shape',
          access: 'signedIn',
          mutates: true,
          input: z.object({}),
          output: z.object({ n: z.number() }),
        }),
      },
      {
        'system.leaky': async (_i, ctx) => {
          await note(ctx, 'x');
          return { n: 'not a number' };
        },
      },
    );
    await desk.signInAs('李经理');
    expect(await router.call('system.leaky', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(count(desk, 'notifications')).toBe(0);
  });

  test('output is stripped to the contract: a PIN hash never leaves the main process', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const users = await desk.ok('users.list');
    for (const u of users) {
      expect(Object.keys(u).sort()).toEqual(['active', 'createdAt', 'id', 'name', 'roles', 'secretKind']);
    }
  });

  test('a database constraint refusal is LEDGER_REFUSED and nothing half-written remains', async () => {
    desk = await testDesk();
    const router = routerWith(
      desk,
      {
        'system.badRow': defineCall({
          summary: 'breaks a CHECK',
          access: 'signedIn',
          mutates: true,
          input: z.object({}),
          output: z.object({}),
        }),
      },
      {
        'system.badRow': async (_i, ctx) => {
          await note(ctx, 'fine');
          await ctx.writer.insert('notifications', {
            at: ctx.at,
            business_date: ctx.businessDate,
            kind: 'system',
            severity: 'apocalyptic' as never,
            title_key: 't',
            params: '{}',
            for_roles: '[]',
          });
          return {};
        },
      },
    );
    await desk.signInAs('李经理');
    expect(await router.call('system.badRow', {})).toMatchObject({
      ok: false,
      error: { code: 'LEDGER_REFUSED' },
    });
    expect(count(desk, 'notifications')).toBe(0);
  });
});

describe('every mutating call is audited', () => {
  test('one audit row per call, with actor, channel, redacted input and business date', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('users.create', { name: '新前台', roles: ['receptionist'], secret: '4321' });
    const row = desk.ledger.sqlite
      .prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1')
      .get() as Record<string, unknown>;
    expect(row).toMatchObject({
      channel: 'users.create',
      actor_id: desk.userId('系统管理员'),
      outcome: 'ok',
      business_date: '2026-11-23',
    });
    expect(row.summary).not.toContain('4321');
    expect(JSON.parse(row.writes as string)).toHaveLength(1);
  });

  test('reads are not audited', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const before = count(desk, 'audit_log');
    await desk.ok('users.list', {});
    await desk.ok('audit.list', {});
    expect(count(desk, 'audit_log')).toBe(before);
  });
});

describe('the router remembers settings between calls, and only what the ledger says', () => {
  test('settings a call stores are what the next call sees; a hand edit is read again', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const shifts = [
      { name: '早班', start: '08:00', end: '16:00' },
      { name: '晚班', start: '16:00', end: '08:00' },
    ];
    await desk.ok('settings.update', { idleLockMinutes: 9, shifts, visitChannels: ['路过', '老带新'] });
    expect(await desk.ok('settings.get', {})).toMatchObject({
      idleLockMinutes: 9,
      shifts,
      visitChannels: ['路过', '老带新'],
    });
    // a hand edit on the file (outside any call) is seen by the next call
    desk.ledger.sqlite.prepare("UPDATE settings SET value = '12' WHERE key = 'idleLockMinutes'").run();
    expect(await desk.ok('settings.get', {})).toMatchObject({ idleLockMinutes: 12, shifts });
    // and one this version cannot read falls back to the default, not to what was cached
    desk.ledger.sqlite.prepare(`UPDATE settings SET value = '"x"' WHERE key = 'idleLockMinutes'`).run();
    expect(await desk.ok('settings.get', {})).toMatchObject({ idleLockMinutes: 5, shifts });
  });
});

describe('countersign: the second person of a two-person act', () => {
  const guarded = {
    'system.guarded': defineCall({
      summary: 'needs a manager countersign',
      access: ['receptionist'],
      mutates: true,
      countersign: { roles: ['manager', 'deputy'] },
      input: z
        .object({ countersign: z.object({ userId: z.number(), secret: z.string() }).optional() })
        .strict(),
      output: z.object({ by: z.number() }),
    }),
  };
  const guardedHandlers = {
    'system.guarded': async (_i: never, ctx: CallContext) => {
      await note(ctx, 'guarded act');
      return { by: ctx.countersigner!.id };
    },
  };

  test('missing, self, wrong role and wrong PIN are refused; a right PIN is recorded on the entry', async () => {
    desk = await testDesk();
    const router = routerWith(desk, guarded, guardedHandlers);
    await desk.signInAs('王芳');
    const call = (countersign?: { userId: number; secret: string }) =>
      router.call('system.guarded', countersign ? { countersign } : {});

    expect(await call()).toMatchObject({ ok: false, error: { code: 'COUNTERSIGN_REQUIRED' } });
    expect(await call({ userId: desk.userId('王芳'), secret: '3333' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTERSIGN_SELF' },
    });
    expect(await call({ userId: desk.userId('张伟'), secret: '5555' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTERSIGN_ROLE' },
    });
    expect(await call({ userId: desk.userId('李经理'), secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET', params: { remaining: 4 } },
    });
    expect(count(desk, 'notifications')).toBe(0); // the act itself did not happen

    const ok = await call({ userId: desk.userId('李经理'), secret: '1111' });
    expect(ok).toEqual({ ok: true, data: { by: desk.userId('李经理') } });
    const row = desk.ledger.sqlite
      .prepare(`SELECT * FROM audit_log WHERE channel='system.guarded' AND outcome='ok'`)
      .get() as Record<string, unknown>;
    expect(row).toMatchObject({ actor_id: desk.userId('王芳'), countersigned_by: desk.userId('李经理') });
    expect(row.summary).not.toContain('1111');
    // the session did not change hands
    expect(desk.session.userId).toBe(desk.userId('王芳'));
  });
});

test('AppError keeps its params through the envelope in both languages', async () => {
  desk = await testDesk();
  const zh = await desk.router.call('auth.signIn', { userId: desk.userId('王芳'), secret: '0000' });
  const en = await desk.router.call(
    'auth.signIn',
    { userId: desk.userId('王芳'), secret: '0000' },
    { locale: 'en' },
  );
  expect(zh).toMatchObject({
    ok: false,
    error: { code: 'WRONG_SECRET', message: 'PIN 或密码错误，还可以再试 4 次' },
  });
  expect(en).toMatchObject({
    ok: false,
    error: { code: 'WRONG_SECRET', message: 'Wrong PIN or password: 3 tries left' },
  });
  expect(new AppError('LAST_ADMIN').body().message).toContain('最后一位');
});

test('a wrong countersign PIN inside a handler keeps only the counted attempt, never half the act', async () => {
  desk = await testDesk();
  const router = routerWith(
    desk,
    {
      'system.writeThenCheck': defineCall({
        summary: 'writes, then checks a countersign',
        access: ['receptionist'],
        mutates: true,
        input: z.object({ countersign: z.object({ userId: z.number(), secret: z.string() }) }).strict(),
        output: z.object({}),
      }),
    },
    {
      'system.writeThenCheck': async (input: never, ctx) => {
        await note(ctx, 'half of the act');
        ctx.countersigner = await verifyCountersign(
          ctx,
          (input as { countersign: { userId: number; secret: string } }).countersign,
          ['manager'],
        );
        return {};
      },
    },
  );
  await desk.signInAs('王芳');
  const manager = desk.userId('李经理');
  const res = await router.call('system.writeThenCheck', {
    countersign: { userId: manager, secret: '0000' },
  });
  expect(res).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', params: { remaining: 4 } } });
  expect(count(desk, 'notifications')).toBe(0);
  const attempt = desk.ledger.sqlite
    .prepare('SELECT user_id, ok, purpose FROM sign_in_attempts ORDER BY id DESC LIMIT 1')
    .get();
  expect(attempt).toEqual({ user_id: manager, ok: 0, purpose: 'countersign' });
  const audit = desk.ledger.sqlite
    .prepare('SELECT channel, outcome, error_code FROM audit_log ORDER BY id DESC LIMIT 1')
    .get();
  expect(audit).toEqual({ channel: 'system.writeThenCheck', outcome: 'refused', error_code: 'WRONG_SECRET' });
  expect(
    (await desk.ok('auth.signIn', {
      userId: desk.userId('系统管理员'),
      secret: '900000',
    })) && (await desk.ok('audit.verify')).ok,
  ).toBe(true);
});

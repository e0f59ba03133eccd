import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { defineCall } from '../../shared/contract/define';
import type { CallContext } from '../../electron/core/context';
import { postNotification } from '../../electron/core/notifications';
import { verifyCountersign } from '../../electron/core/auth/secretChecks';
import { testDesk, type TestDesk } from '../support/desk';
import { routerWith } from '../support/router';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

/** A test channel that writes, for any signed-in person, with no input. */
const writingCall = (summary: string, output: z.ZodType = z.object({})) =>
  defineCall({ summary, access: 'signedIn', mutates: true, input: z.object({}), output });

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
    const before = rowCount(desk, 'audit_log');
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
    expect(rowCount(desk, 'audit_log')).toBe(before);
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
        message: 'Your role may not do this (needs: Administrator)',
        params: { roles: 'admin' },
      },
    });
    expect(rowCount(desk, 'users')).toBe(11);
  });

  test('a handler that fails after writing leaves no rows and no audit row', async () => {
    desk = await testDesk();
    const router = routerWith(
      desk,
      {
        'system.halfway': writingCall('writes, then fails'),
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
    const audit = rowCount(desk, 'audit_log');
    const res = await router.call('system.halfway', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(rowCount(desk, 'notifications')).toBe(0);
    expect(rowCount(desk, 'audit_log')).toBe(audit);
  });

  test('an answer outside the output contract is not delivered and its writes are undone', async () => {
    desk = await testDesk();
    const router = routerWith(
      desk,
      {
        'system.leaky': writingCall('answers the wrong shape', z.object({ n: z.number() })),
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
    expect(rowCount(desk, 'notifications')).toBe(0);
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
        'system.badRow': writingCall('breaks a CHECK'),
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
    expect(rowCount(desk, 'notifications')).toBe(0);
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
    expect(rowCount(desk, 'notifications')).toBe(0); // the act itself did not happen

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
  expect(rowCount(desk, 'notifications')).toBe(0);
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

import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { CallContext } from '../../electron/core/context';
import { postNotification, resolveNotification } from '../../electron/core/notifications';
import type { Router } from '../../electron/core/router';
import type { OutputOf } from '../../shared/contract';
import { defineCall } from '../../shared/contract/define';
import { AppError } from '../../shared/domain/errors';
import { atFrontDesk, type TestDesk } from '../support/desk';
import { routerWith } from '../support/router';

// The router keeps each person's visible notices between calls (every screen's bell asks in the
// background) until a notice, a reading or a resolution is written, or the file changes under
// the desk. Whatever is posted, read or resolved, the next list says so, to each person their own.

let desk: TestDesk;
afterEach(async () => desk?.close());

const postCall = defineCall({
  summary: 'test: posts a notice to the desk (or one person), refused afterwards when told',
  access: 'signedIn',
  mutates: true,
  input: z.object({
    text: z.string(),
    toUser: z.number().optional(),
    fail: z.enum(['no', 'dropped', 'kept']),
  }),
  output: z.object({ id: z.number() }),
});
const resolveCall = defineCall({
  summary: 'test: resolves a notice',
  access: 'signedIn',
  mutates: true,
  input: z.object({ id: z.number() }),
  output: z.object({ done: z.boolean() }),
});

function testRouter(): Router {
  return routerWith(
    desk,
    { 'test.post': postCall, 'test.resolve': resolveCall },
    {
      'test.post': async (
        input: { text: string; toUser?: number; fail: 'no' | 'dropped' | 'kept' },
        ctx: CallContext,
      ) => {
        const id = await postNotification(ctx, {
          kind: 'system',
          severity: 'info',
          titleKey: 'test',
          params: { text: input.text },
          forRoles: input.toUser === undefined ? ['receptionist'] : [],
          forUsers: input.toUser === undefined ? [] : [input.toUser],
          survivesRefusal: input.fail === 'kept',
        });
        if (input.fail !== 'no') {
          throw new AppError(
            'INVALID_INPUT',
            { reason: 'told to fail' },
            { keepWrites: input.fail === 'kept' },
          );
        }
        return { id };
      },
      'test.resolve': async (input: { id: number }, ctx: CallContext) => ({
        done: await resolveNotification(ctx, input.id, 'superseded'),
      }),
    },
  );
}

type Listed = OutputOf<'notifications.list'>;

/** The test's own notices in the signed-in person's list, newest first, and the unread count. */
async function listed(router: Router): Promise<{ texts: string[]; unread: number; items: Listed['items'] }> {
  const list = await must<Listed>(router, 'notifications.list', { unreadOnly: false });
  const items = list.items.filter((n) => n.params.text !== undefined);
  return { texts: items.map((n) => String(n.params.text)), unread: list.unread, items };
}

async function must<T>(router: Router, channel: string, input: unknown): Promise<T> {
  const res = await router.call(channel, input);
  if (!res.ok) throw new Error(`${channel}: ${res.error.code}`);
  return res.data as T;
}

test('a notice posted, read and resolved is so in the next list; each person sees their own', async () => {
  desk = await atFrontDesk(); // 王芳
  const router = testRouter();
  const start = await listed(router);
  expect(start.texts).toEqual([]);

  await must(router, 'test.post', { text: '一', fail: 'no' });
  const one = await listed(router);
  expect(one.texts).toEqual(['一']);
  expect(one.unread).toBe(start.unread + 1);

  await must(router, 'notifications.markRead', { ids: [one.items[0]!.id] });
  expect((await listed(router)).items.map((n) => n.read)).toEqual([true]);
  expect((await listed(router)).unread).toBe(start.unread);

  await must(router, 'test.resolve', { id: one.items[0]!.id });
  expect((await listed(router)).items[0]!.resolved).not.toBeNull();

  // another person: the desk's notice is not theirs; one posted to them by name is, for them alone
  await must(router, 'auth.signIn', { userId: desk.userId('张伟'), secret: '5555' });
  expect((await listed(router)).texts).toEqual([]);
  await must(router, 'test.post', { text: '给张伟', toUser: desk.userId('张伟'), fail: 'no' });
  expect((await listed(router)).items.map((n) => [n.params.text, n.personal])).toEqual([['给张伟', true]]);
  await must(router, 'auth.signIn', { userId: desk.userId('王芳'), secret: '3333' });
  expect((await listed(router)).texts).toEqual(['一']);
  await must(router, 'test.post', { text: '给王芳', toUser: desk.userId('王芳'), fail: 'no' });
  expect((await listed(router)).texts).toEqual(['给王芳', '一']);

  // a second receptionist: the desk's notice is hers too, unread by her; 王芳's own is not
  await must(router, 'auth.signIn', { userId: desk.userId('陈静'), secret: '3344' });
  expect((await listed(router)).items.map((n) => [n.params.text, n.read])).toEqual([['一', false]]);
});

test('a refused call leaves no notice but one that survives the refusal; another program’s notice is listed', async () => {
  desk = await atFrontDesk();
  const router = testRouter();
  expect((await listed(router)).texts).toEqual([]);

  expect(await router.call('test.post', { text: '撤回', fail: 'dropped' })).toMatchObject({ ok: false });
  expect((await listed(router)).texts).toEqual([]);
  expect(await router.call('test.post', { text: '留下', fail: 'kept' })).toMatchObject({ ok: false });
  expect((await listed(router)).texts).toEqual(['留下']);

  // another program (a second connection) adds a notice for the desk
  const other = new BetterSqlite3(path.join(desk.dataDir, LEDGER_FILE_NAME));
  try {
    const audit = (other.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
    other
      .prepare(
        `INSERT INTO notifications (at, business_date, kind, severity, title_key, params, for_roles, audit_id)
         VALUES (?, '2026-11-23', 'system', 'info', 'test', ?, '["receptionist"]', ?)`,
      )
      .run(new Date().toISOString(), JSON.stringify({ text: '外来' }), audit);
  } finally {
    other.close();
  }
  expect((await listed(router)).texts).toEqual(['外来', '留下']);
});

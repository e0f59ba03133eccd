import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, expect, test } from 'vitest';
import { z } from 'zod';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { CallContext } from '../../electron/core/context';
import { dayRotation, markAwayForOuting } from '../../electron/core/services/rotation';
import { defineCall } from '../../shared/contract/define';
import { AppError } from '../../shared/domain/errors';
import { routerWith } from '../support/router';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, queueNames, walkIn } from '../support/visits';

// The router keeps a date's rotation (its events replayed) and the order the day before ended
// with between calls, until a call writes an event or the file changes under the desk. Whatever
// changes the rotation, the next panel and the next walk-in's turn follow it.

let desk: TestDesk;
afterEach(async () => desk?.close());

test('every kind of rotation write is in the next panel and decides the next turn', async () => {
  desk = await morningAtDesk();
  expect(await queueNames(desk)).toEqual(['张伟', '孙丽', '周强', '吴娜']);
  expect(await queueNames(desk)).toEqual(['张伟', '孙丽', '周强', '吴娜']); // kept

  expect((await walkIn(desk, { name: '甲' })).visit.consultantName).toBe('张伟');
  expect(await queueNames(desk)).toEqual(['孙丽', '周强', '吴娜', '张伟']);

  await desk.ok('rotation.markAway', { consultantId: desk.userId('孙丽') });
  expect(await queueNames(desk)).toEqual(['(孙丽)', '周强', '吴娜', '张伟']);
  expect((await walkIn(desk, { name: '乙' })).visit.consultantName).toBe('周强');

  await desk.ok('rotation.markBack', { consultantId: desk.userId('孙丽') });
  expect((await desk.ok('rotation.today')).next?.name).toBe('孙丽');
  expect((await walkIn(desk, { name: '丙' })).visit.consultantName).toBe('孙丽');

  await desk.ok('rotation.setOrder', { consultantIds: ['吴娜', '张伟'].map((n) => desk.userId(n)) });
  expect(await queueNames(desk)).toEqual(['吴娜', '张伟']);
  expect((await walkIn(desk, { name: '丁' })).visit.consultantName).toBe('吴娜');
  expect(await queueNames(desk)).toEqual(['张伟', '吴娜']);
});

test("the next morning offers the order the day ended with, and follows the day's ledger if it is changed", async () => {
  desk = await morningAtDesk();
  await walkIn(desk, { name: '甲' }); // 张伟 to the end
  const yesterday = (await desk.ok('rotation.today')).date;
  desk.clock.advance(24 * 3_600_000);
  await desk.signInAs('王芳');
  const morning = await desk.ok('rotation.today');
  expect(morning.set).toBe(false);
  expect(morning.suggestedOrder.map((c) => c.name)).toEqual(['孙丽', '周强', '吴娜', '张伟']);
  expect((await desk.ok('rotation.today')).suggestedOrder).toEqual(morning.suggestedOrder); // kept

  // another program (a second connection) sets another order on the day before
  const other = new BetterSqlite3(path.join(desk.dataDir, LEDGER_FILE_NAME));
  try {
    const last = other
      .prepare('SELECT actor_id, audit_id FROM rotation_events WHERE business_date = ? ORDER BY id DESC')
      .get(yesterday) as { actor_id: number; audit_id: number };
    other
      .prepare(
        `INSERT INTO rotation_events (business_date, at, kind, order_ids, actor_id, audit_id)
         VALUES (?, ?, 'set_order', ?, ?, ?)`,
      )
      .run(
        yesterday,
        new Date().toISOString(),
        JSON.stringify([desk.userId('周强'), desk.userId('吴娜')]),
        last.actor_id,
        last.audit_id,
      );
  } finally {
    other.close();
  }
  expect((await desk.ok('rotation.today')).suggestedOrder.map((c) => c.name)).toEqual(['周强', '吴娜']);
});

// A call that writes an event and reads the day in the same call reads its own write, not what
// the router kept; a call refused after writing one leaves the kept rotation as it was.
const awayThenRead = defineCall({
  summary: 'test: marks a consultant away, then answers whom the day it reads has away',
  access: 'signedIn',
  mutates: true,
  input: z.object({ consultantId: z.number(), fail: z.boolean() }),
  output: z.object({ away: z.array(z.number()) }),
});

test('a call that wrote an event reads the day afresh; a refused one leaves the kept rotation as it was', async () => {
  desk = await morningAtDesk();
  const router = routerWith(
    desk,
    { 'test.awayThenRead': awayThenRead },
    {
      'test.awayThenRead': async (input: { consultantId: number; fail: boolean }, ctx: CallContext) => {
        await dayRotation(ctx, ctx.businessDate); // kept by the router before the write
        await markAwayForOuting(ctx, input.consultantId, '外出');
        const { away } = (await dayRotation(ctx, ctx.businessDate)).queue;
        if (input.fail) throw new AppError('INVALID_INPUT', { reason: 'the test call was told to fail' });
        return { away: [...away] };
      },
    },
  );
  const awayNow = async () => {
    const res = await router.call('rotation.today', {});
    if (!res.ok) throw new Error(res.error.code);
    return (res.data as { queue: { name: string; away: boolean }[] }).queue
      .filter((q) => q.away)
      .map((q) => q.name);
  };
  expect(await awayNow()).toEqual([]);

  const refused = await router.call('test.awayThenRead', { consultantId: desk.userId('周强'), fail: true });
  expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(await awayNow()).toEqual([]);

  expect(await router.call('test.awayThenRead', { consultantId: desk.userId('周强'), fail: false })).toEqual({
    ok: true,
    data: { away: [desk.userId('周强')] },
  });
  expect(await awayNow()).toEqual(['周强']);
});

import { afterEach, describe, expect, test } from 'vitest';
import type { CallContext } from '../../electron/core/context';
import type { AllHandlers } from '../../electron/core/handler';
import { handlers } from '../../electron/core/handlers';
import { Router } from '../../electron/core/router';
import { closeRecordOf } from '../../electron/core/services/dayclose';
import { contract, type CallDef } from '../../shared/contract';
import { emptyInput, okOutput } from '../../shared/contract/common';
import { defineCall } from '../../shared/contract/define';
import { testDesk, type TestDesk } from '../support/desk';
import {
  closeADay,
  closeAnEmptyDay,
  DAY,
  datedRows,
  EVENING,
  lastAuditId,
  MIN,
  NEXT,
} from '../support/dayclose';
import { requestAs } from '../support/holds';
import { setTodaysOrder } from '../support/visits';
import { rowCount } from '../support/rows';

/** A date closed in the evening: what the desk writes afterwards is dated the next open date. */
let desk: TestDesk;
afterEach(async () => desk?.close());

describe('a date closed in the evening: later writes go into the next open date', () => {
  test('a sale, a visitor, a call, a key issued, a float set after the close are dated the next day', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { record, twoD } = await closeADay(desk);
    const closedAt = lastAuditId(desk);
    desk.clock.advance(60 * MIN); // 20:45, still 2026-11-23 by the clock

    await desk.signInAs('王芳');
    const sale = await desk.ok('tickets.sell', {
      typeId: twoD,
      count: 1,
      paymentMethod: 'cash',
    });
    expect(sale.businessDate).toBe(NEXT);
    // A visitor and a call follow the same rule (tests/service/visits-after-close.test.ts).
    await setTodaysOrder(desk);
    const visit = await desk.ok('visits.record', { customerName: '晚来的客户', channel: '路过' });
    expect(visit.visit.businessDate).toBe(NEXT);
    const call = await desk.ok('calls.record', { callerName: '刘女士', channel: '网络/新媒体' });
    expect(call.businessDate).toBe(NEXT);
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: { kind: 'staff', userId: desk.userId('张伟') },
      purpose: '看房',
    });
    await desk.signInAs('李经理');
    await desk.ok('cash.setFloat', { amountFen: 20000, reason: '备用金' });

    // The closed day is untouched: no row and no audit row dated 2026-11-23 since the close.
    expect(Object.values(datedRows(desk, DAY, closedAt)).every((n) => n === 0)).toBe(true);
    expect(await closeRecordOf(desk.ledger.db, DAY)).toEqual(record);
    // The desk now works on the next day: its lists show that day.
    expect(await desk.ok('keys.dayCheck')).toMatchObject({ businessDate: NEXT, complete: false });
  });

  test('the background jobs keep working on a closed date; a hold lapsing after the close is dated the next day', async () => {
    desk = await testDesk({ start: '2026-11-23T11:30:00.000Z' }); // 19:30
    const unit = (await desk.ledger.sqlite.prepare('SELECT id FROM units ORDER BY id LIMIT 1').get()) as {
      id: number;
    };
    const pending = await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: pending.id }); // held until 20:00
    desk.clock.set(EVENING);
    await desk.signInAs('王芳');
    await closeAnEmptyDay(desk);
    desk.clock.advance(45 * MIN); // 20:30: the hold lapsed at 20:00, on the closed day
    const system = { system: true };
    expect(await desk.router.call('holds.expireDue', {}, system)).toEqual({
      ok: true,
      data: { released: 1 },
    });
    expect(await desk.router.call('keys.checkOverdue', {}, system)).toMatchObject({ ok: true });
    expect(await desk.router.call('tickets.remind', {}, system)).toMatchObject({ ok: true });
    const lapse = desk.ledger.sqlite
      .prepare('SELECT at, business_date FROM hold_events ORDER BY id DESC LIMIT 1')
      .get() as { at: string; business_date: string };
    expect(lapse).toEqual({ at: '2026-11-23T12:00:00.000Z', business_date: NEXT });
  });

  test('a service that dates a row into a closed date is refused after its handler, nothing written', async () => {
    desk = await testDesk({ start: '2026-11-24T02:00:00.000Z' });
    await desk.signInAs('王芳');
    await closeAnEmptyDay(desk);
    const registry = {
      ...(contract as unknown as Record<string, CallDef>),
      'test.backdate': defineCall({
        summary: 'writes a float change dated into the closed day',
        access: 'signedIn',
        mutates: true,
        input: emptyInput,
        output: okOutput,
      }),
    };
    const backdate = async (_input: unknown, ctx: CallContext) => {
      await ctx.writer.insert('cash_float_changes', {
        at: ctx.at,
        business_date: DAY,
        desk: 'front',
        delta_fen: 100,
        reason: '补记',
        actor_id: ctx.actor!.id,
      });
      return { done: true as const };
    };
    const router = new Router({
      ledger: desk.ledger,
      desk: desk.session,
      clock: desk.clock,
      handlers: { ...handlers, 'test.backdate': backdate } as unknown as AllHandlers,
      registry,
    });
    const before = rowCount(desk, 'cash_float_changes', '1');
    const res = await router.call('test.backdate', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'DAY_CLOSED', params: { date: DAY } } });
    expect(rowCount(desk, 'cash_float_changes', '1')).toBe(before);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { testDesk, type TestDesk } from '../support/desk';
import { closeSummaryOf } from '../../shared/contract/dayclose';
import { closeADay, closeInput, DAY, EVENING, handTheCash, MIN, NEXT, sellADay } from '../support/dayclose';
import { countersign } from '../support/tickets';
import { rowCount } from '../support/rows';
import { doClosingCheck } from '../support/people';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('reopening', () => {
  test('only a manager reopens, with a reason; it is recorded and the date takes writes again', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { twoD, threeD } = await closeADay(desk);
    for (const person of [DEMO_ADMIN, ...DEMO_STAFF].filter((p) => !p.roles.includes('manager'))) {
      await desk.signInAs(person.name);
      expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '补录' }), person.name).toBe(
        'FORBIDDEN',
      );
    }
    await desk.ok('auth.signOut');
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '补录' })).toBe(
      'UNAUTHENTICATED',
    );
    await desk.signInAs('李经理');
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: ' ' })).toBe('INVALID_INPUT');
    expect(await desk.refused('dayclose.reopen', { businessDate: NEXT, reason: '补录' })).toBe(
      'DAYCLOSE_NOT_CLOSED',
    );
    expect(rowCount(desk, 'day_close_events', "kind = 'reopened'")).toBe(0);

    desk.clock.advance(10 * MIN);
    await desk.signInAs('李经理');
    const reopened = await desk.ok('dayclose.reopen', {
      businessDate: DAY,
      reason: '漏记一笔售票',
    });
    expect(reopened).toMatchObject({
      status: 'reopened',
      reopenings: [{ by: '李经理', reason: '漏记一笔售票', at: '2026-11-23T11:55:00.000Z' }],
    });
    expect(await desk.refused('dayclose.reopen', { businessDate: DAY, reason: '再开' })).toBe(
      'DAYCLOSE_NOT_CLOSED',
    );

    // Open again: the desk's writes are dated the day itself, and it is counted and closed anew.
    await desk.signInAs('王芳');
    const sale = await desk.ok('tickets.sell', {
      typeId: twoD,
      count: 1,
      paymentMethod: 'cash',
    });
    expect(sale.businessDate).toBe(DAY);
    const input = closeInput(desk, { twoD, threeD });
    expect(
      await desk.refused('dayclose.close', {
        ...input,
        stock: [{ typeId: twoD, counted: 17 }, input.stock[1]!],
      }),
    ).toBe('DAYCLOSE_CASH_NOT_HANDED');
    await handTheCash(desk, DAY, { 2000: 1, 1000: 1, 500: 1 });
    const again = await desk.ok('dayclose.close', {
      ...input,
      stock: [{ typeId: twoD, counted: 17 }, input.stock[1]!],
    });
    expect(again).toMatchObject({
      status: 'closed',
      handedFen: 7000 + 3500,
      reopenings: [{ reason: '漏记一笔售票' }],
    });
    expect(again.cashCounts).toHaveLength(2);
    expect(rowCount(desk, 'day_close_events', 'for_date = ?', DAY)).toBe(3);
    expect(await desk.ok('dayclose.list')).toEqual([closeSummaryOf(again)]);
  });

  test('a past day is closed the next morning; today stays open', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    desk.clock.set('2026-11-24T01:00:00.000Z'); // 09:00 the next day
    await desk.signInAs('王芳');
    await handTheCash(desk);
    await doClosingCheck(desk, DAY);
    await desk.ok('dayclose.close', closeInput(desk, types));
    const sale = await desk.ok('tickets.sell', {
      typeId: types.twoD,
      count: 1,
      paymentMethod: 'wechat',
    });
    expect(sale.businessDate).toBe(NEXT);
    expect(
      await desk.refused('dayclose.countCash', {
        businessDate: DAY,
        pieces: {},
        countersign: countersign(desk, '钱出纳'),
      }),
    ).toBe('DAY_CLOSED');
  });
});

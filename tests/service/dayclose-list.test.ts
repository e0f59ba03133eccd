import { afterEach, describe, expect, test, vi } from 'vitest';
import type * as handoverCheck from '../../electron/core/services/dayclose/handoverCheck';
import { closeRecordOf } from '../../electron/core/services/dayclose';
import { closeSummaryOf, type CloseRecord } from '../../shared/contract/dayclose';
import { testDesk, type TestDesk } from '../support/desk';
import { closeInput, DAY, handTheCash, sellADay } from '../support/dayclose';
import { doClosingCheck } from '../support/people';

vi.mock('../../electron/core/services/dayclose/handoverCheck', async (original) => ({
  ...(await original<typeof handoverCheck>()),
  unacknowledgedHandovers: vi.fn(async () => []),
}));

let desk: TestDesk;
afterEach(async () => desk?.close());

const SECOND = '2026-11-24';
const THIRD = '2026-11-25';
const FOURTH = '2026-11-26';

describe('the list of closes', () => {
  test('is, date by date, newest first, exactly the summary of the record of each date (closed, reclosed, reopened)', async () => {
    desk = await testDesk();
    const types = await sellADay(desk); // cash sales on DAY only
    desk.clock.set('2026-11-26T12:00:00.000Z'); // 20:00 on FOURTH: the earlier dates are past
    await desk.signInAs('王芳');

    // DAY: counted, closed, reopened by the manager (before a later date is closed), counted
    // again, closed again.
    await handTheCash(desk, DAY);
    await doClosingCheck(desk, DAY);
    await desk.ok('dayclose.close', closeInput(desk, types, DAY));
    await desk.signInAs('李经理');
    await desk.ok('dayclose.reopen', { businessDate: DAY, reason: '补录一笔' });
    await desk.signInAs('王芳');
    await handTheCash(desk, DAY, {});
    await desk.ok('dayclose.close', closeInput(desk, types, DAY));
    // SECOND: the cash was handed over already, so counted as nothing, closed.
    await handTheCash(desk, SECOND, {});
    await doClosingCheck(desk, SECOND);
    await desk.ok('dayclose.close', closeInput(desk, types, SECOND));
    // THIRD: closed, then reopened and left open.
    await handTheCash(desk, THIRD, {});
    await doClosingCheck(desk, THIRD);
    await desk.ok('dayclose.close', closeInput(desk, types, THIRD));
    await desk.signInAs('李经理');
    await desk.ok('dayclose.reopen', { businessDate: THIRD, reason: '查一下票' });
    // FOURTH: counted but never closed, so not in the list.
    await desk.signInAs('王芳');
    await handTheCash(desk, FOURTH, {});

    const list = await desk.ok('dayclose.list', {});
    expect(list.map((r) => [r.businessDate, r.status])).toEqual([
      [THIRD, 'reopened'],
      [SECOND, 'closed'],
      [DAY, 'closed'],
    ]);
    const one = (await Promise.all(
      [THIRD, SECOND, DAY].map((d) => closeRecordOf(desk.ledger.db, d)),
    )) as CloseRecord[];
    expect(list).toEqual(one.map(closeSummaryOf));
    // the summary's fields say what the records hold: the reclosed date, handed in twice
    expect(list[2]!.handedFen).toBe(one[2]!.cashCounts.reduce((sum, c) => sum + c.handedFen, 0));
    expect(one[2]!.cashCounts).toHaveLength(2);
    expect(list[2]!.reopenings).toMatchObject([{ by: '李经理', reason: '补录一笔' }]);
    expect(one[2]!.closes).toHaveLength(2);
    expect(one[2]!.history.map((e) => e.kind)).toEqual(['closed', 'reopened', 'closed']);
    expect(list.every((r) => r.signatures.length === 3)).toBe(true);
    expect(one.every((r) => r.stock.length >= 2)).toBe(true);
    // nothing of the record's detail travels with the list
    expect(Object.keys(list[0]!).sort()).toEqual([
      'businessDate',
      'cashierName',
      'closedAt',
      'closedBy',
      'fingerprint',
      'handedFen',
      'reopenings',
      'signatures',
      'status',
    ]);
    expect(await closeRecordOf(desk.ledger.db, FOURTH)).toMatchObject({ status: 'open' });
    expect(await desk.ok('dayclose.list', { limit: 2 })).toEqual(one.slice(0, 2).map(closeSummaryOf));
  });
});

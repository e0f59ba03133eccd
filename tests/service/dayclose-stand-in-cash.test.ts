import { afterEach, expect, test, vi } from 'vitest';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import type * as handoverCheck from '../../electron/core/services/dayclose/handoverCheck';
import type { TestDesk } from '../support/desk';
import { testDesk } from '../support/desk';
import { closeInput, DAY, EVENING, handTheCash, NEXT, sellADay } from '../support/dayclose';
import { doClosingCheck } from '../support/people';
import { countersign } from '../support/tickets';

vi.mock('../../electron/core/services/dayclose/handoverCheck', async (original) => ({
  ...(await original<typeof handoverCheck>()),
  unacknowledgedHandovers: vi.fn(async () => []),
}));

/**
 * A stand-in keeps the takings overnight (000:605): an assistant who sold tickets while standing
 * in hands the cash to the receptionist the next shift. The close records it as carried (留存)
 * by name; the next day's sheet shows it handed in. Anyone else's cash still refuses the close
 * (000:597: takings to the cashier before leaving).
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

test('the stand-in’s overnight cash closes the day as 留存 and reappears handed in the next day', async () => {
  desk = await testDesk();
  const types = await sellADay(desk); // 王芳 sells two 2D for cash: ¥70.00
  await desk.signInAs('刘敏'); // the assistant stands in and sells one for cash
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'cash' });
  desk.clock.set(EVENING);
  await desk.signInAs('王芳');
  const input = {
    ...closeInput(desk, types),
    stock: [
      { typeId: types.twoD, counted: 17 },
      { typeId: types.threeD, counted: 10 },
    ],
  };
  // 王芳's own takings are not with the cashier yet: refused, naming her and not the stand-in.
  const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
  // blind counts: who still holds the date's cash, not how much; what the stand-in carries is shown
  expect(prep.cashHeld).toEqual([{ userId: desk.userId('王芳'), name: '王芳', balanceFen: null }]);
  expect(prep.cashCarried).toEqual([{ userId: desk.userId('刘敏'), name: '刘敏', balanceFen: 3500 }]);
  const refusal = await desk.router.call('dayclose.close', input);
  expect(refusal).toMatchObject({ ok: false, error: { code: 'DAYCLOSE_CASH_NOT_HANDED' } });
  expect(JSON.stringify(refusal)).toContain('王芳');
  expect(JSON.stringify(refusal)).not.toContain('刘敏');

  await handTheCash(desk); // ¥70.00 to the cashier
  await doClosingCheck(desk, DAY);
  const record = await desk.ok('dayclose.close', input);
  expect(record.status).toBe('closed');

  const sheet = await desk.ok('exports.daySheet', { date: DAY });
  expect(sheet.close!.carried).toEqual([{ name: '刘敏', amountFen: 3500 }]);
  expect(sheet.cash.holders.find((h) => h.name === '刘敏')).toMatchObject({ closingFen: 3500 });
  const html = daySheetHtml(sheet);
  expect(html).toContain('留存（替班人过夜保管，次日交前台）');

  // The next shift: the stand-in hands it to the receptionist, who countersigns.
  desk.clock.set('2026-11-24T01:30:00.000Z'); // 09:30
  await desk.signInAs('刘敏');
  const handed = await desk.ok('cash.transfer', { amountFen: 3500, countersign: countersign(desk, '王芳') });
  expect(handed.businessDate).toBe(NEXT);
  await desk.signInAs('李经理');
  const next = await desk.ok('exports.daySheet', { date: NEXT });
  expect(next.cash.holders.find((h) => h.name === '刘敏')).toMatchObject({
    openingFen: 3500,
    transfersOutFen: -3500, // the sheet signs what leaves a holder: opening + movements = closing
    closingFen: 0,
  });
  expect(next.cash.holders.find((h) => h.name === '王芳')).toMatchObject({ transfersInFen: 3500 });
  expect(next.cash.transfers.map((t) => [t.fromName, t.toName, t.amountFen])).toEqual([
    ['刘敏', '王芳', 3500],
  ]);
});

import { afterEach, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { closeInput, DAY, handTheCash, sellADay } from '../support/dayclose';
import { acknowledgeAsCounted, snapshot, startHandover } from '../support/handover';
import { doClosingCheck } from '../support/people';

/** The three ledgers of the evening together: handover, day close and the day sheet. */
let desk: TestDesk;
afterEach(async () => desk?.close());

const TASK = '联系 8 栋王先生补交身份证复印件';

const sheetFigures = async () => {
  const { generatedAt: _generatedAt, ...sheet } = await desk.ok('exports.daySheet', { date: DAY });
  return sheet;
};

test('a handover not yet acknowledged stops the close; once acknowledged the day closes and the sheet shows both, the same at every export', async () => {
  desk = await testDesk();
  const types = await sellADay(desk);
  await handTheCash(desk);
  await doClosingCheck(desk);
  const handover = await startHandover(desk, '陈静', { newTasks: [TASK] });

  expect(await desk.refused('dayclose.close', closeInput(desk, types))).toBe(
    'DAYCLOSE_HANDOVER_UNACKNOWLEDGED',
  );
  const prepared = await desk.ok('dayclose.prepare', { businessDate: DAY });
  expect(prepared.unacknowledgedHandovers).toEqual(['白班 王芳 → 陈静']);
  expect(prepared.review.handovers.items).toEqual([
    expect.objectContaining({ text: '白班 王芳 → 陈静', kind: 'pending' }),
  ]);
  expect(prepared.openTasks).toEqual([TASK]);
  expect(await desk.ok('dayclose.record', { businessDate: DAY })).toMatchObject({
    status: 'open',
  });

  await acknowledgeAsCounted(desk, handover, '陈静');
  const reviewed = await desk.ok('dayclose.prepare', { businessDate: DAY });
  expect(reviewed.review.handovers.items.map((i) => i.kind)).toEqual(['acknowledged']);
  const record = await desk.ok('dayclose.close', closeInput(desk, types));
  expect(record.status).toBe('closed');

  const sheet = await sheetFigures();
  expect(sheet.closed).toBe(true);
  expect(sheet.close).toMatchObject({
    closed: true,
    handedToCashierFen: 7000,
    signatures: { receptionist: '王芳', cashier: '钱出纳', manager: '李经理' },
  });
  expect(sheet.close!.ticketCounts.map((line) => [line.name, line.expected, line.counted])).toEqual(
    expect.arrayContaining([[expect.stringContaining('2D'), 18, 18]]),
  );
  expect(sheet.close!.cashByDenomination.filter((d) => d.pieces > 0)).toEqual([
    { denominationFen: 5000, pieces: 1 },
    { denominationFen: 2000, pieces: 1 },
  ]);
  expect(sheet.handovers).toEqual([
    expect.objectContaining({
      shift: '白班',
      fromName: '王芳',
      toName: '陈静',
      acknowledged: true,
      openTasks: [TASK],
    }),
  ]);

  // The next day, after more business, the closed day exports the same figures.
  desk.clock.set('2026-11-24T02:00:00.000Z');
  await desk.signInAs('王芳');
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'cash' });
  expect(await sheetFigures()).toEqual(sheet);
});

test('after an evening close the night shift still hands over: into the next open date, with no missed-handover warning for the closed one', async () => {
  desk = await testDesk();
  const types = await sellADay(desk);
  await handTheCash(desk);
  await doClosingCheck(desk);
  await desk.ok('dayclose.close', closeInput(desk, types));

  desk.clock.set('2026-11-23T16:50:00.000Z'); // 00:50, the night shift leaves
  await desk.signInAs('陈静');
  const night = await startHandover(desk, '王芳', { newTasks: [TASK] });
  expect(night).toMatchObject({ shiftName: '晚班', businessDate: '2026-11-24' });
  const onDesk = await snapshot(desk);

  desk.clock.set('2026-11-24T00:35:00.000Z'); // 08:35, the morning person acknowledges
  await desk.signInAs('王芳');
  await acknowledgeAsCounted(desk, night, '王芳', onDesk);
  await desk.ok('handover.checkMissed', {});
  const notices = desk.ledger.sqlite
    .prepare(`SELECT business_date AS date FROM handover_missed_notices`)
    .all() as { date: string }[];
  expect(notices.filter((n) => n.date === DAY)).toEqual([]);
});

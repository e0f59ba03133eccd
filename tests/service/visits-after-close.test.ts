import { afterEach, describe, expect, test } from 'vitest';
import { closeRecordOf } from '../../electron/core/services/dayclose';
import { testDesk, type TestDesk } from '../support/desk';
import { closeAnEmptyDay, DAY, datedRows, EVENING, lastAuditId, MIN, NEXT } from '../support/dayclose';
import { rowCount } from '../support/rows';
import { queueNames, setTodaysOrder, walkIn } from '../support/visits';

/**
 * After the evening's close the desk goes on working: a visitor or a call is dated into the next
 * open date, like a sale (one rule for every ledger, SPEC §2), and the visitors still in the
 * office stay on the list until they leave.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

/** Some minutes later 王芳 is back at the desk (the screen locked itself meanwhile). */
async function later(d: TestDesk, minutes: number): Promise<void> {
  d.clock.advance(minutes * MIN);
  await d.signInAs('王芳');
}

/** 王芳's day: the rotation set at 10:00, 李女士 (张伟) and 王先生 (孙丽) in; 李女士 leaves. */
async function aDayWithVisitors(d: TestDesk) {
  await d.signInAs('王芳');
  await setTodaysOrder(d);
  const left = await walkIn(d, { name: '李女士' }); // 张伟
  const staying = await walkIn(d, { name: '王先生', partySize: 2 }); // 孙丽
  await later(d, 30);
  await d.ok('visits.leave', { visitId: left.visit.id });
  return { left: left.visit.id, staying: staying.visit.id };
}

async function closeInTheEvening(d: TestDesk) {
  d.clock.set(EVENING); // 19:45 of DAY
  await d.signInAs('王芳');
  const record = await closeAnEmptyDay(d);
  return { record, closedAt: lastAuditId(d) };
}

describe('after the evening close nothing is lost', () => {
  test('a visitor and a call after the close are dated into the next open date, the queue carried on', async () => {
    desk = await testDesk();
    await aDayWithVisitors(desk);
    // the queue as the day ends, by hand: 张伟 and 孙丽 took their turns
    expect(await queueNames(desk)).toEqual(['周强', '吴娜', '张伟', '孙丽']);
    const { record, closedAt } = await closeInTheEvening(desk);
    await later(desk, 30); // 20:15, still DAY by the clock

    // The open date has no order yet: the evening goes on with the closed day's queue.
    const carried = await desk.ok('rotation.today');
    expect(carried).toMatchObject({ date: NEXT, set: true, carriedFrom: DAY, next: { name: '周强' } });
    const proposal = await desk.ok('visits.propose', {});
    expect(proposal).toMatchObject({ consultant: { name: '周强' }, chosenBy: 'rotation', refusal: null });

    const late = await walkIn(desk, { name: '晚来的赵先生' });
    expect(late.visit).toMatchObject({ businessDate: NEXT, consultantName: '周强', chosenBy: 'rotation' });
    expect(late.rotation).toMatchObject({ date: NEXT, carriedFrom: DAY, next: { name: '吴娜' } });
    expect(await queueNames(desk)).toEqual(['吴娜', '张伟', '孙丽', '周强']);

    const call = await desk.ok('calls.record', { callerName: '刘女士', channel: '网络/新媒体' });
    expect(call.businessDate).toBe(NEXT);

    // The closed day is untouched: nothing dated DAY since the close, the close record the same.
    expect(Object.values(datedRows(desk, DAY, closedAt)).every((n) => n === 0)).toBe(true);
    expect(await closeRecordOf(desk.ledger.db, DAY)).toEqual(record);
    // The carried order is written into the open date with the closed date it continues.
    const events = desk.ledger.sqlite
      .prepare(`SELECT kind, reason, business_date FROM rotation_events WHERE business_date = ? ORDER BY id`)
      .all(NEXT);
    expect(events).toEqual([
      { kind: 'set_order', reason: DAY, business_date: NEXT },
      { kind: 'received', reason: null, business_date: NEXT },
    ]);
  });

  test('the visitors still in the office stay on the list and can be given an outcome and a leaving time', async () => {
    desk = await testDesk();
    const { left, staying } = await aDayWithVisitors(desk);
    await closeInTheEvening(desk);
    await later(desk, 20);
    const late = await walkIn(desk, { name: '晚来的赵先生' });

    const day = await desk.ok('visits.day');
    expect(day.date).toBe(NEXT);
    expect(day.visits.map((v) => [v.customer.name, v.businessDate])).toEqual([
      ['晚来的赵先生', NEXT],
      ['王先生', DAY],
    ]);
    expect(day.visits.map((v) => v.id)).not.toContain(left);
    expect(day).toMatchObject({ total: 2, inOffice: 2 });
    expect((await desk.ok('visits.day', { inOfficeOnly: true })).visits.map((v) => v.id)).toEqual([
      late.visit.id,
      staying,
    ]);

    // The closed day's visitor gets an outcome and a leaving time, written into the open date.
    await later(desk, 10);
    await desk.ok('visits.amend', { visitId: staying, outcome: 'left_phone' });
    const gone = await desk.ok('visits.leave', { visitId: staying });
    expect(gone).toMatchObject({ outcome: 'left_phone', businessDate: DAY });
    expect(gone.leftAt).toBe(desk.clock.now().toISOString());
    expect(rowCount(desk, 'visit_updates', 'visit_id = ? AND business_date = ?', staying, NEXT)).toBe(2);
    // Gone, it leaves the list; the day's own visitors stay.
    expect((await desk.ok('visits.day')).visits.map((v) => v.customer.name)).toEqual(['晚来的赵先生']);
    // The closed day's own list is the day as it was.
    expect((await desk.ok('visits.day', { date: DAY })).visits.map((v) => v.customer.name)).toEqual([
      '王先生',
      '李女士',
    ]);
  });

  test('next morning the evening is over: yesterday’s list stays yesterday’s, the desk sets a new order', async () => {
    desk = await testDesk();
    await aDayWithVisitors(desk);
    await closeInTheEvening(desk);
    await later(desk, 20);
    await walkIn(desk, { name: '晚来的赵先生' });
    desk.clock.set('2026-11-24T00:30:00.000Z'); // 08:30 of NEXT
    await desk.signInAs('王芳');
    const day = await desk.ok('visits.day');
    expect(day.visits.map((v) => v.customer.name)).toEqual(['晚来的赵先生']);
    // The evening's order was written into NEXT; the morning's order replaces it.
    expect(await desk.ok('rotation.today')).toMatchObject({ date: NEXT, set: true, carriedFrom: DAY });
    await setTodaysOrder(desk, ['吴娜', '周强']);
    expect(await desk.ok('rotation.today')).toMatchObject({ carriedFrom: null, next: { name: '吴娜' } });
  });

  test('an away consultant stays away in the carried queue; marking them back writes the queue first', async () => {
    desk = await testDesk();
    await aDayWithVisitors(desk);
    await desk.ok('rotation.markAway', { consultantId: desk.userId('周强') });
    await closeInTheEvening(desk);
    await later(desk, 5);
    expect(await queueNames(desk)).toEqual(['(周强)', '吴娜', '张伟', '孙丽']);
    expect((await walkIn(desk)).visit.consultantName).toBe('吴娜');
    await desk.ok('rotation.markBack', { consultantId: desk.userId('周强') });
    expect(await queueNames(desk)).toEqual(['周强', '张伟', '孙丽', '吴娜']);
  });

  test('before anyone sets an order, a named consultant on the evening’s rotation receives', async () => {
    desk = await testDesk();
    await aDayWithVisitors(desk);
    await closeInTheEvening(desk);
    await later(desk, 5);
    const named = await walkIn(desk, { name: '钱女士', named: '吴娜' });
    expect(named.visit).toMatchObject({ consultantName: '吴娜', chosenBy: 'named', businessDate: NEXT });
    // A named visitor takes no turn: the carried queue is shown, not yet written.
    expect(named.rotation).toMatchObject({ carriedFrom: DAY, next: { name: '周强' } });
    expect(rowCount(desk, 'rotation_events', 'business_date = ?', NEXT)).toBe(0);
  });

  test('an arrival on an earlier closed date is that date’s: refused, nothing written', async () => {
    desk = await testDesk();
    await aDayWithVisitors(desk);
    await closeInTheEvening(desk);
    desk.clock.set('2026-11-24T02:00:00.000Z'); // 10:00 of NEXT
    await desk.signInAs('王芳');
    await setTodaysOrder(desk);
    const visits = rowCount(desk, 'visits');
    const calls = rowCount(desk, 'calls');
    const yesterday = '2026-11-23T09:00:00.000Z';
    expect(
      await desk.refused('visits.record', {
        customerName: '补登的客户',
        channel: '路过',
        arrivedAt: yesterday,
      }),
    ).toBe('DAY_CLOSED');
    expect(
      await desk.refused('calls.record', { callerName: '补登的来电', channel: '其他', at: yesterday }),
    ).toBe('DAY_CLOSED');
    expect(rowCount(desk, 'visits')).toBe(visits);
    expect(rowCount(desk, 'calls')).toBe(calls);
  });

  test('an arrival on an earlier date that is not closed is still refused as not today', async () => {
    desk = await testDesk({ start: '2026-11-24T02:00:00.000Z' });
    await desk.signInAs('王芳');
    await setTodaysOrder(desk);
    expect(
      await desk.refused('visits.record', {
        customerName: '补登的客户',
        channel: '路过',
        arrivedAt: '2026-11-23T09:00:00.000Z',
      }),
    ).toBe('ARRIVAL_NOT_TODAY');
  });
});

describe('the close warns about visitors with no leaving time and marks them left in one step', () => {
  test('the review lists who is still in; markLeft marks them all, refuses all if one left meanwhile', async () => {
    desk = await testDesk();
    const { staying } = await aDayWithVisitors(desk);
    const third = (await walkIn(desk, { name: '周女士' })).visit.id; // 周强
    desk.clock.set('2026-11-23T11:30:00.000Z'); // 19:30, before the close
    await desk.signInAs('王芳');

    const review = await desk.ok('visits.closeReview', { businessDate: DAY });
    expect(review.inOffice.map((l) => [l.customerName, l.consultantName, l.partySize])).toEqual([
      ['王先生', '孙丽', 2],
      ['周女士', '周强', 1],
    ]);

    // Someone marked 周女士 left in another window: the whole step is refused, nothing written.
    await desk.ok('visits.leave', { visitId: third });
    const updates = rowCount(desk, 'visit_updates');
    expect(await desk.refused('visits.markLeft', { visitIds: [staying, third] })).toBe('VISIT_ALREADY_LEFT');
    expect(rowCount(desk, 'visit_updates')).toBe(updates);

    const marked = await desk.ok('visits.markLeft', { visitIds: [staying] });
    expect(marked.visits.map((v) => [v.id, v.leftAt])).toEqual([[staying, desk.clock.now().toISOString()]]);
    expect((await desk.ok('visits.closeReview', { businessDate: DAY })).inOffice).toEqual([]);
  });

  test('markLeft refuses a leaving time before an arrival or in the future; only the desk may', async () => {
    desk = await testDesk();
    const { staying } = await aDayWithVisitors(desk);
    expect(
      await desk.refused('visits.markLeft', { visitIds: [staying], leftAt: '2026-11-23T01:00:00.000Z' }),
    ).toBe('LEFT_BEFORE_ARRIVAL');
    expect(
      await desk.refused('visits.markLeft', { visitIds: [staying], leftAt: '2026-11-23T23:00:00.000Z' }),
    ).toBe('LEFT_IN_FUTURE');
    expect(await desk.refused('visits.markLeft', { visitIds: [999_999] })).toBe('VISIT_NOT_FOUND');
    await desk.signInAs('孙丽');
    expect(await desk.refused('visits.markLeft', { visitIds: [staying] })).toBe('FORBIDDEN');
  });
});

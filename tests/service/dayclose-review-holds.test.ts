import { afterEach, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { heldUnit } from '../support/holds';

/**
 * The close's review and the day sheet show the same hold events to the same person: the
 * review said 销控 0 to the receptionist while her sheet listed every event. Both list every
 * event the person may read of the 销控 — the manager's and deputy's (000:719-721): the desk and
 * the cashier read no one else's holds, so neither lists them, and no customer shows in either.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

test('the review and the sheet list the same hold events, customers hidden alike', async () => {
  desk = await testDesk();
  await heldUnit(desk, '101');
  await heldUnit(desk, '102');
  for (const [name, seesCustomers, events] of [
    ['王芳', false, 0],
    ['钱出纳', false, 0],
    ['李经理', true, 4], // two requests, two approvals
  ] as const) {
    await desk.signInAs(name);
    const prep = await desk.ok('dayclose.prepare', {});
    const sheet = await desk.ok('exports.daySheet', { date: prep.businessDate });
    expect(sheet.holdEvents.length, name).toBe(events);
    expect(prep.review.holdEvents.count, name).toBe(sheet.holdEvents.length);
    expect(prep.review.holdEvents.items.map((i) => i.kind)).toEqual(sheet.holdEvents.map((e) => e.kind));
    const reviewText = JSON.stringify(prep.review.holdEvents);
    const sheetText = JSON.stringify(sheet.holdEvents);
    expect(reviewText.includes('王先生'), `${name} review`).toBe(seesCustomers);
    expect(sheetText.includes('王先生'), `${name} sheet`).toBe(seesCustomers);
    expect(sheetText.includes('5678'), `${name} sheet phone`).toBe(seesCustomers);
  }
});

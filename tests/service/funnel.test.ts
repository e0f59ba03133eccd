import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { requestAs, unitByRoom, depositInput } from '../support/holds';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

test('来人来电分析: visits → hold requests → approvals → deposits, counted by business date', async () => {
  desk = await morningAtDesk();
  await walkIn(desk, { name: '王先生', phone: '13812345678' });
  await walkIn(desk, { name: '李女士', phone: '13912345678' });
  await walkIn(desk, { name: '赵先生' });

  // two requests; one approved and paid, one rejected
  await desk.signInAs('李经理');
  const a = await requestAs(desk, '张伟', (await unitByRoom(desk, '101')).id);
  const b = await requestAs(desk, '孙丽', (await unitByRoom(desk, '102')).id, {
    customerName: '李女士',
    customerPhone: '13912345678',
  });
  await desk.signInAs('李经理');
  const held = await desk.ok('holds.approve', { holdId: a.id });
  await desk.ok('holds.deposit', depositInput(desk, held.id, 2_000_000, 'SJ-0101'));
  await desk.ok('holds.reject', { holdId: b.id, reason: '客户未到场' });

  // the funnel is the 销控's: the desk gets the analysis without it (000:721 rule 38)
  await desk.signInAs('王芳');
  expect((await desk.ok('visits.analysis', { period: 'day' })).funnel).toBeNull();
  await desk.signInAs('李经理');
  const day = await desk.ok('visits.analysis', { period: 'day' });
  expect(day.funnel).toEqual({ visits: 3, holdsRequested: 2, holdsApproved: 1, deposits: 1 });
  const yesterday = await desk.ok('visits.analysis', {
    period: 'day',
    date: '2026-11-22',
  });
  expect(yesterday.funnel).toEqual({ visits: 0, holdsRequested: 0, holdsApproved: 0, deposits: 0 });
});

import { afterEach, expect, test } from 'vitest';
import { DEMO_ADMIN } from '../../electron/core/demo';
import { testDesk, type TestDesk } from '../support/desk';
import { setTodaysOrder, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY = '2026-11-23';

interface ReviewList {
  count: number;
  items: { at: string; text: string; kind: string | null }[];
}
interface Prepared {
  review: { visits: ReviewList; calls: ReviewList };
}

/**
 * The day close reviews the visits and calls the reader's own lists show: the same lines, in
 * arrival order (the visitor list shows them the latest arrival first).
 */
async function expectReviewMatchesTheDayLists(): Promise<Prepared['review']> {
  const { review } = await desk.ok('dayclose.prepare', { businessDate: DAY });
  const visitorList = await desk.ok('visits.day', { date: DAY, limit: 500 });
  expect(visitorList.visits).toHaveLength(visitorList.total);
  const visits = [...visitorList.visits].reverse();
  const calls = (await desk.ok('calls.day', { date: DAY })).calls;
  expect(review.visits).toEqual({
    count: visits.length,
    items: visits.map((v) => ({
      at: v.arrivedAt,
      text: `${v.customer.name} · ${v.consultantName}`,
      kind: null,
    })),
  });
  expect(review.calls).toEqual({
    count: calls.length,
    items: calls.map((c) => ({ at: c.at, text: `${c.customer.name} · ${c.answeredBy}`, kind: null })),
  });
  return review;
}

test("the close's review of a date lists the visits and calls of that date as the reader's day lists do", async () => {
  desk = await testDesk();
  // A consultant who also keeps the cash may prepare the close, but sees only their own visitors.
  await desk.signInAs(DEMO_ADMIN.name);
  const newcomer = await desk.ok('users.create', {
    name: '郑新',
    roles: ['consultant', 'cashier'],
    secret: '7788',
  });
  await desk.signInAs('王芳');
  await desk.ok('rotation.setOrder', {
    consultantIds: [desk.userId('张伟'), newcomer.id, desk.userId('孙丽')],
  });
  await walkIn(desk, { name: '赵先生' }); // 张伟
  desk.clock.advance(60_000);
  await walkIn(desk, { name: '钱女士', phone: '13811112222' }); // 郑新 owns her from now on
  desk.clock.advance(60_000);
  await walkIn(desk, { name: '孙先生' }); // 孙丽
  desk.clock.advance(60_000);
  await desk.ok('calls.record', { callerName: '钱女士', phone: '13811112222', channel: '其他' }); // to her owner
  desk.clock.advance(60_000);
  await desk.ok('calls.record', { callerName: '李先生', phone: '13933334444', channel: '其他' });
  desk.clock.advance(60_000);
  await walkIn(desk, { name: '周女士' }); // 张伟
  await setTodaysOrder(desk, ['孙丽']);

  await desk.signInAs('李经理');
  const everyone = await expectReviewMatchesTheDayLists();
  expect(everyone.visits.items.map((i) => i.text)).toEqual([
    '赵先生 · 张伟',
    '钱女士 · 郑新',
    '孙先生 · 孙丽',
    '周女士 · 张伟',
  ]);
  expect(everyone.calls.count).toBe(2);

  await desk.ok('auth.signIn', { userId: newcomer.id, secret: '7788' });
  const own = await expectReviewMatchesTheDayLists();
  expect(own.visits.items.map((i) => i.text)).toEqual(['钱女士 · 郑新']);
  expect(own.calls.items.map((i) => i.text)).toEqual(['钱女士 · 郑新']);
});

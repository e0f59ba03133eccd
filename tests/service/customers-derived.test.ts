import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MINUTE = 60_000;

/**
 * What is derived about a customer (owner, visits, calls, last seen) is read for many customers
 * at once; each figure must still be the customer's own: the latest decision beats an earlier
 * one and the first visit, a caller who never came has no owner, last seen is the later of the
 * last arrival and the last call, and equal "last seen" keep the customers in id order.
 */
test('owner, counts and last seen of several customers read together are each their own', async () => {
  desk = await morningAtDesk();
  const a = (await walkIn(desk, { name: '甲女士', phone: '13800000001' })).visit; // 张伟
  const b = (await walkIn(desk, { name: '乙先生', phone: '13800000002' })).visit; // 孙丽, same instant as 甲
  desk.clock.advance(4 * MINUTE);
  await walkIn(desk, { name: '甲女士', phone: '13800000001' }); // 甲 again: still 张伟's
  desk.clock.advance(4 * MINUTE);
  await desk.ok('calls.record', { callerName: '乙先生', phone: '13800000002', channel: '电话邀约' });
  await desk.ok('calls.record', { callerName: '乙先生', phone: '13800000002', channel: '电话邀约' });
  await desk.ok('calls.record', { callerName: '丙先生', phone: '13800000003', channel: '户外广告' });
  const callAt = new Date(desk.clock.now()).toISOString();
  const aArrivedAt = new Date(desk.clock.now().getTime() - 4 * MINUTE).toISOString();

  // 乙 is claimed four times, decided either way: the latest decision is the owner.
  for (const [claimant, decided] of [
    ['周强', '孙丽'],
    ['周强', '周强'],
    ['孙丽', '孙丽'],
    ['吴娜', '吴娜'],
  ] as const) {
    await desk.signInAs(claimant);
    await desk.ok('customers.claim', { customerId: b.customer.id, note: '有来电登记' });
    await desk.signInAs('李经理');
    const [open] = await desk.ok('customers.disputes', {});
    await desk.ok('customers.decide', {
      claimId: open!.claimId,
      ownerId: desk.userId(decided),
      reason: '按登记',
    });
  }

  const found = await desk.ok('customers.search', { query: '1380000000' });
  const byName = new Map(found.map((c) => [c.name, c]));
  expect(byName.get('甲女士')).toMatchObject({
    ownerName: '张伟',
    visits: 2,
    calls: 0,
    lastSeenAt: aArrivedAt,
  });
  expect(byName.get('乙先生')).toMatchObject({ ownerName: '吴娜', visits: 1, calls: 2, lastSeenAt: callAt });
  expect(byName.get('丙先生')).toMatchObject({ ownerId: null, visits: 0, calls: 1, lastSeenAt: callAt });
  // Latest first; 乙 and 丙 were last seen at the same instant: by id.
  expect(found.map((c) => c.name)).toEqual(['乙先生', '丙先生', '甲女士']);
  expect(a.customer.id).toBeLessThan(b.customer.id);

  // The day's visitor list shows the same owner and figures for each visit's customer.
  const day = await desk.ok('visits.day', {});
  for (const v of day.visits) expect(v.customer).toEqual(byName.get(v.customer.name));
});

import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const CONSULTANTS = ['张伟', '孙丽', '周强', '吴娜'];

/** Five customers, each claimed by a consultant other than their owner: claim ids in order. */
async function fiveDisputes(): Promise<number[]> {
  desk = await morningAtDesk();
  const customers: { id: number; owner: string }[] = [];
  for (let i = 0; i < 5; i++) {
    const { visit } = await walkIn(desk, { phone: `1390000100${i}`, name: `客户${i}` });
    customers.push({ id: visit.customer.id, owner: visit.consultantName });
  }
  const claims: number[] = [];
  for (const c of customers) {
    await desk.signInAs(CONSULTANTS.find((n) => n !== c.owner)!);
    claims.push((await desk.ok('customers.claim', { customerId: c.id, note: '之前接待过' })).claimId);
  }
  await desk.signInAs('李经理');
  return claims;
}

describe('customers.disputes, a page at a time', () => {
  test('pages of open disputes, newest first, make up the whole list without gaps or repeats', async () => {
    const claims = await fiveDisputes();
    const newestFirst = [...claims].reverse();
    expect((await desk.ok('customers.disputes', {})).map((d) => d.claimId)).toEqual(newestFirst);
    const pages = [];
    for (let offset = 0; offset < 6; offset += 2) {
      pages.push(...(await desk.ok('customers.disputes', { limit: 2, offset })).map((d) => d.claimId));
    }
    expect(pages).toEqual(newestFirst);
    expect(await desk.ok('customers.disputes', { offset: 5 })).toEqual([]);
  });

  test('the next page follows on the last line shown, whatever is decided or raised meanwhile', async () => {
    const claims = await fiveDisputes();
    const first = (await desk.ok('customers.disputes', { limit: 2 })).map((d) => d.claimId);
    expect(first).toEqual([claims[4], claims[3]]);
    // meanwhile a line on screen is decided, and another consultant's claim comes in
    const [shown] = (await desk.ok('customers.disputes', {})).filter((d) => d.claimId === claims[4]);
    await desk.ok('customers.decide', {
      claimId: claims[4]!,
      ownerId: shown!.customer.ownerId!,
      reason: '首次接待为准',
    });
    const { visit } = await walkIn(desk, { phone: '13900001009', name: '新客户' });
    await desk.signInAs(CONSULTANTS.find((n) => n !== visit.consultantName)!);
    await desk.ok('customers.claim', { customerId: visit.customer.id, note: '之前接待过' });
    await desk.signInAs('李经理');
    const next = await desk.ok('customers.disputes', { limit: 2, beforeId: first.at(-1)! });
    expect(next.map((d) => d.claimId)).toEqual([claims[2], claims[1]]);
    const last = await desk.ok('customers.disputes', { limit: 2, beforeId: next.at(-1)!.claimId });
    expect(last.map((d) => d.claimId)).toEqual([claims[0]]);
    expect(await desk.ok('customers.disputes', { beforeId: claims[0]! })).toEqual([]);
  });

  test('with the decided ones: every open dispute comes before any decided one, across pages', async () => {
    const claims = await fiveDisputes();
    // the newest and the third are decided (for their owners)
    for (const claimId of [claims[4]!, claims[2]!]) {
      const [d] = (await desk.ok('customers.disputes', {})).filter((x) => x.claimId === claimId);
      await desk.ok('customers.decide', { claimId, ownerId: d!.customer.ownerId!, reason: '首次接待为准' });
    }
    const expected = [claims[3], claims[1], claims[0], claims[4], claims[2]];
    const whole = await desk.ok('customers.disputes', { includeDecided: true });
    expect(whole.map((d) => d.claimId)).toEqual(expected);
    expect(whole.map((d) => d.decision !== null)).toEqual([false, false, false, true, true]);
    const paged = [];
    for (let offset = 0; offset < 5; offset += 2) {
      paged.push(
        ...(await desk.ok('customers.disputes', { includeDecided: true, limit: 2, offset })).map(
          (d) => d.claimId,
        ),
      );
    }
    expect(paged).toEqual(expected);
    expect((await desk.ok('customers.disputes', {})).map((d) => d.claimId)).toEqual([
      claims[3],
      claims[1],
      claims[0],
    ]);
  });

  test('a page size or offset people could mistype is refused in words, never read', async () => {
    desk = await morningAtDesk();
    await desk.signInAs('李经理');
    for (const input of [
      { limit: 0 },
      { limit: -2 },
      { limit: 1.5 },
      { limit: 201 },
      { limit: '50' },
      { offset: -1 },
      { offset: 0.5 },
      { offset: 'abc' },
      { offset: 1e12 },
      { beforeId: 0 },
      { beforeId: -1 },
      { beforeId: 1.5 },
      { beforeId: 'abc' },
    ]) {
      const res = await desk.router.call('customers.disputes', input);
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('INVALID_INPUT');
        expect(res.error.message.length).toBeGreaterThan(0);
      }
    }
  });
});

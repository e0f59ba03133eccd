import { afterEach, describe, expect, test } from 'vitest';
import type { DeskSnapshot } from '../../shared/contract/handover';
import type { TestDesk } from '../support/desk';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';
import { rowCount } from '../support/rows';
import { demoTypes } from '../support/tickets';

/**
 * A blind count (SPEC §5, handoverCountBlind on, the default): the incoming person counts before
 * she learns what the ledgers expect. The screen hides the figures, and so does the main
 * process: whatever she calls, the expected stock, the outgoing person's cash and the declared
 * item counts reach her only once her own count is entered (the review), which stays on record.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

/** 王芳 sold 2 of 10 tickets (¥70.00 in her custody) and hands over to 陈静. */
async function handedOver() {
  desk = await receptionistAt();
  const { twoD } = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'C1' });
  await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' });
  const h = await startHandover(desk, '陈静');
  // what the outgoing person sees of her own desk: every figure
  const full = await snapshot(desk);
  expect(full.cashExpectedFen).toBe(7000);
  expect(full.tickets.find((t) => t.typeId === twoD)?.expected).toBe(8);
  return { h, full, twoD };
}

const figuresOf = (s: DeskSnapshot) => ({
  items: s.items.map((i) => i.count),
  tickets: s.tickets.map((t) => t.expected),
  cash: s.cashExpectedFen,
});

describe('the blind count is kept by the main process', () => {
  test('the incoming person reads no expected figure through the API until her count is entered', async () => {
    const { h, full, twoD } = await handedOver();
    await desk.signInAs('陈静');
    const fromId = desk.userId('王芳');
    const withheld = {
      items: full.items.map(() => null),
      tickets: full.tickets.map(() => null),
      cash: null,
    };
    expect(figuresOf(await snapshot(desk, fromId))).toEqual(withheld);
    // her own snapshot shows the desk's stock and items no more than the handover's does
    const own = await snapshot(desk);
    expect([own.items.map((i) => i.count), own.tickets.map((t) => t.expected)]).toEqual([
      withheld.items,
      withheld.tickets,
    ]);
    // nor the declared counts of the handover itself
    const view = await desk.ok('handover.get', { handoverId: h.id });
    expect(view.items.map((i) => i.count)).toEqual(full.items.map(() => null));
    // what is to be answered stays visible: the lines, the keys, the letters
    expect(view.items.map((i) => i.name)).toEqual(full.items.map((i) => i.name));
    expect((await snapshot(desk, fromId)).keys).toEqual(full.keys);

    // her count is entered (one ticket short): the review answers the differences and records it
    const counted = fullAck(desk, h, full, '陈静');
    const { countersign: _pin, reviewedDifferences: _n, ...counts } = counted;
    const short = {
      ...counts,
      tickets: counts.tickets.map((t) => (t.typeId === twoD ? { ...t, counted: t.counted - 1 } : t)),
    };
    const review = await desk.ok('handover.review', short);
    expect(review.differences.map((d) => [d.section, d.expected, d.counted])).toEqual([
      ['ticket', '8 张', '7 张'],
    ]);
    expect(rowCount(desk, 'handover_counts')).toBe(1);
    // from now on the figures are hers to see
    expect(figuresOf(await snapshot(desk, fromId))).toEqual(figuresOf(full));
    expect((await desk.ok('handover.get', { handoverId: h.id })).items).toEqual(full.items);

    // a recount after seeing the differences is allowed, and on record next to the blind one
    await desk.ok('handover.review', counts);
    expect((await desk.ok('handover.get', { handoverId: h.id })).countsEntered).toBe(2);
    const entered = desk.ledger.sqlite
      .prepare('SELECT difference_count, entered_by FROM handover_counts ORDER BY id')
      .all();
    expect(entered).toEqual([
      { difference_count: 1, entered_by: desk.userId('陈静') },
      { difference_count: 0, entered_by: desk.userId('陈静') },
    ]);
  });

  test('a count refused as incomplete, or entered by someone else, is not a count: the figures stay withheld', async () => {
    const { h, full } = await handedOver();
    const { countersign: _pin, reviewedDifferences: _n, ...counts } = fullAck(desk, h, full, '陈静');
    await desk.signInAs('刘敏'); // not a party to this handover
    expect(await desk.refused('handover.review', counts)).toBe('HANDOVER_NOT_PARTY');
    await desk.signInAs('陈静');
    expect(await desk.refused('handover.review', { ...counts, tickets: [] })).toBe('HANDOVER_UNCOUNTED');
    expect(rowCount(desk, 'handover_counts')).toBe(0);
    expect((await snapshot(desk, desk.userId('王芳'))).cashExpectedFen).toBeNull();
  });

  test('the outgoing person and the manager see the figures; with the setting off, so does the incoming person', async () => {
    const { full } = await handedOver();
    await desk.signInAs('李经理');
    expect(figuresOf(await snapshot(desk, desk.userId('王芳')))).toEqual(figuresOf(full));

    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { handoverCountBlind: false });
    await desk.signInAs('陈静');
    expect(figuresOf(await snapshot(desk, desk.userId('王芳')))).toEqual(figuresOf(full));
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { demoTypes, onHand } from '../support/tickets';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('counted figures (帐实相符)', () => {
  test('a variance needs an explanation; the float is counted with the cash but kept apart', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('李经理');
    await desk.ok('cash.setFloat', { amountFen: 20000, reason: '前台备用金' });
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 30 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' });
    const me = desk.userId('王芳');
    expect(
      await desk.refused('tickets.recordCount', {
        occasion: 'handover',
        stock: [{ typeId: twoD, counted: 27 }],
      }),
    ).toBe('VARIANCE_UNEXPLAINED');
    expect(
      await desk.refused('tickets.recordCount', {
        occasion: 'handover',
        cash: { holderId: me, countedFen: 7000, desk: 'front' },
      }),
    ).toBe('VARIANCE_UNEXPLAINED');
    const lines = await desk.ok('tickets.recordCount', {
      occasion: 'handover',
      stock: [{ typeId: twoD, counted: 27, explanation: '一张污损待退' }],
      cash: { holderId: me, countedFen: 27000, desk: 'front' },
    });
    expect(lines).toMatchObject([
      { subject: 'stock', expected: 28, counted: 27, variance: -1 },
      { subject: 'cash', expected: 27000, counted: 27000, variance: 0, floatFen: 20000 },
    ]);
    expect(await onHand(desk, twoD)).toBe(28); // counting does not move stock
  });
});

describe('alerts', () => {
  const notes = async () =>
    (await desk.ok('notifications.list')).items.filter((n) => n.titleKey !== 'userLockedOut');

  test('stock at or below the threshold asks to call the cinema, once per low episode', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 12 });
    await desk.ok('tickets.receive', { typeId: (await demoTypes(desk)).threeD, count: 20 });
    const low = async () =>
      (await notes()).filter((n) => n.kind === 'low_ticket_stock' && n.params.type === '2D 电影票');
    expect(await low()).toHaveLength(0);
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // 10 = threshold
    expect(await low()).toMatchObject([
      {
        params: {
          type: '2D 电影票',
          onHand: 10,
          cinema: '万达影城',
          contact: '张经理',
          phone: '13912345678',
        },
      },
    ]);
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' });
    expect(await desk.ok('tickets.remind')).toEqual({ posted: 0 });
    expect(await low()).toHaveLength(1); // no duplicates within the episode
    await desk.ok('tickets.receive', { typeId: twoD, count: 20 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 18, paymentMethod: 'cash' });
    expect(await low()).toHaveLength(2); // a new episode after a receipt
  });

  test('a receipt that lifts the stock above the threshold resolves the open low-stock notice, once', async () => {
    desk = await testDesk();
    const { twoD, threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 11 });
    await desk.ok('tickets.receive', { typeId: threeD, count: 3 }); // 3D low (threshold 5), stays so
    await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' }); // 8 ≤ 10
    const lowOf = async (type: string) =>
      (await notes()).filter((n) => n.kind === 'low_ticket_stock' && n.params.type === type);
    expect(await lowOf('2D 电影票')).toMatchObject([{ params: { onHand: 8 }, resolved: null }]);

    // 2 more: 10 is still at the threshold: still low, one open notice, now with the count on hand
    await desk.ok('tickets.receive', { typeId: twoD, count: 2 });
    const still = await lowOf('2D 电影票');
    expect(still.map((n) => [n.params.onHand, n.resolved?.reason ?? null])).toEqual([
      [10, null],
      [8, 'superseded'],
    ]);
    expect(await desk.ok('notifications.list')).toMatchObject({ unread: 2 });

    // 5 more: 15 > 10, resolved by the receipt, at its instant; the 3D notice stays an alarm
    await desk.ok('tickets.receive', { typeId: twoD, count: 5 });
    const resolved = await lowOf('2D 电影票');
    expect(resolved[0]).toMatchObject({
      id: still[0]!.id,
      resolved: { reason: 'restocked', at: desk.clock.now().toISOString() },
    });
    expect((await lowOf('3D 电影票')).filter((n) => n.resolved === null)).toHaveLength(1);
    // a resolved notice is no longer an unread alarm
    expect(await desk.ok('notifications.list')).toMatchObject({ unread: 1 });
    expect(
      (await desk.ok('notifications.list', { unreadOnly: true })).items.map((n) => n.params.type),
    ).toEqual(['3D 电影票']);
    // receiving again resolves nothing twice (the database keeps one resolution per notice)
    const resolutions = () =>
      desk.ledger.sqlite.prepare('SELECT count(*) AS n FROM notification_resolutions').get();
    const before = resolutions();
    await desk.ok('tickets.receive', { typeId: twoD, count: 1 });
    expect(resolutions()).toEqual(before);
    // the next low episode is a new, open notice; the old one stays resolved
    await desk.ok('tickets.sell', { typeId: twoD, count: 6, paymentMethod: 'cash' });
    expect((await lowOf('2D 电影票')).map((n) => n.resolved?.reason ?? null)).toEqual([
      null,
      'restocked',
      'superseded',
    ]);
  });

  test('in the last three days of a month: ask for next month’s posters, once; poster changes are reminded', async () => {
    desk = await testDesk({ start: '2026-11-27T02:00:00.000Z' });
    await desk.signInAs('王芳');
    const posterNotes = async () => (await notes()).filter((n) => n.kind === 'ticket_reminder');
    await desk.ok('tickets.remind');
    expect(await posterNotes()).toHaveLength(0); // the 27th of 30 days is not yet the last three
    desk.clock.set('2026-11-28T02:00:00.000Z');
    await desk.signInAs('王芳');
    await desk.ok('tickets.remind');
    desk.clock.set('2026-11-30T02:00:00.000Z');
    await desk.signInAs('王芳');
    await desk.ok('tickets.remind');
    expect(await posterNotes()).toMatchObject([
      { titleKey: 'ticketPostersNextMonth', params: { month: '2026-12' } },
    ]);

    expect(
      await desk.refused('tickets.savePoster', {
        film: '疯狂动物城2',
        showFrom: '2026-12-05',
        showTo: '2026-12-01',
      }),
    ).toBe('POSTER_DATES');
    const poster = await desk.ok('tickets.savePoster', {
      film: '疯狂动物城2',
      showFrom: '2026-12-05',
      showTo: '2026-12-31',
    });
    expect(poster.changeBy).toBe('2026-12-04');
    expect(await posterNotes()).toHaveLength(1); // not due yet
    desk.clock.set('2026-12-03T02:00:00.000Z');
    await desk.signInAs('王芳');
    await desk.ok('tickets.remind');
    await desk.ok('tickets.remind');
    const all = await posterNotes();
    expect(all.filter((n) => n.titleKey === 'ticketPosterChange')).toMatchObject([
      { params: { film: '疯狂动物城2', changeBy: '2026-12-04' } },
    ]);
  });
});

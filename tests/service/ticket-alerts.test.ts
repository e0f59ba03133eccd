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

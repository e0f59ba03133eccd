import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { balances, countersign, demoTypes, onHand } from '../support/tickets';
import { seeded } from '../support/seeded';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('ticket cash in custody', () => {
  test('a realistic day: stock and every balance equal hand arithmetic, and survive a restart', async () => {
    desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' }); // 09:00
    const { twoD, threeD } = await demoTypes(desk);
    const dataDir = desk.dataDir;

    // Day 1. 王芳 (receptionist) opens; 刘敏 (assistant) stands in over lunch.
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 50, batch: 'B1' });
    await desk.ok('tickets.receive', { typeId: threeD, count: 20, batch: 'B1' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 4, paymentMethod: 'cash' }); // +140.00
    await desk.ok('tickets.sell', { typeId: threeD, count: 2, paymentMethod: 'wechat' }); // no cash
    const mistaken = await desk.ok('tickets.sell', { typeId: threeD, count: 1, paymentMethod: 'cash' }); // +45.00
    await desk.ok('tickets.voidSale', { saleId: mistaken.id, reason: '按错票种' }); // -45.00

    desk.clock.advance(3 * 3600_000);
    await desk.signInAs('刘敏');
    await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' }); // 刘敏 +105.00
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'alipay' });
    await desk.ok('tickets.sell', { typeId: threeD, count: 1, paymentMethod: 'card' });

    desk.clock.advance(3600_000);
    await desk.signInAs('王芳');
    await desk.ok('tickets.sell', {
      typeId: twoD,
      count: 2,
      paymentMethod: 'cash',
      unitPriceFen: 3000,
      priceReason: '团购价',
      countersign: countersign(desk, '李经理'),
    }); // +60.00, a price exception the manager signed

    await desk.signInAs('李经理');
    expect(await balances(desk)).toEqual({ 王芳: 14000 + 6000, 刘敏: 10500 });
    expect(await onHand(desk, twoD)).toBe(50 - 4 - 3 - 1 - 2);
    expect(await onHand(desk, threeD)).toBe(20 - 2 - 1 + 1 - 1);

    // The receptionist hands the day's cash to the cashier, counted, before leaving.
    desk.clock.advance(5 * 3600_000);
    await desk.signInAs('王芳');
    const toCashier = await desk.ok('cash.handToCashier', {
      countedFen: 20000,
      countersign: countersign(desk, '钱出纳'),
    });
    expect(toCashier).toMatchObject({
      kind: 'to_cashier',
      toName: '钱出纳',
      amountFen: 20000,
      varianceFen: 0,
    });

    // Day 2: the assistant's cash moves to the receptionist at the next shift, both sides recorded.
    desk.clock.set('2026-11-24T01:00:00.000Z');
    await desk.signInAs('刘敏');
    await desk.ok('cash.transfer', { amountFen: 10500, countersign: countersign(desk, '王芳') });
    await desk.signInAs('李经理');
    expect(await balances(desk)).toEqual({ 王芳: 10500, 刘敏: 0 });
    const history = await desk.ok('cash.transfers');
    expect(history.map((t) => [t.kind, t.fromName, t.toName, t.amountFen])).toEqual([
      ['to_colleague', '刘敏', '王芳', 10500],
      ['to_cashier', '王芳', '钱出纳', 20000],
    ]);
    const yesterday = await desk.ok('cash.balances', {
      businessDate: '2026-11-23',
    });
    expect(yesterday.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: '王芳', balanceFen: 0 }),
        expect.objectContaining({ name: '刘敏', balanceFen: 10500 }),
      ]),
    );

    // What a restart leaves: the same figures from the same file, and an intact chain.
    await desk.close();
    desk = await testDesk({ dataDir, start: '2026-11-24T02:00:00.000Z' });
    await desk.signInAs('李经理');
    expect(await balances(desk)).toEqual({ 王芳: 10500, 刘敏: 0 });
    expect(await onHand(desk, twoD)).toBe(40);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('refusals: to oneself, more than one holds, a non-receptionist receiver, a wrong PIN — nothing written', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('刘敏');
    expect(
      await desk.refused('cash.transfer', { amountFen: 100, countersign: countersign(desk, '王芳') }),
    ).toBe('CASH_INSUFFICIENT');
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 10 });
    await desk.signInAs('刘敏');
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' });
    const before = [rowCount(desk, 'cash_transfers'), rowCount(desk, 'cash_movements')];
    const res = await desk.router.call('cash.transfer', {
      amountFen: 7001,
      countersign: countersign(desk, '王芳'),
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'CASH_INSUFFICIENT', message: '刘敏 保管的票款只有 ¥70.00，不能交出 ¥70.01' },
    });
    expect(
      await desk.refused('cash.transfer', { amountFen: 100, countersign: countersign(desk, '刘敏') }),
    ).toBe('CASH_TRANSFER_SELF');
    expect(
      await desk.refused('cash.transfer', { amountFen: 100, countersign: countersign(desk, '钱出纳') }),
    ).toBe('COUNTERSIGN_ROLE');
    expect(
      await desk.refused('cash.transfer', { amountFen: 100, countersign: countersign(desk, '王芳', '9999') }),
    ).toBe('WRONG_SECRET');
    expect(
      await desk.refused('cash.transfer', { amountFen: 0, countersign: countersign(desk, '王芳') }),
    ).toBe('INVALID_INPUT');
    expect([rowCount(desk, 'cash_transfers'), rowCount(desk, 'cash_movements')]).toEqual(before);
    expect(
      await desk.refused('cash.handToCashier', {
        countedFen: 7000,
        countersign: countersign(desk, '钱出纳'),
      }),
    ).toBe('FORBIDDEN');
  });

  test('hand-over to the cashier: the cashier’s PIN; a difference must be explained and leaves custody at zero', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 10 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' }); // 105.00
    expect(
      await desk.refused('cash.handToCashier', {
        countedFen: 10500,
        countersign: countersign(desk, '李经理'),
      }),
    ).toBe('COUNTERSIGN_ROLE');
    expect(
      await desk.refused('cash.handToCashier', {
        countedFen: 10500,
        countersign: countersign(desk, '钱出纳', '0000'),
      }),
    ).toBe('WRONG_SECRET');
    const res = await desk.router.call('cash.handToCashier', {
      countedFen: 10000,
      countersign: countersign(desk, '钱出纳'),
    });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'VARIANCE_UNEXPLAINED', message: '实点 ¥100.00 与账面 ¥105.00 不符，请说明原因' },
    });
    const t = await desk.ok('cash.handToCashier', {
      countedFen: 10000,
      explanation: '找零多找 5 元',
      countersign: countersign(desk, '钱出纳'),
    });
    expect(t).toMatchObject({ amountFen: 10000, varianceFen: -500 });
    expect(
      await desk.refused('cash.handToCashier', { countedFen: 0, countersign: countersign(desk, '钱出纳') }),
    ).toBe('CASH_NOTHING_TO_HAND');
    await desk.signInAs('李经理');
    expect(await balances(desk)).toEqual({ 王芳: 0 });
  });

  test('the change float is shown apart and never handed to the cashier; staff see only their own balance', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    expect(await desk.refused('cash.setFloat', { amountFen: 20000, reason: 'x' })).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    expect(await desk.ok('cash.setFloat', { amountFen: 20000, reason: '前台备用金' })).toEqual({
      desk: 'front',
      floatFen: 20000,
    });
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 10 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
    await desk.signInAs('刘敏');
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
    const own = await desk.ok('cash.balances');
    expect(own).toEqual({
      people: [{ userId: desk.userId('刘敏'), name: '刘敏', balanceFen: 3500 }],
      floats: [{ desk: 'front', floatFen: 20000 }],
      totalFen: 3500,
    });
    await desk.signInAs('王芳');
    await desk.ok('cash.handToCashier', { countedFen: 3500, countersign: countersign(desk, '钱出纳') });
    await desk.signInAs('李经理');
    const all = await desk.ok('cash.balances');
    expect(all).toMatchObject({ floats: [{ desk: 'front', floatFen: 20000 }], totalFen: 3500 });
  });
});

describe('stock and cash always equal the sums of their movements', () => {
  test.each([1, 7, 42])('random sequence, seed %i, against an independent model', async (seed) => {
    desk = await testDesk();
    const types = await demoTypes(desk);
    const price = { [types.twoD]: 3500, [types.threeD]: 4500 };
    const rnd = seeded(seed);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
    const model = {
      stock: { [types.twoD]: 0, [types.threeD]: 0 },
      cash: { 王芳: 0, 刘敏: 0 } as Record<string, number>,
    };
    const sales: { id: number; type: number; count: number; cash: boolean; seller: string }[] = [];
    let who = '';
    const as = async (name: string) => {
      if (who !== name) await desk.signInAs(name);
      who = name;
    };
    for (let step = 0; step < 60; step++) {
      const op = pick(['receive', 'sell', 'sell', 'sell', 'void', 'return', 'transfer']);
      const type = pick([types.twoD, types.threeD]);
      const seller = pick(['王芳', '刘敏'] as const);
      const count = 1 + Math.floor(rnd() * 6);
      if (op === 'receive') {
        await as('王芳');
        await desk.ok('tickets.receive', { typeId: type, count });
        model.stock[type]! += count;
      } else if (op === 'sell' || op === 'return') {
        await as(seller);
        const channel = op === 'sell' ? 'tickets.sell' : 'tickets.returnToCinema';
        const method = pick(['cash', 'wechat', 'alipay', 'card']);
        const input =
          op === 'sell' ? { typeId: type, count, paymentMethod: method } : { typeId: type, count };
        const res = await desk.router.call(channel, input);
        if (count > model.stock[type]!) {
          expect(res).toMatchObject({ ok: false, error: { code: 'TICKET_STOCK_SHORT' } });
          continue;
        }
        expect(res.ok).toBe(true);
        model.stock[type]! -= count;
        if (op === 'sell') {
          const cash = method === 'cash';
          sales.push({ id: (res as { data: { id: number } }).data.id, type, count, cash, seller });
          if (cash) model.cash[seller]! += count * price[type]!;
        }
      } else if (op === 'void' && sales.length > 0) {
        const sale = sales.splice(Math.floor(rnd() * sales.length), 1)[0]!;
        await as(sale.seller);
        const amount = sale.count * price[sale.type]!;
        const res = await desk.router.call('tickets.voidSale', {
          saleId: sale.id,
          reason: '随机作废',
          countersign: countersign(desk, '李经理'),
        });
        if (sale.cash && model.cash[sale.seller]! < amount) {
          expect(res).toMatchObject({ ok: false, error: { code: 'CASH_INSUFFICIENT' } });
          continue;
        }
        expect(res.ok).toBe(true);
        model.stock[sale.type]! += sale.count;
        if (sale.cash) model.cash[sale.seller]! -= amount;
      } else if (op === 'transfer') {
        await as('刘敏');
        const amount = Math.floor(rnd() * 20000) + 1;
        const res = await desk.router.call('cash.transfer', {
          amountFen: amount,
          countersign: countersign(desk, '王芳'),
        });
        if (amount > model.cash.刘敏!) {
          expect(res).toMatchObject({ ok: false, error: { code: 'CASH_INSUFFICIENT' } });
          continue;
        }
        expect(res.ok).toBe(true);
        model.cash.刘敏! -= amount;
        model.cash.王芳! += amount;
      }
    }
    await as('李经理');
    expect(await onHand(desk, types.twoD)).toBe(model.stock[types.twoD]);
    expect(await onHand(desk, types.threeD)).toBe(model.stock[types.threeD]);
    const got = await balances(desk);
    expect(got.王芳 ?? 0).toBe(model.cash.王芳);
    expect(got.刘敏 ?? 0).toBe(model.cash.刘敏);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });
});

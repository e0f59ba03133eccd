import { afterEach, describe, expect, test } from 'vitest';
import { atFrontDesk, testDesk, type TestDesk } from '../support/desk';
import { countersign, demoTypes, onHand } from '../support/tickets';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('the catalogue: cinemas and ticket types are master data, never deleted', () => {
  test('admin and manager keep it; desk staff may not; names unique; phones checked', async () => {
    desk = await atFrontDesk();
    const input = { name: '星美影城', contactName: '李四', contactPhone: '13800001111' };
    expect(await desk.refused('tickets.saveCinema', input)).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    const cinema = await desk.ok('tickets.saveCinema', {
      ...input,
      contactPhone: '138-0000-1111',
    });
    expect(cinema.contactPhone).toBe('13800001111');
    expect(await desk.refused('tickets.saveCinema', input)).toBe('CINEMA_NAME_TAKEN');
    expect(await desk.refused('tickets.saveCinema', { ...input, name: 'x', contactPhone: '123' })).toBe(
      'INVALID_PHONE',
    );
    const type = { cinemaId: cinema.id, name: 'IMAX', priceFen: 8000, lowStockThreshold: 3 };
    await desk.ok('tickets.saveType', type);
    expect(await desk.refused('tickets.saveType', type)).toBe('TICKET_TYPE_NAME_TAKEN');
    expect(await desk.refused('tickets.saveType', { ...type, name: 'y', priceFen: 35.5 })).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.refused('tickets.saveType', { ...type, name: 'y', priceFen: 0 })).toBe('INVALID_INPUT');
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM ticket_types').run()).toThrow(/never deleted/);
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM ticket_cinemas').run()).toThrow(/never deleted/);
  });

  test('an inactive type can no longer be received or sold, and keeps its history', async () => {
    desk = await testDesk();
    const { twoD, cinemaId } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 5 });
    await desk.signInAs('系统管理员');
    await desk.ok('tickets.saveType', {
      id: twoD,
      cinemaId,
      name: '2D 电影票',
      priceFen: 3500,
      lowStockThreshold: 10,
      active: false,
    });
    await desk.signInAs('王芳');
    expect(await desk.refused('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' })).toBe(
      'TICKET_TYPE_INACTIVE',
    );
    expect(await desk.refused('tickets.receive', { typeId: twoD, count: 1 })).toBe('TICKET_TYPE_INACTIVE');
    expect(await onHand(desk, twoD)).toBe(5);
    await desk.ok('tickets.returnToCinema', { typeId: twoD, count: 5, reason: '停售退回' });
    expect(await onHand(desk, twoD)).toBe(0);
  });
});

describe('stock is the sum of its movements', () => {
  test('receive, sell, return: stock on hand follows; a sale takes the type price', async () => {
    desk = await testDesk();
    const { twoD, threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    const received = await desk.ok('tickets.receive', {
      typeId: twoD,
      count: 50,
      batch: 'B-1123',
      serialFrom: 'WD0001',
      serialTo: 'WD0050',
    });
    expect(received).toMatchObject({ kind: 'received', delta: 50, batch: 'B-1123' });
    const sale = await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'wechat' });
    expect(sale).toMatchObject({ kind: 'sold', delta: -3, amountFen: 10500 });
    await desk.ok('tickets.returnToCinema', { typeId: twoD, count: 7 });
    expect(await onHand(desk, twoD)).toBe(40);
    expect(await onHand(desk, threeD)).toBe(0);
    const sum = desk.ledger.sqlite
      .prepare('SELECT sum(delta) n FROM ticket_movements WHERE type_id = ?')
      .get(twoD) as { n: number };
    expect(sum.n).toBe(40);
  });

  test('selling more than is on hand, a count of 0 or less, a price not in whole fen: refused, nothing written', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 2 });
    const before = [rowCount(desk, 'ticket_movements'), rowCount(desk, 'cash_movements')];
    const res = await desk.router.call('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' });
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'TICKET_STOCK_SHORT', message: '“2D 电影票”库存只有 2 张，不能出 3 张' },
    });
    for (const count of [0, -1, 1.5]) {
      expect(await desk.refused('tickets.sell', { typeId: twoD, count, paymentMethod: 'cash' })).toBe(
        'INVALID_INPUT',
      );
    }
    expect(
      await desk.refused('tickets.sell', {
        typeId: twoD,
        count: 1,
        paymentMethod: 'cash',
        unitPriceFen: 3500.5,
      }),
    ).toBe('INVALID_INPUT');
    expect(
      await desk.untyped.refused('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cheque' }),
    ).toBe('INVALID_INPUT');
    expect(await desk.refused('tickets.returnToCinema', { typeId: twoD, count: 3 })).toBe(
      'TICKET_STOCK_SHORT',
    );
    expect([rowCount(desk, 'ticket_movements'), rowCount(desk, 'cash_movements')]).toEqual(before);
  });

  test('the database itself refuses stock below zero and edits of movements', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 1 });
    const db = desk.ledger.sqlite;
    const insert = () =>
      db
        .prepare(
          `INSERT INTO ticket_movements (at, business_date, type_id, kind, delta, unit_price_fen, amount_fen,
             payment_method, actor_id, audit_id) VALUES ('x', '2026-11-23', ?, 'sold', -2, 3500, 7000, 'card', ?, 1)`,
        )
        .run(twoD, desk.userId('王芳'));
    expect(insert).toThrow(/below zero/);
    expect(() => db.prepare('UPDATE ticket_movements SET delta = 100').run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM ticket_movements').run()).toThrow(/append-only/);
  });

  test('only desk staff move stock', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    for (const name of ['张伟', '钱出纳', '系统管理员']) {
      await desk.signInAs(name);
      expect(await desk.refused('tickets.receive', { typeId: twoD, count: 1 }), name).toBe('FORBIDDEN');
    }
  });
});

describe('voids: once only, with a manager countersign once the seller’s shift has ended', () => {
  async function setUp() {
    desk = await testDesk();
    const types = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: types.twoD, count: 20 });
    const sale = await desk.ok('tickets.sell', {
      typeId: types.twoD,
      count: 2,
      paymentMethod: 'cash',
    });
    return { ...types, sale };
  }

  test('the seller voids her own sale the same day alone; a second void is refused (and by the DB)', async () => {
    const { twoD, sale } = await setUp();
    const voided = await desk.ok('tickets.voidSale', { saleId: sale.id, reason: '顾客改期' });
    expect(voided).toMatchObject({ kind: 'voided', delta: 2, amountFen: 7000 });
    expect(await onHand(desk, twoD)).toBe(20);
    expect(await desk.refused('tickets.voidSale', { saleId: sale.id, reason: '再来' })).toBe(
      'TICKET_SALE_ALREADY_VOIDED',
    );
    const list = await desk.ok('tickets.movements', { kind: 'sold' });
    expect(list[0]).toMatchObject({ id: sale.id, voidedById: voided.id });
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO ticket_movements (at, business_date, type_id, kind, delta, unit_price_fen, amount_fen,
           payment_method, voids_id, reason, actor_id, audit_id)
           VALUES ('x', '2026-11-23', ?, 'voided', 2, 3500, 7000, 'cash', ?, 'again', ?, 1)`,
        )
        .run(twoD, sale.id, desk.userId('王芳')),
    ).toThrow(/UNIQUE/);
    expect(await desk.refused('tickets.voidSale', { saleId: voided.id, reason: 'x' })).toBe(
      'TICKET_SALE_NOT_FOUND',
    );
  });

  test('someone else’s sale, or the next day: no countersign, wrong PIN, self — refused; a manager PIN voids it', async () => {
    const { sale } = await setUp();
    await desk.signInAs('陈静');
    await desk.ok('tickets.sell', { typeId: (await demoTypes(desk)).twoD, count: 2, paymentMethod: 'cash' });
    expect(await desk.refused('tickets.voidSale', { saleId: sale.id, reason: '顾客改期' })).toBe(
      'COUNTERSIGN_REQUIRED',
    );
    expect(
      await desk.refused('tickets.voidSale', {
        saleId: sale.id,
        reason: '顾客改期',
        countersign: countersign(desk, '李经理', '0000'),
      }),
    ).toBe('WRONG_SECRET');
    expect(
      await desk.refused('tickets.voidSale', {
        saleId: sale.id,
        reason: '顾客改期',
        countersign: countersign(desk, '王芳'),
      }),
    ).toBe('COUNTERSIGN_ROLE');
    expect(rowCount(desk, 'ticket_movements')).toBe(3); // receipt and two sales; no void
    await desk.ok('tickets.voidSale', {
      saleId: sale.id,
      reason: '顾客改期',
      countersign: countersign(desk, '李经理'),
    });
    const audit = desk.ledger.sqlite
      .prepare(
        "SELECT countersigned_by c FROM audit_log WHERE channel = 'tickets.voidSale' AND outcome = 'ok'",
      )
      .get() as { c: number };
    expect(audit.c).toBe(desk.userId('李经理'));

    // her own sale, but on the next business date: the shift has ended
    await desk.signInAs('王芳');
    const late = await desk.ok('tickets.sell', {
      typeId: (await demoTypes(desk)).twoD,
      count: 1,
      paymentMethod: 'wechat',
    });
    desk.clock.advance(24 * 3600_000);
    await desk.signInAs('王芳');
    expect(await desk.refused('tickets.voidSale', { saleId: late.id, reason: '退票' })).toBe(
      'COUNTERSIGN_REQUIRED',
    );
    await desk.ok('tickets.voidSale', {
      saleId: late.id,
      reason: '退票',
      countersign: countersign(desk, '李经理'),
    });
  });
});

describe('stock count adjustment', () => {
  test('needs a reason and a manager PIN; sets stock to the counted figure', async () => {
    desk = await testDesk();
    const { threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: threeD, count: 10 });
    expect(
      await desk.untyped.refused('tickets.adjust', { typeId: threeD, countedOnHand: 9, reason: '少一张' }),
    ).toBe('INVALID_INPUT');
    expect(
      await desk.refused('tickets.adjust', {
        typeId: threeD,
        countedOnHand: 9,
        reason: '少一张',
        countersign: countersign(desk, '钱出纳'),
      }),
    ).toBe('COUNTERSIGN_ROLE');
    expect(
      await desk.refused('tickets.adjust', {
        typeId: threeD,
        countedOnHand: 10,
        reason: '盘点',
        countersign: countersign(desk, '李经理'),
      }),
    ).toBe('TICKET_ADJUST_NOTHING');
    const adj = await desk.ok('tickets.adjust', {
      typeId: threeD,
      countedOnHand: 9,
      reason: '少一张',
      countersign: countersign(desk, '李经理'),
    });
    expect(adj).toMatchObject({ kind: 'adjusted', delta: -1, countersignedByName: '李经理' });
    expect(await onHand(desk, threeD)).toBe(9);
  });
});

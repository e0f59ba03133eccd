import { afterEach, describe, expect, test } from 'vitest';
import { runningBalanceProblems } from '../../electron/core/audit/runningBalances';
import { testDesk, type TestDesk } from '../support/desk';
import { balanceRows } from '../support/runningBalances';
import { demoTypes } from '../support/tickets';

/** The database's own guard of the running balances: never below zero, never written by hand. */
let desk: TestDesk;
afterEach(async () => desk?.close());

describe('running balances follow the movements', () => {
  test('the database refuses an oversell itself, leaving the balance as it was', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 3 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
    const db = desk.ledger.sqlite;
    const before = balanceRows(desk);
    const sell = (count: number) =>
      db
        .prepare(
          `INSERT INTO ticket_movements (at, business_date, type_id, kind, delta, unit_price_fen, amount_fen,
             payment_method, actor_id, audit_id) VALUES ('x', '2026-11-23', ?, 'sold', ?, 3500, ?, 'card', ?, 1)`,
        )
        .run(twoD, -count, 3500 * count, desk.userId('王芳'));
    expect(() => sell(3)).toThrow(/ticket stock cannot go below zero/);
    const takeCash = () =>
      db
        .prepare(
          `INSERT INTO cash_movements (at, business_date, holder_id, kind, delta_fen, transfer_id, audit_id)
           VALUES ('x', '2026-11-23', ?, 'to_cashier', -3501, 1, 1)`,
        )
        .run(desk.userId('王芳'));
    expect(takeCash).toThrow(/cash in custody cannot go below zero/);
    const emptyFloat = () =>
      db
        .prepare(
          `INSERT INTO cash_float_changes (at, business_date, desk, delta_fen, reason, actor_id, audit_id)
           VALUES ('x', '2026-11-23', 'front', -1, 'x', ?, 1)`,
        )
        .run(desk.userId('王芳'));
    expect(emptyFloat).toThrow(/change float cannot go below zero/);
    expect(balanceRows(desk)).toEqual(before);

    // the balance moves in the movement's own transaction: rolled back with it
    db.exec('BEGIN');
    sell(1);
    expect(balanceRows(desk)).not.toEqual(before);
    expect(() => sell(2)).toThrow(/below zero/);
    db.exec('ROLLBACK');
    expect(balanceRows(desk)).toEqual(before);
  });

  test('nothing writes a balance row but the movement trigger', async () => {
    desk = await testDesk();
    const { twoD, threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 5 });
    await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'cash' });
    await desk.signInAs('李经理');
    await desk.ok('cash.setFloat', { amountFen: 20000, reason: '前台备用金' });
    const db = desk.ledger.sqlite;
    const before = balanceRows(desk);
    const refused = [
      'UPDATE ticket_stock_on_hand SET on_hand = 99',
      'UPDATE ticket_stock_on_hand SET on_hand = on_hand',
      `UPDATE ticket_stock_on_hand SET last_id = last_id + 1`,
      'UPDATE cash_custody SET balance_fen = 0',
      'UPDATE cash_float_balances SET float_fen = 1',
      'DELETE FROM ticket_stock_on_hand',
      'DELETE FROM cash_custody',
      'DELETE FROM cash_float_balances',
      `INSERT INTO ticket_stock_on_hand (type_id, on_hand, last_id) VALUES (${threeD}, 7, 1)`,
      `INSERT OR REPLACE INTO ticket_stock_on_hand (type_id, on_hand, last_id) VALUES (${twoD}, 7, 1)`,
      `INSERT INTO cash_custody (holder_id, balance_fen, last_id) VALUES (${desk.userId('刘敏')}, 100, 1)`,
      `INSERT INTO cash_float_balances (desk, float_fen, last_id) VALUES ('二号台', 100, 1)`,
    ];
    for (const statement of refused) {
      expect(() => db.prepare(statement).run(), statement).toThrow(/never written directly/);
    }
    expect(balanceRows(desk)).toEqual(before);
    expect(runningBalanceProblems(db)).toEqual([]);

    // a movement slipped in below the newest one would make `last_id` lie: refused
    const last = (db.prepare('SELECT max(id) AS id FROM ticket_movements').get() as { id: number }).id;
    const receive = (id: number) =>
      db
        .prepare(
          `INSERT INTO ticket_movements (id, at, business_date, type_id, kind, delta, actor_id, audit_id)
           VALUES (?, 'x', '2026-11-23', ?, 'received', 1, ?, 1)`,
        )
        .run(id, threeD, desk.userId('王芳'));
    receive(last + 10);
    expect(() => receive(last + 5)).toThrow(/appended after the last one/);
    expect(runningBalanceProblems(db)).toEqual([]);
  });

  test('a balance edited behind the triggers is named by the check', async () => {
    desk = await testDesk();
    const { twoD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 5 });
    const db = desk.ledger.sqlite;
    db.exec('DROP TRIGGER ticket_stock_on_hand_follows_movements');
    db.prepare('UPDATE ticket_stock_on_hand SET on_hand = 50').run();
    expect(runningBalanceProblems(db)).toEqual([
      expect.objectContaining({
        table: 'ticket_stock_on_hand',
        rowId: twoD,
        problem: expect.stringMatching(/50/),
      }),
    ]);
    // and the ledger's own verification, which the manager runs, reports it
    await desk.signInAs('李经理');
    const report = await desk.ok('audit.verify', {});
    expect(report).toMatchObject({ ok: false, firstProblem: { table: 'ticket_stock_on_hand' } });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { RUNNING_BALANCES, runningBalanceProblems } from '../../electron/core/services/runningBalances';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { seeded } from '../support/seeded';
import { DROP_VISIT_TALLIES } from '../support/tallies';
import { countersign, demoTypes } from '../support/tickets';

/**
 * The running balances of 0012 (stock per type, cash per holder, float per desk) are kept by the
 * database from the movements: after any sequence of calls — refusals included — each equals the
 * sum of its movements, nothing else can write them, and the migration's backfill of an existing
 * ledger equals the sums.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

type Rows = Record<string, unknown[]>;

function balanceRows(d: TestDesk): Rows {
  return Object.fromEntries(
    RUNNING_BALANCES.map((b) => [
      b.table,
      d.ledger.sqlite.prepare(`SELECT * FROM ${b.table} ORDER BY 1`).all(),
    ]),
  );
}

/** The sums an auditor would take by hand, per balance, keyed like the balance rows. */
function summedByHand(d: TestDesk): Rows {
  return Object.fromEntries(
    RUNNING_BALANCES.map((b) => [
      b.table,
      d.ledger.sqlite
        .prepare(
          `SELECT ${b.key}, sum(${b.delta}) AS ${b.amount}, max(id) AS last_id FROM ${b.source} GROUP BY ${b.key} ORDER BY 1`,
        )
        .all(),
    ]),
  );
}

/** A busy desk: every kind of movement, refusals among them, in a seeded random order. */
async function busySequence(d: TestDesk, seed: number, steps: number, check: (refused: boolean) => void) {
  const types = await demoTypes(d);
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sales: { id: number; seller: string }[] = [];
  let who = '';
  const as = async (name: string) => {
    if (who !== name) await d.signInAs(name);
    who = name;
  };
  for (let step = 0; step < steps; step++) {
    const op = pick([
      'receive',
      'sell',
      'sell',
      'sell',
      'oversell',
      'void',
      'return',
      'adjust',
      'transfer',
      'cashier',
      'float',
    ]);
    const typeId = pick([types.twoD, types.threeD]);
    const seller = pick(['王芳', '刘敏'] as const);
    const count = 1 + Math.floor(rnd() * 6);
    let res: { ok: boolean; data?: unknown };
    if (op === 'receive') {
      await as('王芳');
      res = await d.router.call('tickets.receive', { typeId, count });
    } else if (op === 'sell') {
      await as(seller);
      const paymentMethod = pick(['cash', 'cash', 'wechat', 'card']);
      res = await d.router.call('tickets.sell', { typeId, count, paymentMethod });
      if (res.ok) sales.push({ id: (res.data as { id: number }).id, seller });
    } else if (op === 'oversell') {
      await as(seller);
      res = await d.router.call('tickets.sell', { typeId, count: 10_000, paymentMethod: 'cash' });
      expect(res).toMatchObject({ ok: false, error: { code: 'TICKET_STOCK_SHORT' } });
    } else if (op === 'void' && sales.length > 0) {
      const sale = sales.splice(Math.floor(rnd() * sales.length), 1)[0]!;
      await as(sale.seller);
      res = await d.router.call('tickets.voidSale', {
        saleId: sale.id,
        reason: '随机作废',
        countersign: countersign(d, '李经理'),
      });
    } else if (op === 'return') {
      await as('王芳');
      res = await d.router.call('tickets.returnToCinema', { typeId, count });
    } else if (op === 'adjust') {
      await as('王芳');
      res = await d.router.call('tickets.adjust', {
        typeId,
        countedOnHand: Math.floor(rnd() * 20),
        reason: '盘点',
        countersign: countersign(d, '李经理'),
      });
    } else if (op === 'transfer') {
      await as('刘敏');
      res = await d.router.call('cash.transfer', {
        amountFen: 1 + Math.floor(rnd() * 20000),
        countersign: countersign(d, '王芳'),
      });
    } else if (op === 'cashier') {
      await as('王芳');
      res = await d.router.call('cash.handToCashier', {
        countedFen: Math.floor(rnd() * 30000),
        explanation: '清点差异',
        countersign: countersign(d, '钱出纳'),
      });
    } else if (op === 'float') {
      await as('李经理');
      res = await d.router.call('cash.setFloat', {
        amountFen: Math.floor(rnd() * 3) * 10000,
        reason: '备用金',
      });
    } else {
      continue;
    }
    check(!res.ok);
  }
}

describe('running balances follow the movements', () => {
  test('after a busy random sequence each balance equals the sum of its movements; refusals change none', async () => {
    desk = await testDesk();
    let before = balanceRows(desk);
    let refusals = 0;
    let accepted = 0;
    await busySequence(desk, 2026, 90, (refused) => {
      const now = balanceRows(desk);
      if (refused) {
        refusals++;
        expect(now).toEqual(before);
      } else accepted++;
      expect(now).toEqual(summedByHand(desk));
      before = now;
    });
    expect(refusals).toBeGreaterThan(5);
    expect(accepted).toBeGreaterThan(40);
    expect(runningBalanceProblems(desk.ledger.sqlite)).toEqual([]);
    const rows = balanceRows(desk);
    for (const b of RUNNING_BALANCES) expect(rows[b.table]!.length, b.table).toBeGreaterThan(0);

    // the figures the pages read are the kept ones, and survive a restart
    await desk.signInAs('李经理');
    const stock = await desk.ok('tickets.stock');
    const cash = await desk.ok('cash.balances');
    const dir = path.dirname(desk.ledger.file);
    await desk.close();
    desk = await testDesk({ dataDir: dir });
    await desk.signInAs('李经理');
    expect(await desk.ok('tickets.stock')).toEqual(stock);
    expect(await desk.ok('cash.balances')).toEqual(cash);
    expect(runningBalanceProblems(desk.ledger.sqlite)).toEqual([]);
  });

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

describe('the migration backfills the balances from an existing ledger', () => {
  test('a ledger written before 0012 gets balances equal to the sums, and keeps them', async () => {
    desk = await testDesk();
    await busySequence(desk, 7, 50, () => {});
    const expected = summedByHand(desk);
    const db = desk.ledger.sqlite;
    // the ledger as 0011 left it: no balances, the never-negative triggers summing history (and
    // without what 0013 and later add)
    db.exec(`
      DROP TABLE ticket_stock_on_hand; DROP TABLE cash_custody; DROP TABLE cash_float_balances;
      DROP TRIGGER ticket_movements_keep_balance; DROP TRIGGER cash_movements_keep_balance;
      DROP TRIGGER cash_float_changes_keep_balance;
      DROP TRIGGER ticket_movements_stock_never_negative; DROP TRIGGER cash_movements_never_negative;
      DROP TRIGGER cash_float_never_negative;
      CREATE TRIGGER ticket_movements_stock_never_negative AFTER INSERT ON ticket_movements
      WHEN (SELECT SUM(delta) FROM ticket_movements WHERE type_id = NEW.type_id) < 0
      BEGIN SELECT RAISE(ABORT, 'ticket stock cannot go below zero'); END;
      CREATE TRIGGER cash_movements_never_negative AFTER INSERT ON cash_movements
      WHEN (SELECT SUM(delta_fen) FROM cash_movements WHERE holder_id = NEW.holder_id) < 0
      BEGIN SELECT RAISE(ABORT, 'cash in custody cannot go below zero'); END;
      CREATE TRIGGER cash_float_never_negative AFTER INSERT ON cash_float_changes
      WHEN (SELECT SUM(delta_fen) FROM cash_float_changes WHERE desk = NEW.desk) < 0
      BEGIN SELECT RAISE(ABORT, 'a change float cannot go below zero'); END;
      CREATE INDEX ticket_movements_stock ON ticket_movements(type_id, delta);
      CREATE INDEX cash_movements_custody ON cash_movements(holder_id, delta_fen);
      DROP INDEX ticket_movements_stock_by_date; DROP INDEX cash_movements_custody_by_date;
      DROP INDEX key_overnight_notes_by_movement; DROP INDEX handover_differences_by_handover;
      DROP INDEX handover_tasks_by_handover;
      ${DROP_VISIT_TALLIES}
      DELETE FROM kysely_migration WHERE name >= '0012';
    `);
    const dir = path.dirname(desk.ledger.file);
    expect(fs.existsSync(path.join(dir, LEDGER_FILE_NAME))).toBe(true);
    await desk.close();

    desk = await testDesk({ dataDir: dir }); // migrates 0012 (and those after it) again
    expect(balanceRows(desk)).toEqual(expected);
    expect(runningBalanceProblems(desk.ledger.sqlite)).toEqual([]);
    await busySequence(desk, 8, 20, () => {});
    expect(balanceRows(desk)).toEqual(summedByHand(desk));
  });

  test('an empty ledger starts with no balance rows', async () => {
    desk = await testDesk({ dataDir: tempDir(), demo: false });
    expect(balanceRows(desk)).toEqual({
      ticket_stock_on_hand: [],
      cash_custody: [],
      cash_float_balances: [],
    });
  });
});

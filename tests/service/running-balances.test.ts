import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { LEDGER_FILE_NAME } from '../../db/connection';
import { RUNNING_BALANCES, runningBalanceProblems } from '../../electron/core/audit/runningBalances';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { balanceRows, busySequence, summedByHand } from '../support/runningBalances';
import { rerunMigrations } from '../support/rewind';
import { DROP_VISIT_TALLIES } from '../support/tallies';

/**
 * The running balances of 0012 (stock per type, cash per holder, float per desk) are kept by the
 * database from the movements: after any sequence of calls — refusals included — each equals the
 * sum of its movements, nothing else can write them, and the migration's backfill of an existing
 * ledger equals the sums.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

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
    `);
    await rerunMigrations(desk, [
      '0012_running_balances',
      '0013_dated_lookups',
      '0014_customer_history',
      '0015_visit_tallies',
      '0016_list_reads',
    ]);
    const dir = path.dirname(desk.ledger.file);
    expect(fs.existsSync(path.join(dir, LEDGER_FILE_NAME))).toBe(true);
    await desk.close();

    desk = await testDesk({ dataDir: dir });
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

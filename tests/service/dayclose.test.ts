import fs from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AUDITED_TABLES } from '../../db/schema';
import { backupsDir } from '../../electron/core/paths';
import * as handoverCheck from '../../electron/core/services/dayclose/handoverCheck';
import { closeRecordOf } from '../../electron/core/services/dayclose';
import { testDesk, type TestDesk } from '../support/desk';
import { closeADay, closeInput, DAY, handTheCash, sellADay, signatures } from '../support/dayclose';
import { countersign, demoTypes } from '../support/tickets';
import { rowCount } from '../support/rows';
import { doClosingCheck } from '../support/people';

vi.mock('../../electron/core/services/dayclose/handoverCheck', async (original) => ({
  ...(await original<typeof handoverCheck>()),
  unacknowledgedHandovers: vi.fn(async () => []),
}));

let desk: TestDesk;
afterEach(async () => desk?.close());

const EVENING = '2026-11-23T12:00:00.000Z'; // 20:00 in Shanghai, still 2026-11-23
const NEXT = '2026-11-24';

/** Every audited row and audit row, so a refusal can be shown to have written nothing. */
function snapshot(d: TestDesk): Record<string, number> {
  return Object.fromEntries(['audit_log', ...Object.keys(AUDITED_TABLES)].map((t) => [t, rowCount(d, t)]));
}

describe('the guided close', () => {
  test('a day closed: counts, cash by denomination, keys, three signatures, a backup; survives a restart', async () => {
    desk = await testDesk();
    desk.clock.set(EVENING);
    const { record, twoD } = await closeADay(desk);
    expect(record).toMatchObject({
      businessDate: DAY,
      status: 'closed',
      closedBy: '王芳',
      closedAt: EVENING,
      handedFen: 7000,
      cashierName: '钱出纳',
      keyCheck: { complete: true, out: [] },
      reopenings: [],
    });
    expect(record.stock).toEqual(
      expect.arrayContaining([
        {
          typeId: twoD,
          typeName: '2D 电影票',
          expected: 18,
          counted: 18,
          variance: 0,
          explanation: null,
          countedOnHand: 18,
          afterwards: 0,
        },
      ]),
    );
    expect(record.cash).toMatchObject({
      countedFen: 7000,
      expectedFen: 7000,
      varianceFen: 0,
      handedFen: 7000,
    });
    expect(record.cash!.pieces).toEqual([
      { fen: 10000, count: 0 },
      { fen: 5000, count: 1 },
      { fen: 2000, count: 1 },
      { fen: 1000, count: 0 },
      { fen: 500, count: 0 },
      { fen: 100, count: 0 },
      { fen: 50, count: 0 },
      { fen: 10, count: 0 },
    ]);
    expect(record.signatures.map((s) => [s.role, s.name, s.at])).toEqual([
      ['receptionist', '王芳', EVENING],
      ['cashier', '钱出纳', EVENING],
      ['manager', '李经理', EVENING],
    ]);
    // The cash ledger agrees: nobody holds ticket cash any more, the transfer names the cashier.
    await desk.signInAs('李经理');
    expect((await desk.ok('cash.balances')).totalFen).toBe(0);
    // The day's backup is taken once the close has committed.
    await vi.waitFor(() => expect(fs.readdirSync(backupsDir(desk.dataDir)).join()).toContain('dayclose'), {
      timeout: 15_000,
    });

    const dataDir = desk.dataDir;
    await desk.close();
    desk = await testDesk({ dataDir, start: EVENING });
    expect(await closeRecordOf(desk.ledger.db, DAY)).toEqual(record);
    expect(await closeRecordOf(desk.ledger.db, NEXT)).toBeNull();
  });

  test('a day without ticket cash is counted as nothing, handed nowhere, and closes', async () => {
    desk = await testDesk();
    const types = await demoTypes(desk);
    await desk.signInAs('王芳');
    const count = await handTheCash(desk, DAY, {});
    await doClosingCheck(desk);
    expect(count).toMatchObject({ countedFen: 0, expectedFen: 0, handedFen: 0, cashierName: null });
    const record = await desk.ok('dayclose.close', {
      businessDate: DAY,
      stock: [
        { typeId: types.twoD, counted: 0 },
        { typeId: types.threeD, counted: 0 },
      ],
      signatures: signatures(desk),
    });
    expect(record).toMatchObject({ status: 'closed', handedFen: 0, cashierName: null });
  });

  test('a counted variance needs an explanation and is kept with it', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    expect(
      await desk.refused('dayclose.countCash', {
        businessDate: DAY,
        pieces: { 5000: 1, 1000: 1, 500: 1, 10: 49 }, // ¥69.90
        countersign: countersign(desk, '钱出纳'),
      }),
    ).toBe('VARIANCE_UNEXPLAINED');
    await desk.ok('dayclose.countCash', {
      businessDate: DAY,
      pieces: { 5000: 1, 1000: 1, 500: 1, 10: 49 },
      explanation: '少一角',
      countersign: countersign(desk, '钱出纳'),
    });
    await doClosingCheck(desk);
    const input = closeInput(desk, types);
    input.stock[0]!.counted = 17;
    expect(await desk.refused('dayclose.close', input)).toBe('VARIANCE_UNEXPLAINED');
    const record = await desk.ok('dayclose.close', {
      ...input,
      stock: [{ ...input.stock[0]!, explanation: '一张破损' }, input.stock[1]!],
    });
    expect(record.cash).toMatchObject({
      countedFen: 6990,
      expectedFen: 7000,
      varianceFen: -10,
      explanation: '少一角',
    });
    expect(record.stock.find((s) => s.typeId === types.twoD)).toMatchObject({
      expected: 18,
      counted: 17,
      variance: -1,
      explanation: '一张破损',
    });
  });
});

describe('Bad input: clear refusals, nothing half-written', () => {
  test('a date in the future, counts negative or not whole, a type left out or counted twice', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    const before = snapshot(desk);
    const cash = (pieces: Record<string, number>, businessDate = DAY) =>
      desk.refused('dayclose.countCash', { businessDate, pieces, countersign: countersign(desk, '钱出纳') });
    expect(await cash({ 5000: 1, 2000: 1 }, NEXT)).toBe('DAYCLOSE_FUTURE');
    // Whole pieces only, refused by the contract before anything runs.
    expect(await cash({ 5000: -1 })).toBe('INVALID_INPUT');
    expect(await cash({ 2000: 3.5 })).toBe('INVALID_INPUT');
    expect(await cash({ 3000: 1 })).toBe('INVALID_INPUT'); // no ¥30 note
    const input = closeInput(desk, types);
    expect(await desk.refused('dayclose.close', { ...input, businessDate: NEXT })).toBe('DAYCLOSE_FUTURE');
    const stock = (lines: { typeId: number; counted: number }[]) =>
      desk.refused('dayclose.close', { ...input, stock: lines });
    expect(
      await stock([
        { typeId: types.twoD, counted: -18 },
        { typeId: types.threeD, counted: 10 },
      ]),
    ).toBe('INVALID_INPUT');
    expect(
      await stock([
        { typeId: types.twoD, counted: 17.5 },
        { typeId: types.threeD, counted: 10 },
      ]),
    ).toBe('INVALID_INPUT');
    expect(await stock([{ typeId: types.twoD, counted: 18 }])).toBe('DAYCLOSE_STOCK_MISSING');
    expect(
      await stock([
        { typeId: types.twoD, counted: 18 },
        { typeId: types.twoD, counted: 18 },
        { typeId: types.threeD, counted: 10 },
      ]),
    ).toBe('DAYCLOSE_STOCK_TWICE');
    expect(snapshot(desk)).toEqual(before);
  });

  test('cash not handed over: the refusal names who still holds how much', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    const before = snapshot(desk);
    const res = await desk.router.call('dayclose.close', closeInput(desk, types));
    expect(res).toMatchObject({ ok: false, error: { code: 'DAYCLOSE_CASH_NOT_HANDED' } });
    expect(!res.ok && res.error.message).toContain('王芳 ¥70.00');
    const en = await desk.router.call('dayclose.close', closeInput(desk, types), { locale: 'en' });
    expect(!en.ok && en.error.message).toBe('Ticket cash not yet handed to the cashier: 王芳 ¥70.00');
    expect(snapshot(desk)).toEqual(before);
  });

  test('cash never counted for the date: refused', async () => {
    desk = await testDesk();
    const types = await demoTypes(desk);
    await desk.signInAs('王芳');
    const input = closeInput(desk, types);
    expect(
      await desk.refused('dayclose.close', {
        ...input,
        stock: input.stock.map((s) => ({ ...s, counted: 0 })),
      }),
    ).toBe('DAYCLOSE_CASH_NOT_COUNTED');
  });

  test('a handover not acknowledged: refused naming it', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    await handTheCash(desk);
    vi.mocked(handoverCheck.unacknowledgedHandovers).mockResolvedValueOnce(['白班 → 晚班 17:30']);
    const before = snapshot(desk);
    const res = await desk.router.call('dayclose.close', closeInput(desk, types));
    expect(res).toMatchObject({ ok: false, error: { code: 'DAYCLOSE_HANDOVER_UNACKNOWLEDGED' } });
    expect(!res.ok && res.error.message).toContain('白班 → 晚班 17:30');
    expect(snapshot(desk)).toEqual(before);
  });

  test('a key out without an overnight reason: refused naming it; with the reason it closes', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    await handTheCash(desk);
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: { kind: 'staff', userId: desk.userId('张伟') },
      purpose: '带客看样板房',
    });
    await doClosingCheck(desk);
    const res = await desk.router.call('dayclose.close', closeInput(desk, types));
    expect(res).toMatchObject({ ok: false, error: { code: 'DAYCLOSE_KEYS_OUT' } });
    expect(!res.ok && res.error.message).toContain('YBA#1 (张伟)');
    await desk.ok('keys.explainOvernight', { tag: 'YBA', copyNo: 1, reason: '明早直接去样板房' });
    const record = await desk.ok('dayclose.close', closeInput(desk, types));
    expect(record.keyCheck).toEqual({
      complete: true,
      out: [{ tag: 'YBA', name: expect.any(String), copyNo: 1, holder: '张伟', reason: '明早直接去样板房' }],
    });
  });

  test('signatures: three different people, each with the role and their own PIN', async () => {
    desk = await testDesk();
    const types = await sellADay(desk);
    await handTheCash(desk);
    await doClosingCheck(desk);
    const input = closeInput(desk, types);
    const sign = (s: Partial<ReturnType<typeof signatures>>) =>
      desk.refused('dayclose.close', { ...input, signatures: { ...input.signatures, ...s } });
    expect(await sign({ manager: countersign(desk, '王芳') })).toBe('DAYCLOSE_SIGNERS_SAME');
    expect(await sign({ manager: countersign(desk, '陈静') })).toBe('COUNTERSIGN_ROLE');
    expect(await sign({ manager: countersign(desk, '李经理', '9999') })).toBe('WRONG_SECRET');
    expect(await sign({ cashier: { userId: desk.userId('赵副理'), secret: '2222' } })).toBe(
      'COUNTERSIGN_ROLE',
    );
    expect(rowCount(desk, 'day_close_events')).toBe(0);
    expect(
      await desk.untyped.refused('dayclose.close', {
        ...input,
        signatures: { receptionist: input.signatures.receptionist },
      }),
    ).toBe('INVALID_INPUT');
  });

  test('closing the same date twice: refused, by the router and by the database', async () => {
    desk = await testDesk();
    const { twoD, threeD } = await closeADay(desk);
    expect(await desk.refused('dayclose.close', closeInput(desk, { twoD, threeD }))).toBe('DAY_CLOSED');
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO day_close_events (for_date, seq, kind, at, actor_id, key_check, audit_id)
           VALUES (?, 1, 'closed', '2026-11-23T12:00:00.000Z', 1, '{}', 1)`,
        )
        .run(DAY),
    ).toThrow(/UNIQUE|sequence/);
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM day_close_events').run()).toThrow(/append-only/);
    // A cash count whose total does not add up from its pieces cannot be stored either.
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO day_close_cash_counts (for_date, at, business_date, actor_id, n10000, n5000, n2000,
             n1000, n500, n100, n50, n10, total_fen, expected_fen, variance_fen, audit_id)
           VALUES (?, '2026-11-23T12:00:00.000Z', ?, 1, 0, 1, 1, 0, 0, 0, 0, 0, 7100, 7100, 0, 1)`,
        )
        .run(DAY, DAY),
    ).toThrow(/CHECK/);
  });
});

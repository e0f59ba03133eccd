import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { closeInput, DAY, handTheCash } from '../support/dayclose';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';
import { doClosingCheck } from '../support/people';
import { rowCount } from '../support/rows';
import { balances, countersign, demoTypes } from '../support/tickets';

/**
 * A difference found when cash is counted — the incoming person counting a handover, the cashier
 * taking a hand-in — is a variance 长短款 on record (who held the cash, how much, why), decided by
 * the manager; custody is then the cash that exists, so the close is never held up by cash
 * nobody has.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

/** 王芳 sells four 2D tickets for cash (¥140.00) and hands over to 陈静, who counts ¥135.00. */
async function shortHandover() {
  desk = await receptionistAt();
  const types = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: types.twoD, count: 20, batch: 'B1' });
  await desk.ok('tickets.receive', { typeId: types.threeD, count: 10, batch: 'B1' });
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 4, paymentMethod: 'cash' });
  const h = await startHandover(desk, '陈静');
  const snap = await snapshot(desk);
  const ack = await desk.ok('handover.acknowledge', {
    ...fullAck(desk, h, snap),
    cash: { countedFen: 13500, explanation: '少 5 元，找零时多找' },
    reviewedDifferences: 1,
  });
  return { types, ack };
}

// The day as the people lived it: what was sold in cash, what was counted at each hand.
const SOLD_FEN = 4 * 3500;
const COUNTED_AT_HANDOVER_FEN = 13500;

describe('a shortfall at a handover', () => {
  test('is a variance of the outgoing person; custody is what was counted; the close goes through', async () => {
    const { types, ack } = await shortHandover();
    const shortfall = COUNTED_AT_HANDOVER_FEN - SOLD_FEN;
    expect(ack.acknowledgement!.cash).toEqual({
      expectedFen: SOLD_FEN,
      countedFen: COUNTED_AT_HANDOVER_FEN,
      passedFen: COUNTED_AT_HANDOVER_FEN,
    });

    await desk.signInAs('李经理');
    // nobody holds cash that does not exist: 王芳 holds nothing, 陈静 what she took over
    expect(await balances(desk)).toMatchObject({ 王芳: 0, 陈静: COUNTED_AT_HANDOVER_FEN });
    const [variance] = await desk.ok('cash.variances', { businessDate: DAY });
    expect(variance).toMatchObject({
      occasion: 'handover',
      holderName: '王芳',
      foundByName: '陈静',
      expectedFen: SOLD_FEN,
      countedFen: COUNTED_AT_HANDOVER_FEN,
      amountFen: shortfall,
      explanation: '少 5 元，找零时多找',
      decision: null,
    });

    // 陈静 hands what she has to the cashier and closes: no "¥0.00 with an explanation" first
    await desk.signInAs('陈静');
    const count = await handTheCash(desk, DAY, { 10000: 1, 2000: 1, 1000: 1, 500: 1 });
    expect(count).toMatchObject({ countedFen: 13500, expectedFen: 13500, varianceFen: 0 });
    const prep = await desk.ok('dayclose.prepare', { businessDate: DAY });
    expect(prep.cashHeld).toEqual([]);
    expect(prep.cashVariances.map((v) => [v.holderName, v.amountFen, v.decision])).toEqual([
      ['王芳', shortfall, null],
    ]);
    await doClosingCheck(desk, DAY);
    const input = {
      ...closeInput(desk, types),
      stock: [
        { typeId: types.twoD, counted: 16 },
        { typeId: types.threeD, counted: 10 },
      ],
    };
    expect((await desk.ok('dayclose.close', input)).status).toBe('closed');
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('the manager decides it once, with a reason; the holder and others cannot', async () => {
    await shortHandover();
    await desk.signInAs('李经理');
    const [variance] = await desk.ok('cash.variances', { undecided: true });
    const decide = { varianceId: variance!.id, decision: 'charged' as const, reason: '本人补交' };

    await desk.signInAs('王芳');
    expect(await desk.refused('cash.decideVariance', decide)).toBe('FORBIDDEN');
    // 王芳 sees her own variance; 刘敏 (not involved) sees none
    expect((await desk.ok('cash.variances', {})).map((v) => v.id)).toEqual([variance!.id]);
    await desk.signInAs('刘敏');
    expect(await desk.ok('cash.variances', {})).toEqual([]);

    await desk.signInAs('李经理');
    const before = rowCount(desk, 'cash_variance_decisions');
    expect(await desk.refused('cash.decideVariance', { ...decide, varianceId: 99_999 })).toBe(
      'CASH_VARIANCE_NOT_FOUND',
    );
    const decided = await desk.ok('cash.decideVariance', decide);
    expect(decided).toMatchObject({
      decision: 'charged',
      decisionReason: '本人补交',
      decidedByName: '李经理',
    });
    expect(await desk.refused('cash.decideVariance', { ...decide, decision: 'written_off' })).toBe(
      'CASH_VARIANCE_DECIDED',
    );
    expect(rowCount(desk, 'cash_variance_decisions')).toBe(before + 1);
    expect(await desk.ok('cash.variances', { undecided: true })).toEqual([]);
    // a decision moves no cash: custody stays the cash that exists
    expect(await balances(desk)).toMatchObject({ 王芳: 0, 陈静: COUNTED_AT_HANDOVER_FEN });
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('a surplus is a variance too, and all of the counted cash passes', async () => {
    desk = await receptionistAt();
    const { twoD } = await demoTypes(desk);
    await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'B1' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // ¥70.00
    const h = await startHandover(desk, '陈静');
    const ack = await desk.ok('handover.acknowledge', {
      ...fullAck(desk, h, await snapshot(desk)),
      cash: { countedFen: 7200, explanation: '多 2 元' },
      reviewedDifferences: 1,
    });
    expect(ack.acknowledgement!.cash.passedFen).toBe(7200);
    await desk.signInAs('李经理');
    expect(await balances(desk)).toMatchObject({ 王芳: 0, 陈静: 7200 });
    expect((await desk.ok('cash.variances', {})).map((v) => v.amountFen)).toEqual([200]);
  });
});

describe('a difference at a hand-in to the cashier', () => {
  test('is recorded as a variance of the person handing in', async () => {
    desk = await receptionistAt();
    const { twoD } = await demoTypes(desk);
    await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'B1' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // ¥70.00
    await desk.ok('dayclose.countCash', {
      businessDate: DAY,
      pieces: { 5000: 1, 1000: 1, 500: 1 },
      explanation: '少 5 元',
      countersign: countersign(desk, '钱出纳'),
    });
    await desk.signInAs('钱出纳');
    const [v] = await desk.ok('cash.variances', { businessDate: DAY });
    expect(v).toMatchObject({
      occasion: 'hand_in',
      holderName: '王芳',
      foundByName: '钱出纳',
      amountFen: -500,
    });
    expect(await balances(desk)).toMatchObject({ 王芳: 0 });
  });
});

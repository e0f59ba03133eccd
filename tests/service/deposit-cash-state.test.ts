import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { testDesk } from '../support/desk';
import { DAY } from '../support/dayclose';
import { depositInput, heldUnit } from '../support/holds';
import { countersign } from '../support/tickets';

/**
 * A cash deposit 定金 is in its receiver's custody until she hands her takings to the cashier;
 * then the deposit shows as handed in (000:595-597) — the cash ledger says when.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

async function cashDeposit(room: string, amountFen: number) {
  const held = await heldUnit(desk, room);
  return desk.ok('holds.deposit', {
    ...depositInput(desk, held.id, amountFen, `SJ-${room}`),
    method: 'cash',
    receivedBy: desk.userId('王芳'),
    receiverSign: countersign(desk, '王芳'),
  });
}

test('the cash deposit’s state follows its receiver’s hand-in to the cashier', async () => {
  desk = await testDesk();
  const first = await cashDeposit('101', 300_000);
  expect(first.deposit!.state).toBe('with_receiver');

  await desk.signInAs('王芳');
  await desk.ok('dayclose.countCash', {
    businessDate: DAY,
    pieces: { 10000: 30 },
    countersign: countersign(desk, '钱出纳'),
  });
  // a second deposit taken after the hand-in stays with her
  const second = await cashDeposit('102', 200_000);
  expect(second.deposit!.state).toBe('with_receiver');

  await desk.signInAs('钱出纳');
  const handed = await desk.ok('holds.deposits', { state: 'handed_in' });
  expect(handed.map((d) => [d.receiptNo, d.state])).toEqual([['SJ-101', 'handed_in']]);
  const withHer = await desk.ok('holds.deposits', { state: 'with_receiver' });
  expect(withHer.map((d) => d.receiptNo)).toEqual(['SJ-102']);
  expect(await desk.refused('holds.confirmDeposit', { depositId: handed[0]!.id })).toBe(
    'DEPOSIT_CASH_HANDED_IN',
  );

  const sheet = await desk.ok('exports.daySheet', { date: DAY });
  expect(sheet.deposits.deposits.map((d) => [d.receiptNo, d.state])).toEqual([
    ['SJ-101', 'handed_in'],
    ['SJ-102', 'with_receiver'],
  ]);
});

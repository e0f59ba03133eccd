import { afterEach, expect, test } from 'vitest';
import type { BoardUnit } from '../../shared/contract/holds';
import { DAY } from '../support/dayclose';
import { testDesk, type TestDesk } from '../support/desk';
import { depositInput, heldUnit, requestAs, unitByRoom } from '../support/holds';
import { countersign } from '../support/tickets';

// The router keeps what the 销控 board reads of a building (its holds, their reports and deposits)
// between calls, until one of the ledgers it comes from is written. Every step of a hold, a
// deposit's cash reaching the cashier, and a hold lapsing with no write at all: the next board,
// read twice in a row each time, shows it.

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;

/** The unit's cell as 李经理 reads the board, twice (the second from what the router kept). */
async function cell(unitId: number): Promise<BoardUnit> {
  await desk.signInAs('李经理');
  const first = (await desk.ok('holds.board')).units.find((u) => u.id === unitId)!;
  const again = (await desk.ok('holds.board')).units.find((u) => u.id === unitId)!;
  expect(again).toEqual(first);
  return first;
}

test('each step of a hold, its deposit and its cash is on the next board', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const unit = await unitByRoom(desk, '101');
  expect((await cell(unit.id)).status).toBe('available');

  const pending = await requestAs(desk, '张伟', unit.id);
  expect(await cell(unit.id)).toMatchObject({ status: 'pending', hold: { customerName: '王先生' } });

  await desk.signInAs('李经理');
  await desk.ok('holds.approve', { holdId: pending.id });
  expect(await cell(unit.id)).toMatchObject({ status: 'held', hold: { state: 'held', reported: null } });

  await desk.signInAs('张伟');
  await desk.ok('holds.report', { holdId: pending.id, reason: '客户资金未到位' });
  expect((await cell(unit.id)).hold!.reported).toMatchObject({ byName: '张伟', reason: '客户资金未到位' });

  await desk.signInAs('李经理');
  await desk.ok('holds.deposit', {
    ...depositInput(desk, pending.id, 300_000, 'SJ-101'),
    method: 'cash',
    receivedBy: desk.userId('王芳'),
    receiverSign: countersign(desk, '王芳'),
  });
  expect(await cell(unit.id)).toMatchObject({
    status: 'reserved',
    hold: { depositFen: 300_000, deposit: { state: 'with_receiver' } },
  });

  // her takings, the deposit's cash with them, reach the cashier: the cash ledger's write
  await desk.signInAs('王芳');
  await desk.ok('dayclose.countCash', {
    businessDate: DAY,
    pieces: { 10000: 30 },
    countersign: countersign(desk, '钱出纳'),
  });
  expect((await cell(unit.id)).hold!.deposit!.state).toBe('handed_in');

  await desk.signInAs('李经理');
  await desk.ok('holds.sign', { holdId: pending.id });
  expect(await cell(unit.id)).toMatchObject({ status: 'signed', hold: { state: 'signed' } });
});

test('a hold past its expiry is free on the next board before anything is written', async () => {
  desk = await testDesk();
  const held = await heldUnit(desk, '102');
  expect((await cell(held.unitId)).status).toBe('held');

  desk.clock.set(new Date(Date.parse(held.expiresAt!) + MIN));
  expect(await cell(held.unitId)).toMatchObject({ status: 'available', hold: null });
});

test('a deposit by transfer is confirmed by the cashier on the next board', async () => {
  desk = await testDesk();
  const held = await heldUnit(desk, '103'); // 李经理 signed in
  const reserved = await desk.ok('holds.deposit', depositInput(desk, held.id, 200_000, 'SJ-103'));
  expect((await cell(held.unitId)).hold!.deposit!.state).toBe('to_confirm');

  await desk.signInAs('钱出纳');
  await desk.ok('holds.confirmDeposit', { depositId: reserved.deposit!.id, statementRef: 'BANK-1' });
  expect((await cell(held.unitId)).hold!.deposit!.state).toBe('confirmed');
});

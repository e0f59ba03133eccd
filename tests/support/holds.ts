import type { BoardUnit, HoldView } from '../../shared/contract/holds';
import type { UnitNameView } from '../../shared/contract/units';
import type { InputOf } from '../../shared/contract';
import type { TestDesk } from './desk';

/**
 * The demo building's unit by room number ('101' … '604'), by its name as anyone at the desk
 * may look it up (its status and price are the board's, for the managers).
 */
export async function unitByRoom(desk: TestDesk, room: string): Promise<UnitNameView> {
  const { units } = await desk.ok('units.directory');
  const unit = units.find((u) => u.room === room);
  if (!unit) throw new Error(`no demo unit ${room}`);
  return unit;
}

export async function boardUnit(desk: TestDesk, id: number): Promise<BoardUnit> {
  const board = await desk.ok('holds.board');
  return board.units.find((u) => u.id === id)!;
}

/** 张伟 asks to hold a unit for 王先生; returns the pending hold. */
export async function requestAs(
  desk: TestDesk,
  consultant: string,
  unitId: number,
  customer = { customerName: '王先生', customerPhone: '138 1234 5678' },
): Promise<HoldView> {
  await desk.signInAs(consultant);
  return desk.ok('holds.request', { unitId, ...customer });
}

/** 张伟 requests `room` (101 by default) and 李经理 approves: the held hold. */
export async function heldUnit(d: TestDesk, room = '101'): Promise<HoldView> {
  await d.signInAs('李经理');
  const unit = await unitByRoom(d, room);
  const pending = await requestAs(d, '张伟', unit.id);
  await d.signInAs('李经理');
  return d.ok('holds.approve', { holdId: pending.id });
}

/**
 * A deposit's input with what the test does not look at filled in: paid by bank transfer (so no
 * cash moves), received by 李经理, the agreement number made from the receipt's.
 */
export function depositInput(
  desk: TestDesk,
  holdId: number,
  amountFen: number,
  receiptNo: string,
): InputOf<'holds.deposit'> {
  return {
    holdId,
    amountFen,
    receiptNo,
    method: 'transfer',
    agreementNo: `DG-${receiptNo}`,
    receivedBy: desk.userId('李经理'),
  };
}

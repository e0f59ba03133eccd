import type { CloseRecord } from '../../shared/contract/dayclose';
import type { TestDesk } from './desk';
import { countersign, demoTypes } from './tickets';

/** The day most day-close tests use: the testDesk clock starts at 10:00 in Shanghai on it. */
export const DAY = '2026-11-23';

/** 王芳 receives 20 2D and 10 3D tickets and sells two 2D tickets for cash (¥70.00). */
export async function sellADay(desk: TestDesk): Promise<{ twoD: number; threeD: number }> {
  const types = await demoTypes(desk);
  await desk.signInAs('王芳');
  await desk.ok('tickets.receive', { typeId: types.twoD, count: 20, batch: 'B1' });
  await desk.ok('tickets.receive', { typeId: types.threeD, count: 10, batch: 'B1' });
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 2, paymentMethod: 'cash' });
  return types;
}

/** 王芳 counts ¥70.00 (one ¥50, one ¥20) and hands it to 钱出纳. */
export async function handTheCash(
  desk: TestDesk,
  date = DAY,
  pieces: Record<string, number> = { 5000: 1, 2000: 1 },
) {
  return desk.ok('dayclose.countCash', {
    businessDate: date,
    pieces,
    countersign: countersign(desk, '钱出纳'),
  });
}

export function signatures(desk: TestDesk) {
  return {
    receptionist: countersign(desk, '王芳'),
    cashier: countersign(desk, '钱出纳'),
    manager: countersign(desk, '李经理'),
  };
}

export function closeInput(desk: TestDesk, types: { twoD: number; threeD: number }, date = DAY) {
  return {
    businessDate: date,
    stock: [
      { typeId: types.twoD, counted: 18 },
      { typeId: types.threeD, counted: 10 },
    ],
    signatures: signatures(desk),
  };
}

/** A whole close of DAY by 王芳: sell, hand the cash over, count, sign. */
export async function closeADay(
  desk: TestDesk,
): Promise<{ record: CloseRecord; twoD: number; threeD: number }> {
  const types = await sellADay(desk);
  await handTheCash(desk);
  const record = await desk.ok('dayclose.close', closeInput(desk, types));
  return { record, ...types };
}

export function countWhere(desk: TestDesk, table: string, where: string, ...params: unknown[]): number {
  return (
    desk.ledger.sqlite.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get(...params) as {
      n: number;
    }
  ).n;
}

import { AUDITED_TABLES } from '../../db/schema';
import type { CloseRecord } from '../../shared/contract/dayclose';
import type { TestDesk } from './desk';
import { countersign, demoTypes } from './tickets';
import { rowCount } from './rows';
import { doClosingCheck } from './people';

/** The day most day-close tests use: the testDesk clock starts at 10:00 in Shanghai on it. */
export const DAY = '2026-11-23';
/** The day after DAY, where writes go once DAY is closed. */
export const NEXT = '2026-11-24';
/** 19:45 of DAY in Shanghai: the desk closes the day early, before the clock's midnight. */
export const EVENING = '2026-11-23T11:45:00.000Z';
export const MIN = 60_000;

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
  await doClosingCheck(desk, DAY);
  const record = await desk.ok('dayclose.close', closeInput(desk, types));
  return { record, ...types };
}

/** Closes DAY with nothing sold: no cash to hand over, no ticket on hand. Signed in at the desk. */
export async function closeAnEmptyDay(desk: TestDesk): Promise<CloseRecord> {
  const types = await demoTypes(desk);
  await handTheCash(desk, DAY, {});
  await doClosingCheck(desk, DAY);
  return desk.ok('dayclose.close', {
    ...closeInput(desk, types),
    stock: [
      { typeId: types.twoD, counted: 0 },
      { typeId: types.threeD, counted: 0 },
    ],
  });
}
/** Tables whose rows carry a business date, and how many rows of them are dated `date`. */
export function datedRows(d: TestDesk, date: string, afterAudit: number): Record<string, number> {
  const tables = ['audit_log', ...Object.keys(AUDITED_TABLES)].filter((t) =>
    (d.ledger.sqlite.prepare(`SELECT name FROM pragma_table_info(?)`).all(t) as { name: string }[]).some(
      (c) => c.name === 'business_date',
    ),
  );
  return Object.fromEntries(
    tables.map((t) => [
      t,
      rowCount(d, t, `business_date = ? AND ${t === 'audit_log' ? 'id' : 'audit_id'} > ?`, date, afterAudit),
    ]),
  );
}

export function lastAuditId(d: TestDesk): number {
  return (d.ledger.sqlite.prepare('SELECT max(id) AS m FROM audit_log').get() as { m: number }).m;
}

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { historyDates } from '../../electron/core/demo/history';
import { syncWithHq } from '../../electron/core/sync/run';
import { readOnly } from '../../hq/database';
import { groupDaySheet, type SheetFigures } from '../../hq/reports/groupDaySheet';
import { freshHq, type TestHq } from './support/hq';
import { demoOffice, TODAY, type TestOffice } from './support/offices';

/**
 * The group day sheet of a date is the sum of the offices' own day sheets of that date, figure
 * by figure: each office's line equals its own `exports.daySheet` summary, and the totals equal
 * the sum of those sheets, added up here independently of HQ.
 */
const OFFICES = [
  { id: 'mljd', seed: 103, days: 3 },
  { id: 'hxy', seed: 202, days: 3 },
  { id: 'jhc', seed: 303, days: 2 },
];
const DATES = [...historyDates(TODAY, 3), TODAY];

let hq: TestHq;
let offices: TestOffice[];

beforeAll(async () => {
  hq = await freshHq();
  offices = [];
  for (const o of OFFICES) {
    const office = await demoOffice(o.id, { days: o.days, seed: o.seed });
    offices.push(office);
    const url = (await hq.addOffice(o.id, `案场 ${o.id}`)).url;
    // today's work so far, then the sync: a call, and at the first office a sale voided, a sale
    // by WeChat and a key still out
    await office.as('王芳', 'calls.record', {
      callerName: '孙先生',
      phone: '13700001111',
      channel: '朋友介绍',
    });
    if (offices.length === 1) await moreOfToday(office);
    expect(await syncWithHq({ dataDir: office.dataDir, url })).toMatchObject({ state: 'synced' });
  }
});
afterAll(async () => {
  for (const office of offices ?? []) await office.close();
  await hq?.close();
});

async function moreOfToday(office: TestOffice): Promise<void> {
  const { types } = await office.as('王芳', 'tickets.catalogue', {});
  const sale = await office.as('王芳', 'tickets.sell', {
    typeId: types[0]!.id,
    count: 2,
    paymentMethod: 'cash',
  });
  await office.as('王芳', 'tickets.voidSale', { saleId: sale.id, reason: '顾客改期' });
  await office.as('王芳', 'tickets.sell', { typeId: types[1]!.id, count: 3, paymentMethod: 'wechat' });
  await office.as('王芳', 'keys.issue', {
    tag: 'YBA',
    holder: { kind: 'outside', name: '装修师傅', phone: '13600002222' },
    purpose: '量房',
  });
}

async function ownSheet(office: TestOffice, date: string) {
  return office.as('李经理', 'exports.daySheet', { date });
}

/** The sheets' figures added up, each to each (nested counts included). */
function sum(list: SheetFigures[]): SheetFigures {
  const add = (a: unknown, b: unknown): unknown =>
    typeof a === 'number'
      ? a + (b as number)
      : Object.fromEntries(
          Object.entries(a as Record<string, unknown>).map(([k, v]) => [
            k,
            add(v, (b as Record<string, unknown>)[k]),
          ]),
        );
  return list.reduce((total, figures) => add(total, figures) as SheetFigures);
}

describe('the group day sheet', () => {
  test.each(DATES)('of %s: each office as its own sheet, the totals their sum', async (date) => {
    const sheet = await readOnly(hq.admin, (db) => groupDaySheet(db, date));
    const own = await Promise.all(offices.map((office) => ownSheet(office, date)));
    expect(sheet.offices.map((o) => o.officeId)).toEqual([...offices.map((o) => o.officeId)].sort());
    for (const [i, office] of offices.entries()) {
      const line = sheet.offices.find((o) => o.officeId === office.officeId)!;
      expect(line.figures, `${office.officeId} ${date}`).toEqual(own[i]!.summary);
      expect(line.closed).toBe(own[i]!.closed);
      expect(line.project).toBe(own[i]!.project);
      const close = own[i]!.close;
      if (close?.closed) {
        expect(line.signers).toEqual(close.signatures);
        expect(line.complete).toBe(true);
      }
    }
    expect(sheet.totals).toEqual(sum(own.map((s) => s.summary)));
  });

  test('the history has real figures to add up: visits, calls, tickets, holds, keys and closes', async () => {
    const sheet = await readOnly(hq.admin, (db) => groupDaySheet(db, DATES[1]!));
    expect(sheet.totals.visits.total).toBeGreaterThan(30);
    expect(sheet.totals.calls.total).toBeGreaterThan(15);
    expect(sheet.totals.ticketsSold).toBeGreaterThan(0);
    expect(sheet.totals.handedToCashierFen).toBeGreaterThan(0);
    expect(sheet.totals.holds.requested).toBeGreaterThan(0);
    expect(sheet.offices.every((o) => o.closed)).toBe(true);
    const today = await readOnly(hq.admin, (db) => groupDaySheet(db, TODAY));
    expect(today.offices.every((o) => !o.closed && !o.complete)).toBe(true);
    const first = today.offices.find((o) => o.officeId === OFFICES[0]!.id)!.figures;
    expect(first).toMatchObject({ ticketsSold: 3, ticketCashFen: 0, keysOut: 1 });
    expect(first.ticketSalesFen).toBeGreaterThan(0);
  });
});

import { afterEach, expect, test } from 'vitest';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import { openWorkbook } from '../support/daysheet';
import { atFrontDesk, type TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';
import { countersign, demoTypes } from '../support/tickets';

/**
 * Prices are not the desk's to change (004:461): a ticket sells at the catalogue's price; any
 * other price needs a reason and the manager's countersign, and the day sheet lists it as a
 * price exception with both prices.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

test('a price other than the catalogue’s is refused without a reason and a manager’s PIN, and the sheet lists it', async () => {
  desk = await atFrontDesk();
  const { twoD } = await demoTypes(desk);
  await desk.ok('tickets.receive', { typeId: twoD, count: 20 });
  const catalogue = (await desk.ok('tickets.catalogue')).types.find((t) => t.id === twoD)!.priceFen;
  const sale = { typeId: twoD, count: 2, paymentMethod: 'cash' as const };
  const before = rowCount(desk, 'ticket_movements');

  expect(await desk.refused('tickets.sell', { ...sale, unitPriceFen: 3000 })).toBe(
    'TICKET_PRICE_NEEDS_MANAGER',
  );
  expect(
    await desk.refused('tickets.sell', {
      ...sale,
      unitPriceFen: 3000,
      countersign: countersign(desk, '李经理'),
    }),
  ).toBe('TICKET_PRICE_REASON_REQUIRED');
  expect(
    await desk.refused('tickets.sell', {
      ...sale,
      unitPriceFen: 3000,
      priceReason: '团购价',
      countersign: countersign(desk, '李经理', '0000'),
    }),
  ).toBe('WRONG_SECRET');
  expect(
    await desk.refused('tickets.sell', {
      ...sale,
      unitPriceFen: 3000,
      priceReason: '团购价',
      countersign: countersign(desk, '陈静'),
    }),
  ).toBe('COUNTERSIGN_ROLE');
  expect(rowCount(desk, 'ticket_movements')).toBe(before);

  // The catalogue price needs nothing, whether it is sent or not.
  await desk.ok('tickets.sell', { ...sale, unitPriceFen: catalogue });
  await desk.ok('tickets.sell', sale);
  const special = await desk.ok('tickets.sell', {
    ...sale,
    unitPriceFen: 3000,
    priceReason: '团购价',
    countersign: countersign(desk, '李经理'),
  });
  expect(special).toMatchObject({
    unitPriceFen: 3000,
    amountFen: 6000,
    catalogueFen: catalogue,
    reason: '团购价',
    countersignedByName: '李经理',
  });

  // The database holds the rule too: no exception for a sale nobody countersigned.
  const plain = (await desk.ok('tickets.movements', { kind: 'sold', limit: 3 })).find(
    (m) => m.id !== special.id,
  )!;
  expect(plain.catalogueFen).toBeNull();
  expect(() =>
    desk.ledger.sqlite
      .prepare(
        'INSERT INTO ticket_price_exceptions (sale_id, catalogue_price_fen, audit_id) VALUES (?, 100, 1)',
      )
      .run(plain.id),
  ).toThrow(/countersigned sale/);

  const sheet = await desk.ok('exports.daySheet', { date: special.businessDate });
  expect(sheet.priceExceptions).toEqual([
    {
      at: special.at,
      typeName: '2D 电影票',
      count: 2,
      catalogueFen: catalogue,
      unitPriceFen: 3000,
      amountFen: 6000,
      sellerName: '王芳',
      countersignedByName: '李经理',
      reason: '团购价',
    },
  ]);
  // The line's sales still add up to what was taken.
  const line = sheet.tickets.find((l) => l.typeId === twoD)!;
  expect(line.salesFen).toBe(catalogue * 4 + 6000);

  // The printed sheet and the .xlsx list it too.
  const html = daySheetHtml(sheet);
  expect(html).toContain('不按目录价售票（经理会签）');
  expect(html).toContain('团购价');
  const file = await desk.ok('exports.daySheetXlsx', { date: special.businessDate });
  const book = await openWorkbook(Buffer.from(file.base64, 'base64'));
  const rows: unknown[][] = [];
  book.getWorksheet('电影票')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const heading = rows.findIndex((r) => r[0] === '不按目录价售票（经理会签）');
  expect(heading).toBeGreaterThan(0);
  const listed = rows.slice(heading).find((r) => r.includes('团购价'))!;
  expect(listed.slice(1)).toEqual(['2D 电影票', 2, catalogue / 100, 30, 60, '王芳', '李经理', '团购价']);
});

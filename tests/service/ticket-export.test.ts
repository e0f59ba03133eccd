import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { countersign, demoTypes } from '../support/tickets';

let desk: TestDesk;
afterEach(async () => desk?.close());

type File = { fileName: string; base64: string };

async function sheetOf(file: File): Promise<ExcelJS.Worksheet> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
  return book.worksheets[0]!;
}

/** The data rows as objects keyed by the header row's titles. */
function rowsOf(sheet: ExcelJS.Worksheet): Record<string, unknown>[] {
  const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Object.fromEntries(header.map((title, i) => [title, row.getCell(i + 1).value])));
  }
  return rows;
}

const sum = (values: unknown[]) => values.reduce<number>((a, v) => a + (typeof v === 'number' ? v : 0), 0);

describe('the movements register as .xlsx', () => {
  test('a small day: every count and amount in the workbook equals the ledger', async () => {
    desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' }); // 09:00 in Shanghai
    const { twoD, threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', {
      typeId: twoD,
      count: 50,
      batch: 'WD-1123',
      serialFrom: 'A001',
      serialTo: 'A050',
    });
    await desk.ok('tickets.receive', { typeId: threeD, count: 10 });
    desk.clock.advance(3600_000);
    await desk.signInAs('王芳'); // the idle screen locked meanwhile
    await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' }); // 105.00
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'wechat' }); // 70.00
    const odd = await desk.ok('tickets.sell', {
      typeId: threeD,
      count: 3,
      paymentMethod: 'alipay',
      unitPriceFen: 3333,
      priceReason: '团购价',
      countersign: countersign(desk, '李经理'),
    }); // 99.99: whole fen that are not whole yuan; a price exception, so the manager signs
    await desk.signInAs('刘敏');
    const mistaken = await desk.ok('tickets.sell', {
      typeId: threeD,
      count: 1,
      paymentMethod: 'cash',
    });
    await desk.ok('tickets.voidSale', { saleId: mistaken.id, reason: '按错票种' });
    await desk.signInAs('王芳');
    await desk.ok('tickets.returnToCinema', { typeId: threeD, count: 2, reason: '场次取消' });

    await desk.signInAs('钱出纳'); // every reader of the register may export it
    const ledger = await desk.ok('tickets.movements', { limit: 500 });
    const file = await desk.ok('tickets.exportMovements', {});
    expect(file.fileName).toBe('电影票流水_2026-11-23_2026-11-23.xlsx');
    const sheet = await sheetOf(file);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const rows = rowsOf(sheet);
    expect(rows).toHaveLength(ledger.length);
    expect(rows.map((r) => r['编号'])).toEqual(ledger.map((m) => m.id).reverse()); // oldest first

    // Counts and amounts are numbers equal to the ledger, amounts in yuan to the fen.
    expect(rows.map((r) => r['张数'])).toEqual(ledger.map((m) => m.delta).reverse());
    expect(rows.map((r) => r['金额'])).toEqual(
      ledger.map((m) => (m.amountFen === null ? null : m.amountFen / 100)).reverse(),
    );
    expect(rows.find((r) => r['编号'] === odd.id)).toMatchObject({
      单价: 33.33,
      金额: 99.99,
      付款方式: '支付宝',
    });
    expect(sum(rows.map((r) => r['张数']))).toBe(50 + 10 - 3 - 2 - 3 - 1 + 1 - 2);
    const sold = rows.filter((r) => r['类型'] === '售出');
    expect(sold.map((r) => r['付款方式'])).toEqual(['现金', '微信', '支付宝', '现金']);
    expect(Math.round(sum(sold.map((r) => r['金额'])) * 100)).toBe(10500 + 7000 + 9999 + 4500);
    expect(sheet.getColumn(8).numFmt).toBe('¥#,##0.00');

    // The first row: a real date at local wall-clock time, the batch and serials, the seller.
    const first = rows[0]!;
    expect(first['时间']).toBeInstanceOf(Date);
    expect((first['时间'] as Date).toISOString()).toBe('2026-11-23T09:00:00.000Z'); // 09:00 local
    expect(first).toMatchObject({
      营业日: '2026-11-23',
      类型: '入库',
      经办人: '王芳',
      批次: 'WD-1123',
      起始票号: 'A001',
    });

    // The void names the sale it reverses and why; the sale names its void.
    const voided = rows.find((r) => r['类型'] === '作废')!;
    expect(voided).toMatchObject({ 作废的售票编号: mistaken.id, 原因: '按错票种', 经办人: '刘敏', 金额: 45 });
    expect(rows.find((r) => r['编号'] === mistaken.id)!['被作废（作废记录编号）']).toBe(voided['编号']);
  });

  test('the same filters as the list; a longer register than one page is exported whole', async () => {
    desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' });
    const { twoD, threeD } = await demoTypes(desk);
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: twoD, count: 1000 });
    for (let i = 0; i < 505; i++)
      await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'wechat' });
    desk.clock.set('2026-11-24T01:00:00.000Z');
    await desk.signInAs('王芳');
    await desk.ok('tickets.receive', { typeId: threeD, count: 5 });
    await desk.ok('tickets.sell', { typeId: threeD, count: 2, paymentMethod: 'cash' });

    const all = rowsOf(await sheetOf(await desk.ok('tickets.exportMovements', {})));
    expect(all).toHaveLength(1 + 505 + 2);
    const day2 = await desk.ok('tickets.exportMovements', {
      fromDate: '2026-11-24',
      toDate: '2026-11-24',
    });
    expect(day2.fileName).toBe('电影票流水_2026-11-24_2026-11-24.xlsx');
    expect(rowsOf(await sheetOf(day2)).map((r) => r['张数'])).toEqual([5, -2]);
    const sales = rowsOf(
      await sheetOf(await desk.ok('tickets.exportMovements', { typeId: twoD, kind: 'sold' })),
    );
    expect(sales).toHaveLength(505);
    expect(sum(sales.map((r) => r['张数']))).toBe(-505);
  });
});

import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { unitByRoom } from '../support/holds';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('units import', () => {
  test('a CSV with bad rows: the good ones are imported, each bad one reported with its row and reason', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const csv = [
      '楼栋,单元,楼层,房号,户型,面积(㎡),总价(元)',
      '2栋,1单元,1,101,两室,"89.5","1,880,000"',
      '2栋,1单元,1,102,两室,89.50,abc',
      '2栋,1单元,,103,两室,89.50,100',
      '2栋,1单元,1,101,两室,89.50,100',
      '2栋,1单元,x,104,两室,89.50,100',
      '2栋,1单元,1,105,两室,89.555,100',
      '',
      '1栋,1单元,1,101,三室,128.56,100',
      '2栋,,2,201,,120,2000000.5',
    ].join('\r\n');
    const dry = await desk.ok('units.import', {
      fileName: 'b2.csv',
      contentBase64: b64(csv),
      dryRun: true,
    });
    const before = rowCount(desk, 'units');
    expect(dry.imported).toBe(2);
    expect(rowCount(desk, 'units')).toBe(before);
    const report = await desk.ok('units.import', {
      fileName: 'b2.csv',
      contentBase64: b64(csv),
    });
    expect(report).toEqual({
      format: 'csv',
      rows: 8,
      imported: 2,
      refused: [
        { row: 3, reason: 'bad_price', detail: 'abc' },
        { row: 4, reason: 'missing_field', detail: 'floor' },
        { row: 5, reason: 'duplicate_in_file', detail: '2栋-1单元-101' },
        { row: 6, reason: 'bad_floor', detail: 'x' },
        { row: 7, reason: 'bad_area', detail: '89.555' },
        { row: 9, reason: 'exists', detail: '1栋-1单元-101' },
      ],
    });
    const units = await desk.ok('units.list');
    expect(units.find((u) => u.building === '2栋' && u.room === '101')).toMatchObject({
      areaCenti: 8950,
      listPriceFen: 188_000_000,
      floor: 1,
    });
    expect(units.find((u) => u.room === '201' && u.building === '2栋')).toMatchObject({
      unit: '',
      areaCenti: 12000,
      listPriceFen: 200_000_050,
    });
  });

  test('an .xlsx file, a file without the needed columns, and a file that is not a spreadsheet', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('房源');
    ws.addRow(['楼栋', '单元', '楼层', '房号', '户型', '面积', '总价']);
    ws.addRow(['3栋', '2单元', 12, '1201', '四室', 143.25, 3_560_000]);
    ws.addRow(['3栋', '2单元', 12, '1202', '四室', -1, 3_560_000]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const report = await desk.ok('units.import', { fileName: 'b3.XLSX', contentBase64: xlsx });
    expect(report).toMatchObject({ format: 'xlsx', imported: 1, refused: [{ row: 3, reason: 'bad_area' }] });
    const units = await desk.ok('units.list');
    expect(units.find((u) => u.room === '1201')).toMatchObject({
      areaCenti: 14325,
      listPriceFen: 356_000_000,
    });

    expect(
      await desk.refused('units.import', { fileName: 'x.csv', contentBase64: b64('楼栋,房号\n1,2\n') }),
    ).toBe('IMPORT_MISSING_COLUMNS');
    expect(await desk.refused('units.import', { fileName: 'x.xlsx', contentBase64: b64('not a zip') })).toBe(
      'IMPORT_BAD_FILE',
    );
    expect(await desk.refused('units.import', { fileName: 'x.txt', contentBase64: b64('a') })).toBe(
      'IMPORT_BAD_FILE',
    );
    await desk.signInAs('张伟');
    expect(await desk.refused('units.import', { fileName: 'x.csv', contentBase64: b64('a') })).toBe(
      'FORBIDDEN',
    );
  });

  test('a GBK-encoded CSV (as Excel saves it in China) reads the same', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    // 楼栋,楼层,房号,面积,总价 in GBK bytes, then one ASCII row
    const header = ['c2a5b6b0', 'c2a5b2e3', 'b7bfbac5', 'c3e6bbfd', 'd7dcbcdb'].map((h) =>
      Buffer.from(h, 'hex'),
    );
    const body = Buffer.concat([
      ...header.flatMap((h, i) => (i === 0 ? [h] : [Buffer.from(','), h])),
      Buffer.from('\nB5,1,101,90,100\n'),
    ]);
    const report = await desk.ok('units.import', {
      fileName: 'gbk.csv',
      contentBase64: body.toString('base64'),
    });
    expect(report.imported).toBe(1);
  });

  test('units are edited by manager or admin, withheld by the manager, and never deleted', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '101');
    const edited = await desk.ok('units.update', { unitId: unit.id, listPriceFen: 123_456_700 });
    expect(edited.listPriceFen).toBe(123_456_700);
    await desk.signInAs('系统管理员');
    expect(await desk.refused('units.setWithheld', { unitId: unit.id, withheld: true })).toBe('FORBIDDEN');
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM units').run()).toThrow(/never deleted/);
    await desk.signInAs('张伟');
    expect(await desk.refused('units.update', { unitId: unit.id, layout: 'x' })).toBe('FORBIDDEN');
    expect(await desk.refused('units.list')).toBe('FORBIDDEN');
  });
});

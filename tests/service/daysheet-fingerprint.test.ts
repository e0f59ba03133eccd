import { afterEach, describe, expect, test } from 'vitest';
import { daySheetWorkbook } from '../../electron/core/services/exports/daySheet/workbook';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import { closeADay, DAY } from '../support/dayclose';
import { openWorkbook } from '../support/daysheet';
import { atFrontDesk, type TestDesk } from '../support/desk';

let desk: TestDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const FINGERPRINT = /^\d+:[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/;

/** The cell right of 台账指纹 on the summary sheet, and what it says about when. */
async function fingerprintCells(bytes: Buffer): Promise<string[]> {
  const book = await openWorkbook(bytes);
  for (const ws of book.worksheets) {
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.getCell(1).value === '台账指纹')
        return [String(row.getCell(2).value), String(row.getCell(3).value)];
    }
  }
  return [];
}

describe('the ledger fingerprint 台账指纹 on the day sheet', () => {
  test("a date not closed prints the chain's head at printing, saying so", async () => {
    desk = await atFrontDesk();
    const sheet = await desk.ok('exports.daySheet', { date: DAY });
    expect(sheet.fingerprint).toMatchObject({ asOf: 'export' });
    const head = desk.ledger.sqlite.prepare('SELECT id FROM audit_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
    };
    expect(sheet.fingerprint!.text.startsWith(`${head.id}:`)).toBe(true);
    expect(await fingerprintCells(await daySheetWorkbook(sheet))).toEqual([
      sheet.fingerprint!.text,
      '打印时，本日未日结',
    ]);
  });

  test('a closed date prints the head its close recorded, the same on the .xlsx and the PDF and when printed again', async () => {
    desk = await atFrontDesk();
    const { record } = await closeADay(desk);
    const sheet = await desk.ok('exports.daySheet', { date: DAY });
    // the close record carries it too, as the list of closed dates does
    expect(record.fingerprint).toBe(sheet.fingerprint?.text);
    expect(sheet.fingerprint?.asOf).toBe('close');
    const text = sheet.fingerprint!.text;
    expect(text).toMatch(FINGERPRINT);
    // the close's own row comes after the head it recorded
    const close = desk.ledger.sqlite
      .prepare(
        `SELECT id FROM audit_log WHERE channel = 'dayclose.close' AND outcome = 'ok' ORDER BY id DESC`,
      )
      .get() as { id: number };
    expect(Number(text.split(':')[0])).toBe(close.id - 1);

    expect(await fingerprintCells(await daySheetWorkbook(sheet))).toEqual([text, '日结时']);
    const html = daySheetHtml(sheet);
    expect(html).toContain('台账指纹');
    expect(html).toContain(text);

    // later work (a sign-in is a call too) moves the chain's head, not the signed sheet's fingerprint
    await desk.signInAs('李经理');
    const again = await desk.ok('exports.daySheet', { date: DAY });
    expect(again.fingerprint).toEqual(sheet.fingerprint);
    const listed = await desk.ok('dayclose.list', {});
    expect(listed.find((r) => r.businessDate === DAY)?.fingerprint).toBe(text);
    // and it is a witness verify accepts
    const report = await desk.ok('audit.verify', { witnesses: [text] });
    expect(report.ok).toBe(true);
    expect(report.witnesses.find((w) => w.kind === 'fingerprint')?.verdict).toBe('extends');
  });
});

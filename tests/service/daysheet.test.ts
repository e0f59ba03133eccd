import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { atFrontDesk, tempDir, testDesk, type TestDesk } from '../support/desk';
import {
  DAY,
  EXPECTED,
  decode,
  driveDay,
  numberOf,
  openWorkbook,
  sumFormulas,
  totalOf,
} from '../support/daysheet';

let desk: TestDesk;
afterEach(async () => desk?.close());

const SHEETS = ['汇总', '电影票', '现金', '来访', '来电', '销控', '定金', '收款方式', '钥匙', '交接', '出勤'];

describe('the reconciliation sheet 日结对账单', () => {
  test('a day at the desk: every total is the sum of its rows and the hand arithmetic of the day', async () => {
    desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' }); // 09:00 in Shanghai
    await driveDay(desk);
    await desk.signInAs('李经理');

    const sheet = await desk.ok('exports.daySheet', { date: DAY });
    expect(sheet).toMatchObject({ project: '魅力晶都', businessDate: DAY, closed: false, close: null });
    expect(sheet.summary).toMatchObject({
      visits: { total: EXPECTED.visits, new: EXPECTED.newVisits, people: EXPECTED.people },
      calls: { total: EXPECTED.calls, invited: EXPECTED.invited },
      holds: { requested: 1, approved: 1, deposits: 1 },
      depositsFen: EXPECTED.depositsFen,
      ticketsSold: EXPECTED.ticketsSold,
      ticketSalesFen: EXPECTED.salesFen,
      ticketCashFen: EXPECTED.cashFen,
      handedToCashierFen: EXPECTED.toCashierFen,
      keysOut: EXPECTED.keysOut,
    });
    // Phones masked on the sheet whoever exports it, a manager included (SPEC §2, 000:613).
    expect(sheet.visits[0]!.phone).toBe('138****5678');
    expect(sheet.holdEvents[0]!.phone).toBe('138****5678');
    // Each ticket line: opening + movements = closing, and the ledger's own stock agrees.
    for (const l of sheet.tickets) {
      expect(l.opening + l.received - l.sold + l.voided - l.returned + l.adjusted).toBe(l.closing);
    }
    const stock = await desk.ok('tickets.stock');
    expect(sheet.tickets.map((l) => [l.name, l.closing])).toEqual(stock.map((s) => [s.name, s.onHand]));
    expect(sheet.tickets.map((l) => l.closing)).toEqual([EXPECTED.closing2D, EXPECTED.closing3D]);
    // Each holder: opening + the day's movements = closing; the balances agree with the cash ledger.
    const balances = await desk.ok('cash.balances');
    for (const h of sheet.cash.holders) {
      const moved =
        h.salesFen + h.voidsFen + h.transfersInFen + h.transfersOutFen + h.toCashierFen + h.varianceFen;
      expect(h.openingFen + moved).toBe(h.closingFen);
      expect(balances.people.find((p) => p.name === h.name)?.balanceFen).toBe(h.closingFen);
    }

    const file = await desk.ok('exports.daySheetXlsx', { date: DAY });
    expect(file.fileName).toBe('日结_2026-11-23_魅力晶都.xlsx');
    expect(file.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await openWorkbook(decode(file));
    expect(book.worksheets.map((w) => w.name)).toEqual(SHEETS);

    const totals = sumFormulas(book);
    expect(totals.length).toBeGreaterThan(20);
    for (const t of totals) {
      expect(t.cached, `${t.sheet}!${t.cell} ${t.formula}`).toBeCloseTo(t.rowsSum, 9);
    }
    // The totals are the ledger's figures, in yuan, exact to the fen.
    expect(totalOf(book, '电影票', '售票金额')).toBe(EXPECTED.salesFen / 100);
    expect(totalOf(book, '电影票', '其中现金')).toBe(EXPECTED.cashFen / 100);
    expect(totalOf(book, '电影票', '期末')).toBe(EXPECTED.closing2D + EXPECTED.closing3D);
    expect(totalOf(book, '现金', '交出纳')).toBe(-EXPECTED.toCashierFen / 100);
    expect(totalOf(book, '现金', '售票收入')).toBe((EXPECTED.cashFen + 3500) / 100);
    expect(totalOf(book, '来访', '人数')).toBe(EXPECTED.people);
    expect(totalOf(book, '销控', '金额')).toBe(EXPECTED.depositsFen / 100);
    const balanceSum = balances.people.reduce((s, p) => s + p.balanceFen, 0);
    expect(totalOf(book, '现金', '期末')).toBe(balanceSum / 100);

    // Money cells are numbers formatted as yuan, not text.
    const tickets = book.getWorksheet('电影票')!;
    expect(typeof tickets.getCell('J5').value).toBe('number');
    expect(tickets.getCell('J5').numFmt).toBe('¥#,##0.00');
    // A4, fit to width, the header row repeated on every printed page.
    expect(tickets.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
    expect(tickets.pageSetup.printTitlesRow).toBe('4:4');
    expect(String(book.getWorksheet('汇总')!.getCell('A2').value)).toContain('未日结');
    // No full phone number anywhere in the file.
    const everyCell = book.worksheets.flatMap((ws) => {
      const cells: string[] = [];
      ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      return cells;
    });
    expect(everyCell.filter((c) => /1[3-9]\d{9}/.test(c))).toEqual([]);

    // Re-exporting later (the next day) gives the same figures for that date.
    desk.clock.set('2026-11-24T03:00:00.000Z');
    await desk.signInAs('李经理');
    const again = await openWorkbook(decode(await desk.ok('exports.daySheetXlsx', { date: DAY })));
    expect(sumFormulas(again).map((t) => t.cached)).toEqual(totals.map((t) => t.cached));
    expect(numberOf(again.getWorksheet('汇总')!.getCell('B5'))).toBe(EXPECTED.visits);
  });

  test('a date with no data gives an empty but valid sheet; a future date is refused', async () => {
    desk = await atFrontDesk();
    const file = await desk.ok('exports.daySheetXlsx', { date: '2026-11-01' });
    const book = await openWorkbook(decode(file));
    expect(book.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const t of sumFormulas(book)) expect(t.cached).toBe(0);
    expect(await desk.refused('exports.daySheetXlsx', { date: '2026-11-24' })).toBe('DAYSHEET_FUTURE_DATE');
    expect(await desk.refused('exports.daySheet', { date: '2026-12-01' })).toBe('DAYSHEET_FUTURE_DATE');
    expect(await desk.refused('exports.weekXlsx', { date: '2026-12-01' })).toBe('DAYSHEET_FUTURE_DATE');
    // A consultant does not reconcile the desk.
    await desk.signInAs('张伟');
    expect(await desk.refused('exports.daySheetXlsx', { date: '2026-11-23' })).toBe('FORBIDDEN');
  });

  test('the weekly analysis .xlsx carries the analysis figures by day, channel and consultant', async () => {
    desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' });
    await driveDay(desk);
    const file = await desk.ok('exports.weekXlsx', { date: DAY });
    expect(file.fileName).toBe('来人来电周分析_2026-11-23_2026-11-29_魅力晶都.xlsx');
    const book = await openWorkbook(decode(file));
    // The funnel is the 销控's (000:721 rule 38): in the managers' file, not in the desk's.
    expect(book.worksheets.map((w) => w.name)).toEqual(['按日', '按渠道', '按顾问', '按时段']);
    await desk.signInAs('李经理');
    const managers = await openWorkbook(decode(await desk.ok('exports.weekXlsx', { date: DAY })));
    expect(managers.worksheets.map((w) => w.name)).toEqual(['按日', '按渠道', '按顾问', '按时段', '转化']);
    for (const t of sumFormulas(book)) expect(t.cached).toBe(t.rowsSum);
    expect(totalOf(book, '按日', '新客来访')).toBe(EXPECTED.newVisits);
    expect(totalOf(book, '按日', '来电')).toBe(EXPECTED.calls);
    expect(totalOf(book, '按渠道', '来访')).toBe(EXPECTED.visits);
    expect(totalOf(book, '按顾问', '老客来访')).toBe(EXPECTED.visits - EXPECTED.newVisits);
    expect(totalOf(book, '按顾问', '接听来电')).toBe(EXPECTED.calls);
  });

  const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
  test.runIf(soffice !== '')(
    'LibreOffice, recalculating the .xlsx, shows the same totals',
    async () => {
      desk = await testDesk({ start: '2026-11-23T01:00:00.000Z' });
      await driveDay(desk);
      await desk.signInAs('李经理');
      const file = await desk.ok('exports.daySheetXlsx', { date: DAY });
      const dir = tempDir('sitedesk-soffice-');
      const xlsx = path.join(dir, 'sheet.xlsx');
      fs.writeFileSync(xlsx, decode(file));
      // LibreOffice shows an .xlsx's cached results unless told to recalculate on load: a fresh
      // profile set to "always recalculate" makes the CSV carry LibreOffice's own arithmetic.
      fs.mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'profile', 'user', 'registrymodifications.xcu'),
        `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
      );
      // A copy whose cached 售票金额 total is wrong: LibreOffice must show its own sum, not ours.
      const poisoned = await openWorkbook(decode(file));
      const ws = poisoned.getWorksheet('电影票')!;
      ws.eachRow((row) => {
        if (row.getCell(1).value !== '合计') return;
        const cell = row.getCell(10);
        cell.value = { formula: (cell.value as { formula: string }).formula, result: 0.01 };
      });
      await poisoned.xlsx.writeFile(path.join(dir, 'poisoned.xlsx'));
      // Every sheet to its own CSV (UTF-8, the formulas' results as LibreOffice computes them).
      execFileSync(
        soffice,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
          '--outdir',
          dir,
          xlsx,
          path.join(dir, 'poisoned.xlsx'),
        ],
        { timeout: 120_000, stdio: 'pipe' },
      );
      const csv = (sheet: string, file = 'sheet') =>
        fs.readFileSync(path.join(dir, `${file}-${sheet}.csv`), 'utf8');
      const totalLine = (sheet: string, file = 'sheet') =>
        csv(sheet, file)
          .split('\n')
          .find((l) => l.startsWith('合计'))!
          .split(',')
          .map((c) => c.replace(/^"|"$/g, ''));
      const yuan = (text: string) => Number(text.replace(/[¥,"]/g, ''));
      // 电影票: 期末 (column I) and 售票金额 (column J).
      const tickets = totalLine('电影票');
      expect(Number(tickets[8])).toBe(EXPECTED.closing2D + EXPECTED.closing3D);
      expect(yuan(tickets[9]!)).toBe(EXPECTED.salesFen / 100);
      expect(yuan(tickets[10]!)).toBe(EXPECTED.cashFen / 100);
      expect(Number(totalLine('来访')[4])).toBe(EXPECTED.people);
      expect(yuan(totalLine('销控')[7]!)).toBe(EXPECTED.depositsFen / 100);
      expect(yuan(totalLine('现金')[6]!)).toBe(-EXPECTED.toCashierFen / 100);
      expect(yuan(totalLine('电影票', 'poisoned')[9]!)).toBe(EXPECTED.salesFen / 100);
    },
    180_000,
  );
  if (soffice === '') console.info('daysheet: soffice not on PATH, LibreOffice check skipped');
});

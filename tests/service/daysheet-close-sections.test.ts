import { afterEach, expect, test } from 'vitest';
import { daySheetWorkbook } from '../../electron/core/services/exports/daySheet/workbook';
import { daySheetHtml } from '../../shared/print/daysheet/staticHtml';
import { DENOMINATIONS_FEN, daySheetSchema } from '../../shared/contract/exports';
import { testDesk, type TestDesk } from '../support/desk';
import { numberOf, openWorkbook, sumFormulas, totalOf } from '../support/daysheet';

let desk: TestDesk;
afterEach(async () => desk?.close());

/**
 * What the sheet shows once the day-close and handover ledgers feed ./ports: the counted cash by
 * denomination (face value × pieces, summed), the ticket count, the signatures and 已日结, and each
 * handover. Until the lead wires the ports, the records are made here in the shape they return.
 */
test('a closed day: cash by denomination, counts, signatures and handovers on the .xlsx and the print page', async () => {
  desk = await testDesk();
  await desk.signInAs('李经理');
  const empty = await desk.ok('exports.daySheet', { date: '2026-11-23' });
  const pieces = [1, 2, 0, 3, 1, 4, 1, 3]; // ¥100 … ¥0.1
  const countedFen = DENOMINATIONS_FEN.reduce((s, d, i) => s + d * pieces[i]!, 0); // 10000+10000+3000+500+400+50+30
  const sheet = daySheetSchema.parse({
    ...empty,
    closed: true,
    close: {
      closed: true,
      closedAt: '2026-11-23T10:30:00.000Z',
      reclosed: false,
      history: [{ kind: 'closed', at: '2026-11-23T10:30:00.000Z', by: '王芳', reason: null }],
      ticketCounts: [
        {
          typeId: 1,
          name: '2D 电影票',
          expected: 42,
          counted: 41,
          explanation: '一张破损',
          countedOnHand: 41,
          afterwards: 0,
        },
      ],
      cashByDenomination: DENOMINATIONS_FEN.map((d, i) => ({ denominationFen: d, pieces: pieces[i]! })),
      cashCounts: [
        {
          at: '2026-11-23T10:20:00.000Z',
          countedBy: '王芳',
          countedFen,
          expectedFen: countedFen,
          varianceFen: 0,
          explanation: null,
          handedFen: countedFen,
          cashierName: '钱出纳',
        },
      ],
      expectedCashFen: countedFen,
      handedToCashierFen: countedFen,
      carried: [],
      signatures: { receptionist: '王芳', cashier: '钱出纳', manager: '李经理' },
    },
    handovers: [
      {
        shift: '白班',
        fromName: '王芳',
        toName: '陈静',
        startedAt: '2026-11-23T09:30:00.000Z',
        acknowledgedAt: '2026-11-23T09:35:00.000Z',
        acknowledged: true,
        differences: ['前台柜钥匙少一把'],
        openTasks: ['回电 李先生'],
      },
    ],
  });

  const book = await openWorkbook(await daySheetWorkbook(sheet));
  expect(String(book.getWorksheet('汇总')!.getCell('A2').value)).toContain('已日结');
  expect(totalOf(book, '现金', '金额')).toBe(countedFen / 100);
  expect(totalOf(book, '现金', '张数')).toBe(pieces.reduce((s, n) => s + n, 0));
  const cash = book.getWorksheet('现金')!;
  const formulas: string[] = [];
  cash.eachRow((row) =>
    row.eachCell((c) => {
      const v = c.value as { formula?: string } | null;
      if (v && typeof v === 'object' && v.formula && /^B\d+\*C\d+$/.test(v.formula)) formulas.push(c.address);
    }),
  );
  expect(formulas).toHaveLength(DENOMINATIONS_FEN.length);
  expect(formulas.map((a) => numberOf(cash.getCell(a)))).toEqual(
    DENOMINATIONS_FEN.map((d, i) => (d * pieces[i]!) / 100),
  );
  for (const t of sumFormulas(book)) expect(t.cached, `${t.sheet}!${t.cell}`).toBeCloseTo(t.rowsSum, 9);
  expect(totalOf(book, '电影票', '差异')).toBe(-1);
  const summary = book.getWorksheet('汇总')!;
  const signatures: string[] = [];
  summary.eachRow((row) => signatures.push(String(row.getCell(2).value)));
  expect(signatures).toEqual(expect.arrayContaining(['王芳', '钱出纳', '李经理']));
  const handover = book.getWorksheet('交接')!;
  expect(handover.getCell('A5').value).toBe('白班');
  expect(handover.getCell('G5').value).toBe('前台柜钥匙少一把');

  const html = daySheetHtml(sheet);
  for (const text of ['已日结', '钱出纳', '前台柜钥匙少一把', '回电 李先生', '¥239.80', '日结盘点']) {
    expect(html).toContain(text);
  }
});

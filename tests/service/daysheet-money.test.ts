import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterEach, expect, test } from 'vitest';
import type { DepositMethod } from '../../shared/domain/vocab';
import { tempDir, testDesk, type TestDesk } from '../support/desk';
import { closeInput, DAY, EVENING, sellADay } from '../support/dayclose';
import { decode, numberOf, openWorkbook } from '../support/daysheet';
import { depositInput, heldUnit } from '../support/holds';
import { doClosingCheck } from '../support/people';
import { countersign } from '../support/tickets';

/**
 * 收款方式 on the day sheet (000:595-597): all money in and out of the desk by method, what the
 * cashier should receive of it and what she did — checked, on the data, the .xlsx and the
 * .xlsx as LibreOffice reads it, against a model of the day written here.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const PRICE = { twoD: 3500, threeD: 4500 };
const METHODS: DepositMethod[] = ['cash', 'wechat', 'alipay', 'card', 'transfer'];
const LABEL: Record<DepositMethod, string> = {
  cash: '现金',
  wechat: '微信',
  alipay: '支付宝',
  card: '刷卡',
  transfer: '转账',
};

/** The day as it happened, method by method; `received` is what reached the cashier. */
const day = {
  tickets: { cash: 2 * PRICE.twoD, wechat: PRICE.twoD, alipay: PRICE.threeD, card: 0, transfer: 0 },
  deposits: { cash: 300_000, wechat: 0, alipay: 0, card: 500_000, transfer: 2_000_000 },
  refunds: { cash: 0, wechat: 0, alipay: 0, card: 500_000, transfer: 0 },
  /** 王芳 counted ¥5 short when she handed her cash in; the WeChat statement is ¥0.50 under (fees). */
  received: { cash: 2 * PRICE.twoD + 300_000 - 500, wechat: PRICE.twoD - 50, alipay: PRICE.threeD, card: 0 },
} as const;
const expectedLines = METHODS.map((m) => {
  const due = day.tickets[m] + day.deposits[m] - (m === 'cash' ? 0 : day.refunds[m]);
  const received = m === 'transfer' ? day.deposits.transfer : day.received[m];
  return {
    method: m,
    ticketsFen: day.tickets[m],
    depositsFen: day.deposits[m],
    refundsFen: day.refunds[m],
    dueFen: due,
    receivedFen: received,
    differenceFen: received - due,
  };
});

async function liveTheDay() {
  desk = await testDesk();
  const types = await sellADay(desk); // 王芳: two 2D for cash
  await desk.ok('tickets.sell', { typeId: types.twoD, count: 1, paymentMethod: 'wechat' });
  await desk.ok('tickets.sell', { typeId: types.threeD, count: 1, paymentMethod: 'alipay' });
  const byTransfer = await heldUnit(desk, '101');
  await desk.ok('holds.deposit', depositInput(desk, byTransfer.id, 2_000_000, 'SJ-101'));
  const inCash = await heldUnit(desk, '102');
  await desk.ok('holds.deposit', {
    ...depositInput(desk, inCash.id, 300_000, 'SJ-102'),
    method: 'cash',
    receivedBy: desk.userId('王芳'),
    receiverSign: countersign(desk, '王芳'),
  });
  const byCard = await heldUnit(desk, '103');
  await desk.ok('holds.deposit', { ...depositInput(desk, byCard.id, 500_000, 'SJ-103'), method: 'card' });
  await desk.ok('holds.cancel', { holdId: byCard.id, refundFen: 500_000, reason: '客户退定' });
  const [refund] = await desk.ok('holds.refunds', { open: true });
  await desk.ok('holds.payRefund', {
    refundId: refund!.id,
    method: 'card',
    reference: 'POS-1',
    countersign: countersign(desk, '钱出纳'),
  });

  desk.clock.set(EVENING);
  await desk.signInAs('王芳');
  // ¥3,065.00 counted of ¥3,070.00: 30 × ¥100, 1 × ¥50, 1 × ¥10, 1 × ¥5
  await desk.ok('dayclose.countCash', {
    businessDate: DAY,
    pieces: { 10000: 30, 5000: 1, 1000: 1, 500: 1 },
    explanation: '少 5 元',
    countersign: countersign(desk, '钱出纳'),
  });
  await desk.ok('dayclose.confirmTakings', {
    businessDate: DAY,
    lines: [
      { method: 'wechat', statementFen: day.received.wechat, explanation: '微信手续费' },
      { method: 'alipay', statementFen: day.received.alipay },
      { method: 'card', statementFen: day.received.card },
      { method: 'transfer', statementFen: day.deposits.transfer },
    ],
    countersign: countersign(desk, '钱出纳'),
  });
  await doClosingCheck(desk, DAY);
  await desk.ok('dayclose.close', {
    ...closeInput(desk, types),
    stock: [
      { typeId: types.twoD, counted: 17 },
      { typeId: types.threeD, counted: 9 },
    ],
  });
  await desk.signInAs('李经理');
}

/** The rows of a table under its header row (first cell `收款方式`), up to its 合计 row. */
function tableAfter(ws: ExcelJS.Worksheet, fromRow: number): { rows: ExcelJS.Row[]; total: ExcelJS.Row } {
  const rows: ExcelJS.Row[] = [];
  let r = fromRow;
  while (ws.getRow(r).getCell(1).value !== '收款方式') r++;
  for (r++; ws.getRow(r).getCell(1).value !== '合计'; r++) rows.push(ws.getRow(r));
  return { rows, total: ws.getRow(r) };
}

const fen = (cell: ExcelJS.Cell) => Math.round(numberOf(cell) * 100);

/** One CSV line's cells: quoted cells may hold commas (¥20,000.00). */
function csvCells(line: string): string[] {
  return [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
    .map((m) => m[1]!.replace(/^"|"$/g, '').replaceAll('""', '"'))
    .slice(0, -1);
}

test('the sheet’s 收款方式 and 汇总: by method, due and received, on the data and in the .xlsx', async () => {
  await liveTheDay();
  const sheet = await desk.ok('exports.daySheet', { date: DAY });
  expect(sheet.money.lines.map(({ explanation: _, ...l }) => l)).toEqual(expectedLines);
  expect(sheet.money.lines.find((l) => l.method === 'cash')!.explanation).toBe('王芳 少 5 元');
  expect(sheet.money.lines.find((l) => l.method === 'wechat')!.explanation).toBe('微信手续费');
  expect(sheet.money.statementsBy).toBe('钱出纳');

  const book = await openWorkbook(decode(await desk.ok('exports.daySheetXlsx', { date: DAY })));
  // 汇总: every method, cash included, and the totals
  const summary = book.getWorksheet('汇总')!;
  let at = 1;
  while (summary.getRow(at).getCell(1).value !== '收付汇总（按收款方式）') at++;
  const all = tableAfter(summary, at);
  expect(
    all.rows.map((r) => [r.getCell(1).value, fen(r.getCell(2)), fen(r.getCell(3)), fen(r.getCell(4))]),
  ).toEqual(expectedLines.map((l) => [LABEL[l.method], l.ticketsFen, l.depositsFen, l.refundsFen]));
  expect(all.rows.map((r) => [fen(r.getCell(5)), fen(r.getCell(6)), fen(r.getCell(7))])).toEqual(
    expectedLines.map((l) => [l.dueFen, l.receivedFen, l.differenceFen]),
  );
  const sum = (pick: (l: (typeof expectedLines)[number]) => number) =>
    expectedLines.reduce((n, l) => n + pick(l), 0);
  expect([5, 6, 7].map((c) => fen(all.total.getCell(c)))).toEqual([
    sum((l) => l.dueFen),
    sum((l) => l.receivedFen),
    sum((l) => l.differenceFen),
  ]);
  // 收款方式: the statements, without cash
  const methods = tableAfter(book.getWorksheet('收款方式')!, 1);
  expect(
    methods.rows.map((r) => [r.getCell(1).value, fen(r.getCell(5)), fen(r.getCell(6)), r.getCell(8).value]),
  ).toEqual(
    expectedLines
      .filter((l) => l.method !== 'cash')
      .map((l) => [LABEL[l.method], l.dueFen, l.receivedFen, l.method === 'wechat' ? '微信手续费' : null]),
  );
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
test.runIf(soffice !== '')(
  'LibreOffice, recalculating the .xlsx, reads the same 收款方式 totals',
  async () => {
    await liveTheDay();
    const file = await desk.ok('exports.daySheetXlsx', { date: DAY });
    const dir = tempDir('sitedesk-soffice-money-');
    const xlsx = path.join(dir, 'sheet.xlsx');
    fs.writeFileSync(xlsx, decode(file));
    fs.mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'profile', 'user', 'registrymodifications.xcu'),
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
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
      ],
      { timeout: 120_000, stdio: 'pipe' },
    );
    const lines = fs.readFileSync(path.join(dir, 'sheet-收款方式.csv'), 'utf8').split('\n').map(csvCells);
    const yuan = (text: string) => Math.round(Number(text.replace(/[¥,"]/g, '')) * 100);
    const others = expectedLines.filter((l) => l.method !== 'cash');
    for (const l of others) {
      const row = lines.find((cells) => cells[0] === LABEL[l.method])!;
      expect([yuan(row[4]!), yuan(row[5]!), yuan(row[6]!)]).toEqual([
        l.dueFen,
        l.receivedFen,
        l.differenceFen,
      ]);
    }
    const total = lines.find((cells) => cells[0] === '合计')!;
    const sum = (pick: (l: (typeof others)[number]) => number) => others.reduce((n, l) => n + pick(l), 0);
    expect([yuan(total[4]!), yuan(total[5]!), yuan(total[6]!)]).toEqual([
      sum((l) => l.dueFen),
      sum((l) => l.receivedFen),
      sum((l) => l.differenceFen),
    ]);
  },
  180_000,
);

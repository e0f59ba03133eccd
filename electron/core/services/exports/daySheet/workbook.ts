import type ExcelJS from 'exceljs';
import { excel } from '../../../excel';
import {
  DENOMINATIONS_FEN,
  XLSX_MIME,
  type DaySheet,
  type ExportFile,
} from '../../../../../shared/contract/exports';
import { peopleDaySheet } from '../../attendance/daySheetXlsx';
import { buildXlsxOffThread } from '../xlsx/offThread';
import { type Cell, MONEY_FORMAT, writeTable } from '../xlsx/table';
import { depositSheet } from './depositSheet';
import { moneySheet, moneyTable } from './moneySheet';
import { callSheet, handoverSheet, holdSheet, keySheet, visitSheet } from './registerSheets';
import { addSheet, FIRST_TABLE_ROW, int, money, subtitle, text, time } from './sheetLayout';
import * as W from './words';

/**
 * The day's reconciliation sheet as an .xlsx (SPEC §8): the summary with the signatures, the
 * ticket and cash figures, then the day's registers (./registerSheets.ts).
 */
function summarySheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '汇总', false);
  const m = s.summary;
  const figures: [string, Cell, 'int' | 'money'][] = [
    ['来访组数', m.visits.total, 'int'],
    ['其中新客', m.visits.new, 'int'],
    ['其中老客', m.visits.returning, 'int'],
    ['来访人数', m.visits.people, 'int'],
    ['来电', m.calls.total, 'int'],
    ['来电邀约到访', m.calls.invited, 'int'],
    ['申请销控', m.holds.requested, 'int'],
    ['批准保留', m.holds.approved, 'int'],
    ['下定', m.holds.deposits, 'int'],
    ['定金金额', m.depositsFen, 'money'],
    ['售出电影票（张，净）', m.ticketsSold, 'int'],
    ['售票金额（净）', m.ticketSalesFen, 'money'],
    ['其中现金', m.ticketCashFen, 'money'],
    ['交出纳现金', m.handedToCashierFen, 'money'],
    ['在外钥匙（日终）', m.keysOut, 'int'],
    ['交接班次数', m.handovers, 'int'],
  ];
  ws.getRow(FIRST_TABLE_ROW).values = ['项目', '数值'];
  ws.getRow(FIRST_TABLE_ROW).font = { bold: true };
  figures.forEach(([label, value, kind], i) => {
    const row = ws.getRow(FIRST_TABLE_ROW + 1 + i);
    row.getCell(1).value = label;
    row.getCell(2).value = kind === 'money' ? (value as number) / 100 : value;
    if (kind === 'money') row.getCell(2).numFmt = MONEY_FORMAT;
  });
  ws.getColumn(1).width = 24;
  ws.getColumn(2).width = 16;
  let r = FIRST_TABLE_ROW + figures.length + 2;
  r = subtitle(ws, r, '签字');
  for (const [role, label] of W.SIGNATURES) {
    const signed = s.close?.signatures[role] ?? null;
    ws.getRow(r).values = [label, signed ?? '＿＿＿＿＿＿＿＿', '日期：＿＿＿＿＿＿'];
    r += 2;
  }
  if (s.fingerprint) {
    // The ledger's fingerprint beside the signatures: a witness of the audit chain (services/audit).
    const asOf = s.fingerprint.asOf === 'close' ? '日结时' : '打印时，本日未日结';
    ws.getRow(r).values = ['台账指纹', s.fingerprint.text, asOf];
    ws.getColumn(2).width = 26;
    r += 2; // the close history below starts under it, never over its label
  }
  ws.getColumn(3).width = 20;
  const history = s.close?.history ?? [];
  if (history.length > 1) {
    r = subtitle(ws, r, '日结记录');
    r = writeTable(
      ws,
      r,
      [{ ...time('时间'), kind: 'datetime', width: 16 }, text('事项'), text('经办人'), text('原因', 24)],
      history.map((e) => [e.at, W.DAY_EVENTS[e.kind], e.by, e.reason]),
    );
  }
  // All money in and out of the desk by method, reconciled to what the cashier received.
  r = subtitle(ws, r, '收付汇总（按收款方式）');
  moneyTable(ws, r, s);
}

function ticketSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '电影票', true);
  const columns = [
    text('票种', 16),
    money('单价', false),
    int('期初'),
    int('入库'),
    int('售出'),
    int('作废'),
    int('退回影院'),
    int('盘点调整'),
    int('期末'),
    money('售票金额'),
    money('其中现金'),
  ];
  const rows = s.tickets.map((l) => [
    l.name,
    l.priceFen,
    l.opening,
    l.received,
    l.sold,
    l.voided,
    l.returned,
    l.adjusted,
    l.closing,
    l.salesFen,
    l.cashSalesFen,
  ]);
  let r = writeTable(ws, FIRST_TABLE_ROW, columns, rows);
  if (s.priceExceptions.length > 0) {
    r = subtitle(ws, r, '不按目录价售票（经理会签）');
    r = writeTable(
      ws,
      r,
      [
        { ...time('时间'), kind: 'datetime', width: 16 },
        text('票种', 16),
        int('张数'),
        money('目录价', false),
        money('实售单价', false),
        money('金额'),
        text('售票人'),
        text('会签经理'),
        text('原因', 24),
      ],
      s.priceExceptions.map((e) => [
        e.at,
        e.typeName,
        e.count,
        e.catalogueFen,
        e.unitPriceFen,
        e.amountFen,
        e.sellerName,
        e.countersignedByName,
        e.reason,
      ]),
    );
  }
  if (s.close) {
    r = subtitle(ws, r, '日结盘点');
    // Counted after later dates had moved the stock (a reopened date): the drawer and those moves.
    const later = s.close.ticketCounts.some((c) => c.afterwards !== 0);
    writeTable(
      ws,
      r,
      [
        text('票种', 16),
        int('账面'),
        int('实盘'),
        int('差异'),
        ...(later ? [int('清点时在库', false), int('此后日期变动', false)] : []),
        text('说明', 24),
      ],
      s.close.ticketCounts.map((c) => [
        c.name,
        c.expected,
        c.counted,
        c.counted - c.expected,
        ...(later ? [c.countedOnHand, c.afterwards] : []),
        c.explanation,
      ]),
    );
  }
}

function cashSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '现金', true);
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      text('持有人'),
      money('期初'),
      money('售票收入'),
      money('作废退款'),
      money('转入'),
      money('转出'),
      money('交出纳'),
      money('盘点差异'),
      money('期末'),
    ],
    s.cash.holders.map((h) => [
      h.name,
      h.openingFen,
      h.salesFen,
      h.voidsFen,
      h.transfersInFen,
      h.transfersOutFen,
      h.toCashierFen,
      h.varianceFen,
      h.closingFen,
    ]),
  );
  if (s.close && s.close.carried.length > 0) {
    // A stand-in's takings kept overnight and handed to the receptionist the next shift (000:605).
    r = subtitle(ws, r, '留存（替班人过夜保管，次日交前台）');
    r = writeTable(
      ws,
      r,
      [text('留存人'), money('金额')],
      s.close.carried.map((c) => [c.name, c.amountFen]),
    );
  }
  r = subtitle(ws, r, '交款记录');
  r = writeTable(
    ws,
    r,
    [
      time('时间'),
      text('类型'),
      text('交出人'),
      text('接收人'),
      money('应交'),
      money('实交'),
      money('差异'),
      text('说明', 24),
    ],
    s.cash.transfers.map((t) => [
      t.at,
      W.TRANSFER_KINDS[t.kind] ?? t.kind,
      t.fromName,
      t.toName,
      t.expectedFen,
      t.amountFen,
      t.varianceFen,
      t.explanation,
    ]),
  );
  if (s.close && s.close.cashCounts.length > 0) {
    r = subtitle(ws, r, '票款清点交出纳');
    r = writeTable(
      ws,
      r,
      [
        time('时间'),
        text('清点人'),
        money('应有现金'),
        money('实点金额'),
        money('差异'),
        money('交出纳'),
        text('出纳'),
        text('说明', 24),
      ],
      s.close.cashCounts.map((c) => [
        c.at,
        c.countedBy,
        c.expectedFen,
        c.countedFen,
        c.varianceFen,
        c.handedFen,
        c.cashierName,
        c.explanation,
      ]),
    );
  }
  r = subtitle(ws, r, '现金清点（按面额）');
  const pieces = new Map((s.close?.cashByDenomination ?? []).map((d) => [d.denominationFen, d.pieces]));
  const first = r + 1;
  r = writeTable(
    ws,
    r,
    [text('面额'), money('面值', false), int('张数'), money('金额')],
    DENOMINATIONS_FEN.map((d) => [W.denominationLabel(d), d, pieces.get(d) ?? 0, d * (pieces.get(d) ?? 0)]),
  );
  // Each amount is face value × pieces, a formula with its cached value like the totals.
  DENOMINATIONS_FEN.forEach((d, i) => {
    const cell = ws.getCell(first + i, 4);
    cell.value = { formula: `B${first + i}*C${first + i}`, result: (d * (pieces.get(d) ?? 0)) / 100 };
  });
  if (s.close) {
    ws.getRow(r).values = [
      '应有现金',
      s.close.expectedCashFen / 100,
      '交出纳',
      s.close.handedToCashierFen / 100,
    ];
    ws.getCell(r, 2).numFmt = MONEY_FORMAT;
    ws.getCell(r, 4).numFmt = MONEY_FORMAT;
  }
}

/** File name as the office files it: 日结_<date>_<project>.xlsx (SPEC §8). */
export function daySheetFileName(s: DaySheet, extension: 'xlsx' | 'pdf'): string {
  const project = s.project.replace(/[\\/:*?"<>|]/g, '_');
  return `日结_${s.businessDate}_${project}.${extension}`;
}

export async function daySheetWorkbook(s: DaySheet): Promise<Buffer> {
  const book = new (await excel()).Workbook();
  book.created = new Date(s.generatedAt);
  book.title = `${W.TITLE} ${s.businessDate}`;
  summarySheet(book, s);
  ticketSheet(book, s);
  cashSheet(book, s);
  visitSheet(book, s);
  callSheet(book, s);
  holdSheet(book, s);
  depositSheet(book, s);
  moneySheet(book, s);
  keySheet(book, s);
  handoverSheet(book, s);
  peopleDaySheet(book, s);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The day sheet's file; the workbook is built on the export worker (../xlsx/offThread.ts). */
export async function daySheetXlsx(s: DaySheet): Promise<ExportFile> {
  const buffer = await buildXlsxOffThread({ kind: 'daySheet', sheet: s });
  return { fileName: daySheetFileName(s, 'xlsx'), mime: XLSX_MIME, base64: buffer.toString('base64') };
}

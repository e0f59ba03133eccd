import type ExcelJS from 'exceljs';
import { excel } from '../../../excel';
import {
  DENOMINATIONS_FEN,
  XLSX_MIME,
  type DaySheet,
  type ExportFile,
} from '../../../../../shared/contract/exports';
import { buildXlsxOffThread } from '../xlsx/offThread';
import { type Cell, type Column, MONEY_FORMAT, writeTable } from '../xlsx/table';
import * as W from './words';

const FIRST_TABLE_ROW = 4;

/** Title rows, A4 page setup, the table header repeated on every printed page, fit to width. */
function addSheet(
  book: ExcelJS.Workbook,
  sheet: DaySheet,
  name: string,
  landscape: boolean,
): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      // '&' starts a header code in Excel: a project called "A&B" is written "A&&B"
      oddHeader: `&L${sheet.project.replace(/&/g, '&&')}&C${W.TITLE} · ${name}&R${sheet.businessDate} ${sheet.closed ? W.CLOSED : W.NOT_CLOSED}`,
      oddFooter: '&C第 &P 页，共 &N 页',
    },
  });
  ws.getCell('A1').value = `${sheet.project} ${W.TITLE} · ${name}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A2').value = `营业日：${sheet.businessDate}  状态：${sheet.closed ? W.CLOSED : W.NOT_CLOSED}`;
  ws.pageSetup.printTitlesRow = `${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW}`;
  return ws;
}

function subtitle(ws: ExcelJS.Worksheet, row: number, text: string): number {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true };
  return row + 1;
}

const text = (header: string, width = 12): Column => ({ header, kind: 'text', width });
const int = (header: string, total = true): Column => ({ header, kind: 'int', width: 8, total });
const money = (header: string, total = true): Column => ({ header, kind: 'money', width: 13, total });
const time = (header: string): Column => ({ header, kind: 'time', width: 8 });

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
  ws.getColumn(3).width = 20;
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
  if (s.close) {
    r = subtitle(ws, r, '日结盘点');
    writeTable(
      ws,
      r,
      [text('票种', 16), int('账面'), int('实盘'), int('差异')],
      s.close.ticketCounts.map((c) => [c.name, c.expected, c.counted, c.counted - c.expected]),
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

function visitSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '来访', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('到访'),
      time('离开'),
      text('客户'),
      text('电话', 13),
      int('人数'),
      text('渠道'),
      text('新/老', 6),
      text('置业顾问'),
      text('分配方式'),
      text('结果'),
    ],
    s.visits.map((v) => [
      v.arrivedAt,
      v.leftAt,
      v.customerName,
      v.phone,
      v.partySize,
      v.channel,
      v.returning ? '老客' : '新客',
      v.consultantName,
      W.CHOSEN_BY[v.chosenBy] ?? v.chosenBy,
      v.outcome === null ? null : (W.OUTCOMES[v.outcome] ?? v.outcome),
    ]),
  );
}

function callSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '来电', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('来电人'),
      text('电话', 13),
      text('渠道'),
      text('新/老', 6),
      text('接听人'),
      text('事由', 24),
      text('邀约日期'),
    ],
    s.calls.map((c) => [
      c.at,
      c.callerName,
      c.phone,
      c.channel,
      c.returning ? '老客' : '新客',
      c.answeredBy,
      c.topic,
      c.invitedFor,
    ]),
    { withTotal: true },
  );
}

function holdSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '销控', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('房源', 14),
      text('事项'),
      text('操作人'),
      text('置业顾问'),
      text('客户'),
      text('电话', 13),
      money('金额'),
      text('收据号'),
      text('原因', 20),
    ],
    s.holdEvents.map((e) => [
      e.at,
      e.unitLabel,
      W.HOLD_KINDS[e.kind] ?? e.kind,
      e.actorName ?? W.SYSTEM,
      e.consultantName,
      e.customerName,
      e.phone,
      e.amountFen,
      e.receiptNo,
      e.reason,
    ]),
  );
}

function keySheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '钥匙', true);
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      time('时间'),
      text('编号', 8),
      text('钥匙', 16),
      int('第几把', false),
      text('动作'),
      text('持有人'),
      text('经办人'),
      text('用途', 16),
      text('原因', 16),
    ],
    s.keys.movements.map((m) => [
      m.at,
      m.tag,
      m.keyName,
      m.copyNo,
      W.KEY_KINDS[m.kind] ?? m.kind,
      m.holderName,
      m.byName,
      m.purpose,
      m.reason,
    ]),
    { withTotal: true },
  );
  r = subtitle(ws, r, '日终在外钥匙');
  writeTable(
    ws,
    r,
    [
      text('编号', 8),
      text('钥匙', 16),
      int('第几把', false),
      text('持有人'),
      { ...time('借出'), kind: 'datetime', width: 16 },
      text('过夜原因', 24),
    ],
    s.keys.out.map((k) => [k.tag, k.keyName, k.copyNo, k.holderName, k.since, k.overnightReason]),
    { withTotal: true },
  );
}

function handoverSheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '交接', true);
  writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      text('班次'),
      text('交班人'),
      text('接班人'),
      time('交接时间'),
      time('确认时间'),
      text('已确认', 8),
      text('差异', 24),
      text('未完成工作', 24),
    ],
    s.handovers.map((h) => [
      h.shift,
      h.fromName,
      h.toName,
      h.startedAt,
      h.acknowledgedAt,
      h.acknowledged ? '是' : '否',
      h.differences.join('；') || null,
      h.openTasks.join('；') || null,
    ]),
    { withTotal: true },
  );
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
  keySheet(book, s);
  handoverSheet(book, s);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The day sheet's file; the workbook is built on the export worker (../xlsx/offThread.ts). */
export async function daySheetXlsx(s: DaySheet): Promise<ExportFile> {
  const buffer = await buildXlsxOffThread({ kind: 'daySheet', sheet: s });
  return { fileName: daySheetFileName(s, 'xlsx'), mime: XLSX_MIME, base64: buffer.toString('base64') };
}

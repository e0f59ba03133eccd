import ExcelJS from 'exceljs';
import type { DaySheet, ExportFile } from '../../shared/contract/exports';
import type { TestDesk } from './desk';
import { unitByRoom } from './holds';
import { countersign, demoTypes } from './tickets';
import { setTodaysOrder, walkIn } from './visits';

/**
 * One realistic day at the desk, driven through the router, and the figures an auditor would
 * work out by hand from what was done (not from the app's answers).
 */
export const DAY = '2026-11-23';

export const EXPECTED = {
  visits: 3,
  newVisits: 2,
  people: 2 + 1 + 3,
  calls: 2,
  invited: 1,
  // 2D: 50 in; sold 4 cash + 1 wechat + 1 cash (voided) by 王芳, 3 cash by 刘敏. 3D: 20 in, 2 by card.
  ticketsSold: 4 + 1 + 1 - 1 + 3 + 2,
  salesFen: (4 + 1 + 1 - 1 + 3) * 3500 + 2 * 4500,
  cashFen: (4 + 1 - 1 + 3) * 3500,
  toCashierFen: 4 * 3500, // 王芳's own cash, counted right; 刘敏 keeps hers for the next shift
  closing2D: 50 - 4 - 1 - 1 + 1 - 3,
  closing3D: 20 - 2,
  depositsFen: 5_000_000,
  keysOut: 1,
} as const;

export async function driveDay(desk: TestDesk): Promise<void> {
  const { twoD, threeD } = await demoTypes(desk);
  await desk.signInAs('王芳');
  await setTodaysOrder(desk);
  await walkIn(desk, { name: '李先生', phone: '13812345678', partySize: 2, channel: '朋友介绍' });
  await walkIn(desk, { name: '赵女士', phone: '13900001111', partySize: 1 });
  // returning, and he names his consultant (004:241: one who cannot is received as new)
  await walkIn(desk, {
    name: '李先生',
    phone: '13812345678',
    partySize: 3,
    channel: '朋友介绍',
    named: '张伟',
  });
  await desk.ok('calls.record', { callerName: '钱先生', phone: '13700002222', channel: '网络/新媒体' });
  await desk.ok('calls.record', {
    callerName: '孙女士',
    channel: '户外广告',
    invitedFor: '2026-11-25',
  });

  await desk.ok('tickets.receive', { typeId: twoD, count: 50, batch: 'B1' });
  await desk.ok('tickets.receive', { typeId: threeD, count: 20, batch: 'B1' });
  await desk.ok('tickets.sell', { typeId: twoD, count: 4, paymentMethod: 'cash' });
  await desk.ok('tickets.sell', { typeId: twoD, count: 1, paymentMethod: 'wechat' });
  await desk.ok('tickets.sell', { typeId: threeD, count: 2, paymentMethod: 'card' });
  const small = await desk.ok('tickets.sell', {
    typeId: twoD,
    count: 1,
    paymentMethod: 'cash',
  });
  await desk.ok('tickets.voidSale', { saleId: small.id, reason: '按错张数' });
  desk.clock.advance(3600_000);
  await desk.signInAs('刘敏');
  await desk.ok('tickets.sell', { typeId: twoD, count: 3, paymentMethod: 'cash' });

  await desk.signInAs('王芳');
  await desk.ok('keys.issue', {
    tag: 'YBA',
    holder: { kind: 'staff', userId: desk.userId('张伟') },
    purpose: '带客看房',
  });

  const unit = await unitByRoom(desk, '301');
  await desk.signInAs('张伟');
  const hold = await desk.ok('holds.request', {
    unitId: unit.id,
    customerName: '李先生',
    customerPhone: '13812345678',
  });
  await desk.signInAs('李经理');
  await desk.ok('holds.approve', { holdId: hold.id });
  await desk.ok('holds.deposit', {
    holdId: hold.id,
    amountFen: 5_000_000,
    method: 'transfer', // not cash: the desk's cash figures stay the tickets'
    receiptNo: 'SJ-0001',
    agreementNo: 'DG-0001',
    receivedBy: desk.userId('李经理'),
  });

  desk.clock.advance(6 * 3600_000); // 16:00
  await desk.signInAs('王芳');
  await desk.ok('cash.handToCashier', { countedFen: 4 * 3500, countersign: countersign(desk, '钱出纳') });
}

export function decode(file: ExportFile): Buffer {
  return Buffer.from(file.base64, 'base64');
}

export async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  return book;
}

/** The number a cell shows: a value, or the cached result of its formula. */
export function numberOf(cell: ExcelJS.Cell): number {
  const v = cell.value;
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'result' in v) return Number(v.result ?? 0);
  return 0;
}

export interface TotalCheck {
  sheet: string;
  cell: string;
  formula: string;
  cached: number;
  rowsSum: number;
}

/** Every SUM formula of the workbook, its cached result and the sum of the cells it covers. */
export function sumFormulas(book: ExcelJS.Workbook): TotalCheck[] {
  const found: TotalCheck[] = [];
  book.eachSheet((ws) => {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value;
        if (!v || typeof v !== 'object' || !('formula' in v) || typeof v.formula !== 'string') return;
        const formula = v.formula;
        const m = /^SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)$/.exec(formula);
        if (!m) return;
        let rowsSum = 0;
        for (let r = Number(m[2]); r <= Number(m[4]); r++) rowsSum += numberOf(ws.getCell(`${m[1]}${r}`));
        found.push({
          sheet: ws.name,
          cell: cell.address,
          formula,
          cached: numberOf(cell),
          rowsSum,
        });
      }),
    );
  });
  return found;
}

/** The cached total of a column on a sheet's first 合计 row, by header text. */
export function totalOf(book: ExcelJS.Workbook, sheet: string, header: string, nth = 0): number {
  const ws = book.getWorksheet(sheet)!;
  let headerRow = 0;
  let column = 0;
  let seen = 0;
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.value === header && headerRow === 0) {
        if (seen++ === nth) {
          headerRow = r;
          column = c;
        }
      }
    }),
  );
  if (!headerRow) throw new Error(`no column ${header} on ${sheet}`);
  for (let r = headerRow + 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).value === '合计') return numberOf(ws.getCell(r, column));
  }
  throw new Error(`no total under ${header} on ${sheet}`);
}

export type { DaySheet };

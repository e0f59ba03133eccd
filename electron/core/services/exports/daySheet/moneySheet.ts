import type ExcelJS from 'exceljs';
import type { DaySheet } from '../../../../../shared/contract/exports';
import { DEPOSIT_METHOD_LABELS, labelsIn } from '../../../../../shared/domain/vocab';
import { writeTable } from '../xlsx/table';
import { addSheet, FIRST_TABLE_ROW, money, subtitle, text } from './sheetLayout';

const METHODS = labelsIn(DEPOSIT_METHOD_LABELS, 'zh-CN');

/**
 * The day's money by method, reconciled to what the cashier received (000:595-597): on the
 * 汇总 (all money in and out of the desk) and on its own 收款方式 sheet (each statement beside
 * the ledger). What each figure means: shared/contract/exports.ts (sheetMoneyLineSchema).
 */
export function moneyTable(ws: ExcelJS.Worksheet, row: number, s: DaySheet): number {
  return writeTable(
    ws,
    row,
    [
      text('收款方式', 10),
      money('电影票'),
      money('定金'),
      money('退定支出'),
      money('应交出纳'),
      money('出纳实收'),
      money('差额'),
      text('说明', 28),
    ],
    s.money.lines.map(methodRow),
    { withTotal: true },
  );
}

/** One method's line, the same columns in the 汇总's table and on the 收款方式 sheet. */
function methodRow(l: DaySheet['money']['lines'][number]) {
  return [
    METHODS[l.method],
    l.ticketsFen,
    l.depositsFen,
    l.refundsFen,
    l.dueFen,
    l.receivedFen,
    l.differenceFen,
    l.explanation,
  ];
}

/** 收款方式: the non-cash methods, ledger against the cashier's statements. */
export function moneySheet(book: ExcelJS.Workbook, s: DaySheet): void {
  const ws = addSheet(book, s, '收款方式', true);
  let r = writeTable(
    ws,
    FIRST_TABLE_ROW,
    [
      text('收款方式', 10),
      money('电影票'),
      money('定金'),
      money('退定支出'),
      money('账面'),
      money('对账单'),
      money('差额'),
      text('说明', 28),
    ],
    s.money.lines.filter((l) => l.method !== 'cash').map(methodRow),
    { withTotal: true },
  );
  r = subtitle(ws, r, '出纳核对');
  ws.getRow(r).values = ['出纳', s.money.statementsBy ?? '未核对'];
}

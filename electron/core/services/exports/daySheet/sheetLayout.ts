import type ExcelJS from 'exceljs';
import type { DaySheet } from '../../../../../shared/contract/exports';
import type { Column } from '../xlsx/table';
import * as W from './words';

/**
 * How a sheet of the day's workbook is laid out for printing: an A4 page with the project, the
 * date and the close state in its title rows and header, the table header repeated on each page.
 */
/** The row of each sheet's first table: below the title, the date line and a blank row. */
export const FIRST_TABLE_ROW = 4;

/** Closed or not, and whether it was closed again after a reopening (or reopened and left open). */
function statusOf(sheet: DaySheet): string {
  const last = sheet.close?.history.at(-1);
  if (sheet.closed) return sheet.close?.reclosed ? `${W.CLOSED}（${W.RECLOSED}）` : W.CLOSED;
  return last?.kind === 'reopened' ? `${W.NOT_CLOSED}（${W.REOPENED_OPEN}）` : W.NOT_CLOSED;
}

/** Title rows, A4 page setup, the table header repeated on every printed page, fit to width. */
export function addSheet(
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
  ws.getCell('A2').value = `营业日：${sheet.businessDate}  状态：${statusOf(sheet)}`;
  ws.pageSetup.printTitlesRow = `${FIRST_TABLE_ROW}:${FIRST_TABLE_ROW}`;
  return ws;
}

/** A bold line over the next table of the sheet; answers the row below it. */
export function subtitle(ws: ExcelJS.Worksheet, row: number, text: string): number {
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true };
  return row + 1;
}

/** The column kinds of the sheet's tables, with their usual widths. */
export const text = (header: string, width = 12): Column => ({ header, kind: 'text', width });
export const int = (header: string, total = true): Column => ({ header, kind: 'int', width: 8, total });
export const money = (header: string, total = true): Column => ({ header, kind: 'money', width: 13, total });
export const time = (header: string): Column => ({ header, kind: 'time', width: 8 });

import type ExcelJS from 'exceljs';

/**
 * The table writer of the day's sheet: header row, data rows, and a 合计 row whose totals are
 * SUM formulas carrying their cached result, so a reader that does not recalculate (a viewer, a
 * script) and one that does (Excel, LibreOffice) show the same figure. Money arrives as integer
 * fen: the cell holds yuan (fen / 100, the nearest double) and the cached total is the exact fen
 * sum divided once, never a sum of doubles.
 */

export const MONEY_FORMAT = '¥#,##0.00';
const TIME_FORMAT = 'hh:mm';
const DATETIME_FORMAT = 'yyyy-mm-dd hh:mm';

export type ColumnKind = 'text' | 'int' | 'money' | 'time' | 'datetime';

export interface Column {
  header: string;
  kind: ColumnKind;
  width: number;
  /** Summed on the 合计 row. */
  total?: boolean;
}

export type Cell = string | number | null;

/**
 * Excel has no time zones: a cell shows the wall-clock time it holds. The desk reads local
 * time, so the instant is shifted to a Date whose UTC fields are the local ones.
 */
function localCellDate(iso: string): Date {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
}

function cellValue(kind: ColumnKind, value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'money') return (value as number) / 100;
  if (kind === 'time' || kind === 'datetime') return localCellDate(value as string);
  return value;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export const TOTAL_LABEL = '合计';

/**
 * Writes a table from `startRow`; returns the next free row (one blank row after the table).
 * `withTotal` adds the 合计 row even when no column is summed, counting the rows in column B.
 */
export function writeTable(
  sheet: ExcelJS.Worksheet,
  startRow: number,
  columns: Column[],
  rows: Cell[][],
  options: { withTotal?: boolean } = {},
): number {
  const header = sheet.getRow(startRow);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } };
    cell.border = { bottom: { style: 'thin' } };
    const width = sheet.getColumn(i + 1).width ?? 0;
    if (width < c.width) sheet.getColumn(i + 1).width = c.width;
  });
  let r = startRow + 1;
  for (const values of rows) {
    const row = sheet.getRow(r++);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = cellValue(c.kind, values[i] ?? null);
      if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
      if (c.kind === 'time') cell.numFmt = TIME_FORMAT;
      if (c.kind === 'datetime') cell.numFmt = DATETIME_FORMAT;
    });
  }
  // An empty table keeps one blank data row, so its totals still sum a range of their own.
  if (rows.length === 0) r++;
  const anyTotal = columns.some((c) => c.total);
  if (anyTotal || options.withTotal) {
    const totalRow = sheet.getRow(r++);
    totalRow.getCell(1).value = TOTAL_LABEL;
    totalRow.font = { bold: true };
    const first = startRow + 1;
    const last = startRow + Math.max(rows.length, 1);
    columns.forEach((c, i) => {
      if (!c.total) return;
      const exact = rows.reduce((s, v) => s + ((v[i] as number | null) ?? 0), 0);
      const letter = columnLetter(i + 1);
      const cell = totalRow.getCell(i + 1);
      cell.value = {
        formula: `SUM(${letter}${first}:${letter}${last})`,
        result: c.kind === 'money' ? exact / 100 : exact,
      };
      if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
      cell.border = { top: { style: 'thin' } };
    });
    if (!anyTotal) totalRow.getCell(2).value = rows.length;
  }
  return r + 1;
}

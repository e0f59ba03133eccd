import { excel } from '../../../excel';
import { writeTable, type Cell, type Column } from './table';

/**
 * A report workbook as plain data (so the export worker can build it): sheets of titled tables
 * stacked one under another, each written by the day sheet's table writer (a bold header, a 合计
 * row of SUM formulas with their results where asked). A column may hold fractions shown as
 * percentages.
 */
export interface TablesBook {
  created?: Date;
  sheets: TablesSheet[];
}

export interface TablesSheet {
  name: string;
  title: string;
  subtitle?: string;
  /** The printed page's header: left, centre, right. */
  pageHeader?: [string, string, string];
  landscape?: boolean;
  blocks: TableBlock[];
}

export interface TableBlock {
  heading?: string;
  columns: (Column & { percent?: boolean })[];
  rows: Cell[][];
  withTotal?: boolean;
}

const PERCENT_FORMAT = '0.0%';
const FIRST_ROW = 4;

export async function writeTablesBook(spec: TablesBook): Promise<Buffer> {
  const book = new (await excel()).Workbook();
  if (spec.created) book.created = spec.created;
  for (const s of spec.sheets) {
    const ws = book.addWorksheet(s.name, {
      pageSetup: {
        paperSize: 9,
        orientation: s.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      },
      ...(s.pageHeader
        ? { headerFooter: { oddHeader: `&L${s.pageHeader[0]}&C${s.pageHeader[1]}&R${s.pageHeader[2]}` } }
        : {}),
    });
    ws.getCell('A1').value = s.title;
    ws.getCell('A1').font = { bold: true, size: 14 };
    if (s.subtitle) ws.getCell('A2').value = s.subtitle;
    let row = FIRST_ROW;
    for (const block of s.blocks) {
      if (block.heading) {
        ws.getCell(row, 1).value = block.heading;
        ws.getCell(row, 1).font = { bold: true };
        row++;
      }
      const start = row;
      row = writeTable(ws, start, block.columns, block.rows, { withTotal: block.withTotal ?? false });
      block.columns.forEach((c, i) => {
        if (!c.percent) return;
        for (let r = 0; r < block.rows.length; r++) ws.getCell(start + 1 + r, i + 1).numFmt = PERCENT_FORMAT;
      });
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

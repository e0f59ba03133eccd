import type ExcelJS from 'exceljs';
import { excel } from '../../excel';
import { AppError } from '../../../../shared/domain/errors';

/** A spreadsheet as rows of cell texts; `rows[0]` is the header (spreadsheet row 1). */
export type SheetRows = string[][];

/**
 * Reads an uploaded unit list. CSV is parsed here (quotes, CRLF, BOM) rather than through a
 * streaming reader; Excel in China saves CSV as GBK, so text that is not UTF-8 is read as GBK.
 */
export async function readSheet(
  fileName: string,
  content: Buffer,
): Promise<{ format: 'csv' | 'xlsx'; rows: SheetRows }> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.csv')) return { format: 'csv', rows: parseCsv(decodeText(content)) };
  if (lower.endsWith('.xlsx')) return { format: 'xlsx', rows: await readXlsx(content) };
  throw new AppError('IMPORT_BAD_FILE', { reason: '.csv / .xlsx' });
}

function decodeText(content: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(content);
  }
}

export function parseCsv(text: string): SheetRows {
  const rows: SheetRows = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (quoted) throw new AppError('IMPORT_BAD_FILE', { reason: 'unterminated quote' });
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

async function readXlsx(content: Buffer): Promise<SheetRows> {
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch (error) {
    throw new AppError('IMPORT_BAD_FILE', { reason: error instanceof Error ? error.message : 'xlsx' });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('IMPORT_BAD_FILE', { reason: 'no worksheet' });
  const rows: SheetRows = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('result' in value) return cellText(value.result);
  if ('text' in value) return String(value.text);
  return '';
}

import { PassThrough } from 'node:stream';
import { excel } from '../../../excel';

/** One sheet of an export: a bold header row, then the rows, oldest first. */
export interface SheetSpec {
  name: string;
  header: readonly string[];
  rows: readonly unknown[][];
  /** Column widths in characters, by position. */
  widths?: readonly number[];
  /** Number formats by 1-based column (dates, money). */
  numFmts?: Readonly<Record<number, string>>;
  frozenHeader?: boolean;
  autoFilter?: boolean;
  created?: Date;
}

/** Rows serialised between two yields to the event loop. */
const ROWS_PER_SLICE = 200;

/**
 * Writes an .xlsx without holding the main process's event loop: the streaming
 * writer serialises each row as it is committed and zips on the libuv thread pool, and every
 * few hundred rows the loop is let go, so a five-year register never freezes the UI's calls.
 */
export async function writeSheet(spec: SheetSpec): Promise<Buffer> {
  return writeSheets([spec]);
}

/** A workbook of several such sheets, in order (the first one's `created` dates the file). */
export async function writeSheets(specs: readonly SheetSpec[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const book = new (await excel()).stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  if (specs[0]?.created) book.created = specs[0].created;
  for (const spec of specs) await addSheet(book, spec);
  await book.commit();
  await done;
  return Buffer.concat(chunks);
}

type BookWriter = InstanceType<Awaited<ReturnType<typeof excel>>['stream']['xlsx']['WorkbookWriter']>;

async function addSheet(book: BookWriter, spec: SheetSpec): Promise<void> {
  const sheet = book.addWorksheet(spec.name, {
    views: spec.frozenHeader ? [{ state: 'frozen', ySplit: 1 }] : [],
  });
  sheet.columns = spec.header.map((_, i) => ({
    width: spec.widths?.[i] ?? 14,
    ...(spec.numFmts?.[i + 1] ? { style: { numFmt: spec.numFmts[i + 1] } } : {}),
  }));
  if (spec.autoFilter) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: spec.header.length } };
  }
  const head = sheet.addRow([...spec.header]);
  head.font = { bold: true };
  head.commit();
  for (let i = 0; i < spec.rows.length; i++) {
    sheet.addRow(spec.rows[i]!).commit();
    if ((i + 1) % ROWS_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  sheet.commit();
}

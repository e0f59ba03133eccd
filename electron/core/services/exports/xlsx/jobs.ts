import type { DaySheet } from '../../../../../shared/contract/exports';
import { daySheetWorkbook } from '../daySheet/workbook';
import { writeSheet, type SheetSpec } from './sheet';
import { writeTablesBook, type TablesBook } from './tables';

/**
 * An .xlsx to build, as plain data (rows, the day sheet's figures) so it can be handed to the
 * export worker by structured clone: the ledger is read on the main thread, the file is made
 * off it (worker.ts).
 */
export type XlsxJob =
  | { kind: 'sheet'; spec: SheetSpec }
  | { kind: 'daySheet'; sheet: DaySheet }
  | { kind: 'tables'; book: TablesBook };

export async function buildXlsx(job: XlsxJob): Promise<Buffer> {
  if (job.kind === 'sheet') return writeSheet(job.spec);
  if (job.kind === 'tables') return writeTablesBook(job.book);
  return daySheetWorkbook(job.sheet);
}

import type { DaySheet } from '../../../../../shared/contract/exports';
import { daySheetWorkbook } from '../daySheet/workbook';
import { writeSheet, type SheetSpec } from './sheet';

/**
 * An .xlsx to build, as plain data (rows, the day sheet's figures) so it can be handed to the
 * export worker by structured clone: the ledger is read on the main thread, the file is made
 * off it (worker.ts).
 */
export type XlsxJob = { kind: 'sheet'; spec: SheetSpec } | { kind: 'daySheet'; sheet: DaySheet };

export async function buildXlsx(job: XlsxJob): Promise<Buffer> {
  return job.kind === 'sheet' ? writeSheet(job.spec) : daySheetWorkbook(job.sheet);
}

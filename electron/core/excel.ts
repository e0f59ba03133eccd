import type ExcelJS from 'exceljs';

let loaded: Promise<typeof ExcelJS> | null = null;

/**
 * exceljs, loaded on first use. The main process builds its .xlsx files on the export worker
 * (the exports service's xlsx/offThread.ts), so it needs exceljs only to read an imported units
 * file or when no worker runs; loading it at start-up held ~28 MB of a desk that may never use it
 * there.
 */
export function excel(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then(
    (m) => (m as unknown as { default?: typeof ExcelJS }).default ?? (m as unknown as typeof ExcelJS),
  );
  return loaded;
}

import fs from 'node:fs';
import path from 'node:path';
import type { DaySheet, ExportFile } from '../../../shared/contract/exports';
import { isBusinessDate } from '../../../shared/domain/businessDate';
import { openDesk } from '../../core/desk';
import { cliKeyStore } from './verify';
import { ledgerFile } from '../../core/maintenance';
import { daySheetHtml } from '../../../shared/print/daysheet/staticHtml';
import { chromiumPath, htmlToPdf } from './pdf';

type Out = (line: string) => void;

/**
 * `export-day --date D --out FILE.xlsx [--pdf FILE.pdf]`: the day's sheet through the same
 * contract calls as the app (run as the system, no sign-in), the PDF printed by Chromium from the
 * app's own print page. Nothing is written to the ledger.
 */
export async function exportDay(
  dataDir: string,
  values: Record<string, string | boolean | string[] | undefined>,
  out: Out,
  err: Out,
): Promise<number> {
  const date = values.date as string | undefined;
  const xlsxFile = values.out as string | undefined;
  const pdfFile = values.pdf as string | undefined;
  if (!date || !isBusinessDate(date) || (!xlsxFile && !pdfFile)) {
    err('export-day needs --date YYYY-MM-DD and --out FILE.xlsx and/or --pdf FILE.pdf');
    return 2;
  }
  if (!fs.existsSync(ledgerFile(dataDir))) {
    err(`no ledger at ${ledgerFile(dataDir)}`);
    return 1;
  }
  const desk = await openDesk({ dataDir, keyStore: cliKeyStore(values.key as string | undefined) });
  try {
    const call = async <T>(channel: string): Promise<T | null> => {
      const res = await desk.router.call(channel, { date }, { system: true });
      if (res.ok) return res.data as T;
      err(`${res.error.message}`);
      return null;
    };
    if (xlsxFile) {
      const file = await call<ExportFile>('exports.daySheetXlsx');
      if (!file) return 1;
      fs.writeFileSync(path.resolve(xlsxFile), Buffer.from(file.base64, 'base64'));
      out(`SiteDesk export-day: ${path.resolve(xlsxFile)} (${file.fileName})`);
    }
    if (pdfFile) {
      const sheet = await call<DaySheet>('exports.daySheet');
      if (!sheet) return 1;
      const pdf = await htmlToPdf(daySheetHtml(sheet), chromiumPath(values.chromium as string | undefined));
      fs.writeFileSync(path.resolve(pdfFile), pdf);
      out(`SiteDesk export-day: ${path.resolve(pdfFile)} (A4 PDF)`);
    }
    return 0;
  } finally {
    await desk.close();
  }
}

import type { PdfSaveResult } from '../../shared/contract/bridge';

/**
 * In the app, the page now shown is printed to a PDF by the main process and saved where the
 * person chooses; in the web host there is no bridge and the browser's print dialog does it.
 */
export function pdfSaver(): ((fileName: string) => Promise<PdfSaveResult>) | null {
  const bridge = typeof window !== 'undefined' ? window.sitedesk : undefined;
  return bridge?.savePdf ? (fileName) => bridge.savePdf(fileName) : null;
}

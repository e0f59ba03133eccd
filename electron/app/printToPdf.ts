import type { WebContents } from 'electron';
import { IPC_PDF_CHANNEL, type PdfSaveResult } from '../../shared/contract/bridge';
import { isTrustedCaller, type RpcInvokeEvent, type RpcOptions } from './ipc';

/**
 * The day sheet's and a handover's PDF in the app: the renderer shows the print page, and its
 * window prints itself on A4 with the page's own @page / @media print rules — the same Chromium
 * output the CLI and the web host produce.
 */
export async function printPageToPdf(contents: Pick<WebContents, 'printToPDF'>): Promise<Buffer> {
  return contents.printToPDF({
    pageSize: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
  });
}

/** A name the save dialog can offer: no folders, no characters Windows refuses, ending in .pdf. */
export function pdfFileName(suggested: unknown): string {
  // Both separators: the name comes from the page, and the app also runs on Windows.
  const last =
    String(suggested ?? '')
      .split(/[\\/]/)
      .pop() ?? '';
  const base = [...last]
    .map((ch) => (ch < ' ' || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('')
    .trim();
  const name = base.replace(/\.pdf$/i, '') || 'SiteDesk';
  return `${name.slice(0, 120)}.pdf`;
}

export interface PdfSavingDeps {
  /** Asks where to save (the native save dialog); undefined when cancelled. */
  chooseFile(contents: WebContents, defaultName: string): Promise<string | undefined>;
  writeFile(file: string, data: Buffer): Promise<void>;
}

export interface PdfIpcMain {
  handle(
    channel: string,
    listener: (event: RpcInvokeEvent & { sender: WebContents }, ...args: unknown[]) => Promise<PdfSaveResult>,
  ): void;
  removeHandler(channel: string): void;
}

/** Answers savePdf from the main window only (the same sender check as the RPC channel). */
export function registerPdfSaving(
  ipcMain: PdfIpcMain,
  deps: PdfSavingDeps,
  options: RpcOptions = {},
): () => void {
  ipcMain.handle(IPC_PDF_CHANNEL, async (event, suggested) => {
    if (!isTrustedCaller(event, options)) return { saved: false };
    const file = await deps.chooseFile(event.sender, pdfFileName(suggested));
    if (!file) return { saved: false };
    await deps.writeFile(file, await printPageToPdf(event.sender));
    return { saved: true };
  });
  return () => ipcMain.removeHandler(IPC_PDF_CHANNEL);
}

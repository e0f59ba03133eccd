import type { Locale } from '../domain/errors';
import type { Envelope } from './envelope';

/**
 * What the Electron preload exposes on `window.sitedesk`. The web host has no bridge: the
 * renderer then posts to `/rpc/<channel>` instead. Either way the answer is the same envelope.
 */
export interface SiteDeskBridge {
  invoke(channel: string, input: unknown, locale?: Locale): Promise<Envelope>;
  /**
   * Only in the app: prints the page now shown (its print styles, A4) to a PDF and asks where to
   * save it, offering `fileName`. In the web host the browser's own print dialog does this.
   */
  savePdf(fileName: string): Promise<PdfSaveResult>;
}

/** Whether the person saved the PDF (false when they cancelled the save dialog). */
export interface PdfSaveResult {
  saved: boolean;
}

/** The IPC channel for savePdf: no data crosses it but the suggested file name. */
export const IPC_PDF_CHANNEL = 'sitedesk:save-pdf';

/** The single IPC channel the preload and the main process share. */
export const IPC_RPC_CHANNEL = 'sitedesk:rpc';
/** The custom scheme the app is served from instead of file:// (Electron security checklist). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sitedesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

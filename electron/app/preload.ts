import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/contract/envelope';
import type { Locale } from '../../shared/domain/errors';
import {
  IPC_PDF_CHANNEL,
  IPC_RPC_CHANNEL,
  type PdfSaveResult,
  type SiteDeskBridge,
} from '../../shared/contract/bridge';

/**
 * The whole surface the page gets. Each call forwards plain arguments and returns the answer;
 * neither `ipcRenderer` nor an IPC event ever crosses into the page, so it cannot listen on or
 * send to any other channel. Sandboxed preloads may only require('electron'): the build bundles
 * the shared constants in. The page can make calls and save what it shows as a PDF; nothing else.
 */
const bridge: SiteDeskBridge = Object.freeze({
  invoke: (channel: string, input: unknown, locale?: Locale) =>
    ipcRenderer.invoke(IPC_RPC_CHANNEL, channel, input, locale) as Promise<Envelope>,
  savePdf: (fileName: string) =>
    ipcRenderer.invoke(IPC_PDF_CHANNEL, String(fileName)) as Promise<PdfSaveResult>,
});

contextBridge.exposeInMainWorld('sitedesk', bridge);

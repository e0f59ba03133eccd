import { contextBridge, ipcRenderer } from 'electron';
import type { Envelope } from '../../shared/contract/envelope';
import type { Locale } from '../../shared/domain/errors';
import { IPC_RPC_CHANNEL, type SiteDeskBridge } from '../../shared/contract/bridge';

/**
 * The whole surface the page gets. Each call forwards plain arguments and returns the answer;
 * neither `ipcRenderer` nor an IPC event ever crosses into the page, so it cannot listen on or
 * send to any other channel. Sandboxed preloads may only require('electron'): the build bundles
 * the shared constants in.
 */
const bridge: SiteDeskBridge = Object.freeze({
  invoke: (channel: string, input: unknown, locale?: Locale) =>
    ipcRenderer.invoke(IPC_RPC_CHANNEL, channel, input, locale) as Promise<Envelope>,
});

contextBridge.exposeInMainWorld('sitedesk', bridge);

import { describe, expect, it, vi } from 'vitest';
import type { SiteDeskBridge } from '../../shared/contract/bridge';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

await import('../../electron/app/preload');

const exposed = electron.contextBridge.exposeInMainWorld.mock.calls;

function bridge(): SiteDeskBridge {
  return exposed[0]?.[1] as SiteDeskBridge;
}

describe('preload', () => {
  it('exposes exactly one global, window.sitedesk', () => {
    expect(exposed).toHaveLength(1);
    expect(exposed[0]?.[0]).toBe('sitedesk');
  });

  it('exposes exactly invoke and savePdf, and nothing that reaches ipcRenderer itself', () => {
    expect(Object.keys(bridge())).toEqual(['invoke', 'savePdf']);
    expect(typeof bridge().invoke).toBe('function');
    expect(Object.values(bridge())).not.toContain(electron.ipcRenderer);
  });

  it('cannot be altered by the page after exposure', () => {
    expect(Object.isFrozen(bridge())).toBe(true);
  });

  it('forwards to the one RPC channel and returns the main process envelope', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, data: 7 });
    const answer = await bridge().invoke('auth.roster', { x: 1 }, 'en');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('sitedesk:rpc', 'auth.roster', { x: 1 }, 'en');
    expect(answer).toEqual({ ok: true, data: 7 });
  });

  it('savePdf sends only the suggested file name, as a string, on its own channel', async () => {
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ saved: true });
    expect(await bridge().savePdf('日结_2026-11-23_魅力晶都.pdf')).toEqual({ saved: true });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(
      'sitedesk:save-pdf',
      '日结_2026-11-23_魅力晶都.pdf',
    );
  });
});

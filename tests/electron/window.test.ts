import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { START_URL, createMainWindow, focusWindow } = await import('../../electron/app/window');

/** The options the window was really constructed with (the fake records them). */
function mainWindowOptions(preloadPath: string): {
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
} {
  const window = createMainWindow(preloadPath) as unknown as { options: Record<string, unknown> };
  return window.options;
}

beforeEach(() => electron.reset());

describe('main window webPreferences', () => {
  const prefs = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences ?? {};

  it('isolates the page from Node and from the preload', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web security model on', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads only the bundled preload', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });
});

describe('main window', () => {
  it('has the desk size, a minimum size and the product title', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options).toMatchObject({
      title: 'SiteDesk',
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
    });
  });

  it('loads the app origin, never file://', () => {
    const window = createMainWindow('/p.cjs') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(START_URL).toBe('app://sitedesk/index.html');
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith('app://sitedesk/index.html');
  });

  it('stays hidden until ready-to-show', () => {
    const window = createMainWindow('/p.cjs') as unknown as InstanceType<typeof electron.BrowserWindow>;
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });

  it('is restored and focused when a second instance starts', () => {
    const window = new electron.BrowserWindow({});
    window.minimized = true;
    focusWindow(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('ignores focus requests once the window is gone', () => {
    const window = new electron.BrowserWindow({});
    window.destroyed = true;
    focusWindow(window as never);
    focusWindow(undefined);
    expect(window.focus).not.toHaveBeenCalled();
  });
});

import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/bridge';

/** Served by the app:// handler, never file://, so the page has a real origin the IPC check can trust. */
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer gets no Node, runs in Chromium's sandbox, and sees the main process only through
 * the preload's `window.sitedesk.invoke`. Everything here is the Electron security checklist,
 * written out even where it matches the default so a future default change cannot loosen it.
 * The options are written inline in `new BrowserWindow(...)` so that static checkers
 * (electronegativity, run by tests/electron/electronegativity.test.ts) can read them.
 * `enableRemoteModule` is not set: the remote module no longer exists in Electron 14 and later.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'SiteDesk',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so the desk never flashes an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      // electronegativity PRELOAD_JS_CHECK (reviewed): the preload is our own bundled file; it
      // exposes exactly one function, `sitedesk.invoke`, through contextBridge, never ipcRenderer.
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // A middle click must not open a link in a new window (navigation is blocked anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(START_URL).catch((error: unknown) => {
    console.error('SiteDesk: the window could not load its page', error);
  });
  return window;
}

/** A second launch brings the existing desk to the front instead of opening a rival one. */
export function focusWindow(window: BrowserWindow | undefined): void {
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  if (!window.isVisible()) window.show();
  window.focus();
}

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ORIGIN } from '../../shared/contract/bridge';

/** Served by the app:// handler, never file://, so the page has a real origin the IPC check can trust. */
export const START_URL = `${APP_ORIGIN}/index.html`;

/**
 * The renderer gets no Node, runs in Chromium's sandbox, and sees the main process only through
 * the preload's `window.sitedesk.invoke`. Everything here is the Electron security checklist,
 * written out even where it matches the default so a future default change cannot loosen it.
 */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'SiteDesk',
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    // Shown on ready-to-show, so the desk never flashes an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
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
    },
  };
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath));
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

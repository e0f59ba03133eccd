import path from 'node:path';
import fs from 'node:fs/promises';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  protocol,
  safeStorage,
  session,
  utilityProcess,
  type Event,
} from 'electron';
import { APP_SCHEME } from '../../shared/contract/bridge';
import { AppError } from '../../shared/domain/errors';
import type { KeyStore } from '../core/audit/sealKeys';
import { latestGoodBackup } from '../core/backups';
import { openDesk, type Desk } from '../core/desk';
import { takeFolderAlone } from '../core/folderLock';
import { NO_LOG, openLogFile, type Log } from '../core/log';
import { restoreLedger } from '../core/maintenance';
import { defaultKeysDir, PRODUCT_NAME } from '../core/paths';
import { utilityHelperLauncher } from './helperProcess';
import { registerRpc } from './ipc';
import { registerPdfSaving } from './printToPdf';
import { desktopKeyStore } from './sealKeyStore';
import { registerAppProtocol } from './protocol';
import { denyAllPermissions, enforceContentSecurityPolicy, installWebContentsGuards } from './security';
import { createMainWindow, focusWindow } from './window';

/**
 * Where the build puts things: this file becomes dist/electron/main.cjs next to preload.cjs,
 * and Vite writes the renderer to dist/renderer. Inside a package both live in app.asar.
 */
export function bundleLayout(bundleDir: string): { rendererDir: string; preloadPath: string } {
  return {
    rendererDir: path.join(bundleDir, '..', 'renderer'),
    preloadPath: path.join(bundleDir, 'preload.cjs'),
  };
}

/**
 * The same folder `defaultDataDir()` gives the CLI and web host, so all three open one ledger.
 * Set explicitly rather than trusting the package name, and before the single-instance lock,
 * which Electron keys on this folder.
 */
export function userDataDir(appDataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.SITEDESK_DATA ? path.resolve(env.SITEDESK_DATA) : path.join(appDataDir, PRODUCT_NAME);
}

/** Both languages: the ledger that holds the user's language preference is the thing that failed. */
export function startupErrorText(error: unknown): string {
  const appError =
    error instanceof AppError
      ? error
      : new AppError('INTERNAL', { reason: error instanceof Error ? error.message : String(error) });
  return `${appError.body('zh-CN').message}\n\n${appError.body('en').message}`;
}

let desk: Desk | undefined;
let mainWindow: BrowserWindow | undefined;
let unregisterRpc: (() => void) | undefined;
let stopBackgroundJobs: (() => Promise<void>) | undefined;
/** The log file in the user-data folder, opened once that folder is fixed. */
let log: Log = NO_LOG;

function printInternalError(channel: string, error: unknown): void {
  console.error(`SiteDesk: internal error on ${channel}`, error);
}

/** For what fails outside the router (the IPC transport): the desk logs the router's own. */
function logInternalError(channel: string, error: unknown): void {
  log.error(`unexpected error on ${channel}`, error);
  printInternalError(channel, error);
}

/** The key sealing the audit chain, in safeStorage: outside the ledger and its backups. */
function sealKeyStore(): KeyStore {
  return desktopKeyStore(safeStorage, defaultKeysDir(), (line) => log.warn(line));
}

/** The backups' helper in a utility process: the packaged binary cannot fork itself as Node. */
const helperLauncher = () => utilityHelperLauncher((...args) => utilityProcess.fork(...args));

async function start(): Promise<void> {
  const { rendererDir, preloadPath } = bundleLayout(__dirname);
  // openDesk closes the file itself when migration refuses it, so on failure nothing is written.
  desk = await openDesk({
    dataDir: app.getPath('userData'),
    log,
    source: 'app',
    keyStore: sealKeyStore(),
    onInternalError: printInternalError,
    helperLauncher: helperLauncher(),
  });
  denyAllPermissions(session.defaultSession);
  enforceContentSecurityPolicy(session.defaultSession);
  registerAppProtocol(protocol, rendererDir);
  const isTrustedSender = (sender: { readonly id: number }) =>
    mainWindow !== undefined && !mainWindow.isDestroyed() && sender.id === mainWindow.webContents.id;
  const unregisterCalls = registerRpc(ipcMain, desk.router, {
    isTrustedSender,
    onInternalError: logInternalError,
  });
  const unregisterPdf = registerPdfSaving(
    ipcMain,
    {
      chooseFile: async (contents, defaultName) => {
        const owner = BrowserWindow.fromWebContents(contents);
        const options = {
          defaultPath: path.join(app.getPath('documents'), defaultName),
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        };
        const choice = owner
          ? await dialog.showSaveDialog(owner, options)
          : await dialog.showSaveDialog(options);
        return choice.canceled ? undefined : choice.filePath;
      },
      writeFile: (file, data) => fs.writeFile(file, data),
    },
    { isTrustedSender },
  );
  unregisterRpc = () => {
    unregisterCalls();
    unregisterPdf();
  };
  // Releases holds that expired while the app was closed and takes the day's backup; then periodic.
  stopBackgroundJobs = desk.startBackgroundJobs();
  mainWindow = createMainWindow(preloadPath);
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
  log.info(`desktop app started; data folder ${app.getPath('userData')}`);
}

/**
 * A damaged ledger is never written to; the person at the desk is offered the latest backup
 * that verifies (it is restored, the damaged file kept aside, and the app starts again).
 */
async function offerRestore(error: AppError): Promise<boolean> {
  const backup = await latestGoodBackup(app.getPath('userData'));
  if (!backup) return false;
  const choice = dialog.showMessageBoxSync({
    type: 'error',
    title: PRODUCT_NAME,
    message: startupErrorText(error),
    detail: `${backup.name} (${backup.takenAt}, ${backup.bytes} bytes)`,
    buttons: ['恢复此备份 / Restore this backup', '退出 / Quit'],
    defaultId: 0,
    cancelId: 1,
  });
  if (choice !== 0) return false;
  // Refused (LEDGER_IN_USE) while a web host or a CLI command runs on the same folder.
  const alone = takeFolderAlone(app.getPath('userData'));
  try {
    await restoreLedger(app.getPath('userData'), backup.file, {
      keyStore: sealKeyStore(),
      launcher: helperLauncher(),
    });
  } finally {
    alone.release();
  }
  app.relaunch();
  return true;
}

async function abortStart(error: unknown): Promise<void> {
  log.error('desktop app could not start', error);
  if (
    error instanceof AppError &&
    error.code === 'LEDGER_DAMAGED' &&
    (await offerRestore(error).catch(() => false))
  ) {
    app.exit(0);
    return;
  }
  dialog.showErrorBox(PRODUCT_NAME, startupErrorText(error));
  unregisterRpc?.();
  unregisterRpc = undefined;
  const opened = desk;
  desk = undefined;
  await opened?.close().catch((closeError: unknown) => {
    log.error('closing the ledger failed', closeError);
    console.error('SiteDesk: close failed', closeError);
  });
  // exit, not quit: there is nothing left to save and no window whose closing should be awaited.
  app.exit(1);
}

/** Holds the quit until the ledger is closed, so the WAL is checkpointed and nothing is cut off. */
function closeDeskBeforeQuit(event: Event): void {
  if (!desk) return;
  event.preventDefault();
  const closing = desk;
  desk = undefined;
  void stopBackgroundJobs?.(); // close() below waits for a job still running
  unregisterRpc?.();
  unregisterRpc = undefined;
  closing
    .close({ backup: true })
    .then(
      () => log.info('desktop app stopped'),
      (error: unknown) => {
        log.error('closing the ledger failed', error);
        console.error('SiteDesk: closing the ledger failed', error);
      },
    )
    .finally(() => app.quit());
}

function main(): void {
  app.setName(PRODUCT_NAME);
  app.setPath('userData', userDataDir(app.getPath('appData')));
  if (!app.requestSingleInstanceLock()) {
    // Two processes on one ledger would race each other's writes; the first one keeps it.
    app.quit();
    return;
  }
  log = openLogFile(app.getPath('userData'), { source: 'app' });
  // A monitor only: Electron still handles the exception as it would without one.
  process.on('uncaughtExceptionMonitor', (error) => log.error('uncaught exception', error));
  app.enableSandbox();
  // Must precede `ready`: a standard, secure scheme gets a real origin, storage and fetch().
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  installWebContentsGuards(app);
  app.on('second-instance', () => focusWindow(mainWindow));
  // The desk is Windows/Linux first: closing the window ends the app on every platform.
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', closeDeskBeforeQuit);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => abortStart(error));
}

main();

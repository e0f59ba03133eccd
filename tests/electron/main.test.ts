import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './fake-electron';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const core = vi.hoisted(() => ({ openDesk: vi.fn() }));
vi.mock('../../electron/core/desk', () => core);
const backups = vi.hoisted(() => ({ latestGoodBackup: vi.fn() }));
vi.mock('../../electron/core/backups', () => backups);
const maintenance = vi.hoisted(() => ({ restoreLedger: vi.fn() }));
vi.mock('../../electron/core/maintenance', () => maintenance);
// The data folder's lock is a file in the (fake) user-data folder: tested on real files in
// tests/service/backups-hygiene; here only whether the restore holds it.
const folderLock = vi.hoisted(() => {
  const release = vi.fn();
  return { release, takeFolderAlone: vi.fn(() => ({ release })) };
});
vi.mock('../../electron/core/folderLock', () => ({ takeFolderAlone: folderLock.takeFolderAlone }));
// The log file is written through core/log (tested on real files in tests/service/log-file); here
// it records the lines, so nothing is written under the fake user-data folder.
const logged = vi.hoisted(() => {
  const lines: string[] = [];
  const log = {
    info: (message: string) => lines.push(`INFO ${message}`),
    warn: (message: string) => lines.push(`WARN ${message}`),
    error: (message: string, error?: unknown) =>
      lines.push(`ERROR ${message}${error === undefined ? '' : `: ${String(error)}`}`),
  };
  return { lines, log, openLogFile: vi.fn(() => log) };
});
vi.mock('../../electron/core/log', () => ({
  NO_LOG: { info() {}, warn() {}, error() {} },
  openLogFile: logged.openLogFile,
}));

function fakeDesk() {
  let finishClose: () => void = () => {};
  const desk = {
    router: { call: vi.fn(async () => ({ ok: true, data: null })) },
    close: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finishClose = resolve;
        }),
    ),
    finishClose: () => finishClose(),
    stopJobs: vi.fn(async () => {}),
    startBackgroundJobs: vi.fn((): (() => Promise<void>) => desk.stopJobs),
  };
  return desk;
}

/** Loads main.ts afresh: it wires the app at import time, as Electron runs it. */
async function launch() {
  vi.resetModules();
  return import('../../electron/app/main');
}

async function launchAndReady() {
  const main = await launch();
  electron.ready();
  await vi.waitFor(() =>
    expect(electron.BrowserWindow.instances.length + electron.app.exit.mock.calls.length).toBe(1),
  );
  return main;
}

const monitorsBefore = process.listeners('uncaughtExceptionMonitor');
afterEach(() => {
  // main.ts is loaded afresh by each test; its crash monitor goes with it.
  for (const listener of process.listeners('uncaughtExceptionMonitor')) {
    if (!monitorsBefore.includes(listener)) process.off('uncaughtExceptionMonitor', listener);
  }
});

beforeEach(() => {
  electron.reset();
  logged.lines.length = 0;
  logged.openLogFile.mockClear();
  core.openDesk.mockReset();
  backups.latestGoodBackup.mockReset();
  maintenance.restoreLedger.mockReset();
  delete process.env.SITEDESK_DATA;
});

describe('before ready', () => {
  it('registers app:// as a standard, secure, fetch-capable scheme', async () => {
    await launch();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('names the app SiteDesk, keeps data in appData/SiteDesk and forces the sandbox on all renderers', async () => {
    await launch();
    expect(electron.app.setName).toHaveBeenCalledWith('SiteDesk');
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', path.join('/fake/appData', 'SiteDesk'));
    expect(electron.app.enableSandbox).toHaveBeenCalled();
  });

  it('takes the single-instance lock only after the data folder is fixed (the lock lives there)', async () => {
    await launch();
    const setPathOrder = electron.app.setPath.mock.invocationCallOrder[0] ?? Infinity;
    const lockOrder = electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? -1;
    expect(setPathOrder).toBeLessThan(lockOrder);
  });

  it('installs the navigation guards before any web contents can exist', async () => {
    await launch();
    expect(electron.app.listenerCount('web-contents-created')).toBe(1);
  });
});

describe('single instance', () => {
  it('a second instance quits without opening the ledger or a window', async () => {
    electron.state.singleInstanceLock = false;
    await launch();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(core.openDesk).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    core.openDesk.mockResolvedValue(fakeDesk());
    await launchAndReady();
    const window = electron.BrowserWindow.instances[0];
    if (!window) throw new Error('no window');
    window.minimized = true;
    electron.app.emit('second-instance', fakeEvent(), [], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('on ready', () => {
  it('opens the desk in userData, then serves app://, answers IPC and opens one window', async () => {
    core.openDesk.mockResolvedValue(fakeDesk());
    await launchAndReady();
    expect(core.openDesk).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: path.join('/fake/appData', 'SiteDesk'),
        // the backups' helper in a utility process of its own (the binary cannot fork as Node)
        helperLauncher: expect.any(Function),
      }),
    );
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['sitedesk:rpc', 'sitedesk:save-pdf']);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
    const prefs = electron.BrowserWindow.instances[0]?.options.webPreferences as { preload: string };
    expect(path.basename(prefs.preload)).toBe('preload.cjs');
  });

  it('honours SITEDESK_DATA so the app, CLI and web host share one ledger', async () => {
    process.env.SITEDESK_DATA = '/srv/desk-data';
    core.openDesk.mockResolvedValue(fakeDesk());
    await launchAndReady();
    expect(core.openDesk).toHaveBeenCalledWith(
      expect.objectContaining({ dataDir: path.resolve('/srv/desk-data') }),
    );
  });

  it('accepts IPC only from its own window', async () => {
    const desk = fakeDesk();
    core.openDesk.mockResolvedValue(desk);
    await launchAndReady();
    const window = electron.BrowserWindow.instances[0];
    if (!window) throw new Error('not started');
    const frame = { url: 'app://sitedesk/index.html', parent: null };
    const { invoke } = electron.ipcMain;
    const stranger = await invoke(
      'sitedesk:rpc',
      { sender: { id: -1 }, senderFrame: frame },
      'auth.roster',
      {},
    );
    expect(stranger).toMatchObject({ ok: false, error: { code: 'FOREIGN_ORIGIN' } });
    expect(desk.router.call).not.toHaveBeenCalled();
    await invoke(
      'sitedesk:rpc',
      { sender: { id: window.webContents.id }, senderFrame: frame },
      'auth.roster',
      {},
    );
    expect(desk.router.call).toHaveBeenCalledWith('auth.roster', {}, { locale: 'zh-CN' });
  });
});

describe('a ledger that fails to open', () => {
  it('shows the refusal in both languages and exits without a window, protocol or IPC', async () => {
    // Imported inside the call so the error comes from the same module instance main.ts loaded.
    core.openDesk.mockImplementation(async () => {
      const { AppError } = await import('../../shared/domain/errors');
      throw new AppError('LEDGER_TOO_NEW', { migration: '0042_future' });
    });
    await launchAndReady();
    const [title, text] = electron.dialog.showErrorBox.mock.calls[0] ?? [];
    expect(title).toBe('SiteDesk');
    expect(text).toContain('台账文件由更新版本的 SiteDesk 写入（0042_future）');
    expect(text).toContain('The ledger was written by a newer SiteDesk (0042_future)');
    expect(electron.app.exit).toHaveBeenCalledWith(1);
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.protocol.handle).not.toHaveBeenCalled();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('reports an unexpected failure as an internal error', async () => {
    core.openDesk.mockRejectedValue(new Error('SQLITE_CANTOPEN'));
    const { startupErrorText } = await launchAndReady();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'SiteDesk',
      startupErrorText(new Error('SQLITE_CANTOPEN')),
    );
    expect(startupErrorText(new Error('SQLITE_CANTOPEN'))).toContain('SQLITE_CANTOPEN');
  });
});

describe('a damaged ledger', () => {
  it('is never opened for writing; the latest good backup is offered, restored and the app restarts', async () => {
    // built when called: launch() resets the modules, so main.ts sees its own AppError class
    core.openDesk.mockImplementation(async () => {
      const { AppError } = await import('../../shared/domain/errors');
      throw new AppError('LEDGER_DAMAGED', { reason: 'audit_log#7: chain broken', backup: 'b.sqlite' });
    });
    backups.latestGoodBackup.mockResolvedValue({
      file: '/data/backups/b.sqlite',
      name: 'b.sqlite',
      takenAt: '2026-11-22T12:00:00Z',
      bytes: 4096,
    });
    electron.dialog.showMessageBoxSync.mockReturnValue(0);
    await launchAndReady();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(0));
    expect(folderLock.takeFolderAlone).toHaveBeenCalledTimes(1); // refused while a web host runs there
    expect(maintenance.restoreLedger).toHaveBeenCalledWith(
      expect.any(String),
      '/data/backups/b.sqlite',
      expect.objectContaining({
        keyStore: expect.objectContaining({ where: expect.stringMatching(/^safeStorage/) }),
      }),
    );
    expect(folderLock.release).toHaveBeenCalledTimes(1);
    expect(electron.app.relaunch).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('declining the restore quits without touching anything', async () => {
    core.openDesk.mockImplementation(async () => {
      const { AppError } = await import('../../shared/domain/errors');
      throw new AppError('LEDGER_DAMAGED', { reason: 'x', backup: 'b' });
    });
    backups.latestGoodBackup.mockResolvedValue({
      file: '/data/backups/b.sqlite',
      name: 'b.sqlite',
      takenAt: 't',
      bytes: 1,
    });
    electron.dialog.showMessageBoxSync.mockReturnValue(1);
    await launchAndReady();
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(maintenance.restoreLedger).not.toHaveBeenCalled();
  });
});

describe('quit', () => {
  it('holds the quit until the ledger is closed, and stops answering IPC first', async () => {
    const desk = fakeDesk();
    core.openDesk.mockResolvedValue(desk);
    await launchAndReady();
    const event = fakeEvent();
    electron.app.emit('will-quit', event);
    expect(event.defaultPrevented).toBe(true);
    expect(desk.close).toHaveBeenCalledTimes(1);
    expect(desk.close).toHaveBeenCalledWith({ backup: true }); // the on-quit backup
    expect(desk.startBackgroundJobs).toHaveBeenCalledTimes(1);
    expect(desk.stopJobs).toHaveBeenCalledTimes(1);
    expect(electron.ipcMain.handlers.size).toBe(0);
    await Promise.resolve();
    expect(electron.app.quit).not.toHaveBeenCalled();
    desk.finishClose();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(1));
    const again = fakeEvent();
    electron.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(false);
    expect(desk.close).toHaveBeenCalledTimes(1);
  });

  it('quits when the window is closed', async () => {
    core.openDesk.mockResolvedValue(fakeDesk());
    await launchAndReady();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });
});

describe('the log file', () => {
  it('is opened in the user-data folder and given to the desk; start and stop are written to it', async () => {
    const desk = fakeDesk();
    core.openDesk.mockResolvedValue(desk);
    await launchAndReady();
    expect(logged.openLogFile).toHaveBeenCalledWith(path.join('/fake/appData', 'SiteDesk'), {
      source: 'app',
    });
    expect(core.openDesk).toHaveBeenCalledWith(expect.objectContaining({ log: logged.log }));
    expect(logged.lines).toEqual([
      `INFO desktop app started; data folder ${path.join('/fake/appData', 'SiteDesk')}`,
    ]);
    electron.app.emit('will-quit', fakeEvent());
    desk.finishClose();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled());
    expect(logged.lines.at(-1)).toBe('INFO desktop app stopped');
  });

  it('records why the app could not start', async () => {
    core.openDesk.mockRejectedValue(new Error('SQLITE_CANTOPEN'));
    await launchAndReady();
    expect(logged.lines).toEqual(['ERROR desktop app could not start: Error: SQLITE_CANTOPEN']);
  });

  it('records an unexpected failure of the IPC transport, and a crash', async () => {
    const desk = fakeDesk();
    desk.router.call.mockRejectedValue(new TypeError('transport broke'));
    core.openDesk.mockResolvedValue(desk);
    await launchAndReady();
    const window = electron.BrowserWindow.instances[0];
    if (!window) throw new Error('not started');
    const frame = { url: 'app://sitedesk/index.html', parent: null };
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await electron.ipcMain.invoke(
      'sitedesk:rpc',
      { sender: { id: window.webContents.id }, senderFrame: frame },
      'auth.roster',
      {},
    );
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    const monitors = process.listeners('uncaughtExceptionMonitor').filter((l) => !monitorsBefore.includes(l));
    expect(monitors).toHaveLength(1);
    monitors[0]!(new Error('late crash'), 'uncaughtException');
    expect(logged.lines.slice(1)).toEqual([
      'ERROR unexpected error on auth.roster: TypeError: transport broke',
      'ERROR uncaught exception: Error: late crash',
    ]);
  });

  it('a second instance writes nothing', async () => {
    electron.state.singleInstanceLock = false;
    await launch();
    expect(logged.openLogFile).not.toHaveBeenCalled();
  });
});

describe('bundle layout', () => {
  it('finds the renderer and preload next to the main bundle', async () => {
    const { bundleLayout } = await launch();
    const layout = bundleLayout(path.join('/opt', 'SiteDesk', 'dist', 'electron'));
    expect(layout.rendererDir).toBe(path.join('/opt', 'SiteDesk', 'dist', 'renderer'));
    expect(layout.preloadPath).toBe(path.join('/opt', 'SiteDesk', 'dist', 'electron', 'preload.cjs'));
  });
});

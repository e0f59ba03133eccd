import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/**
 * A stand-in for the `electron` module. The real one cannot run under plain Node (and here its
 * binary cannot even be downloaded), so each test file does
 *   const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
 *   vi.mock('electron', () => electron);
 * and then drives and inspects these fakes.
 */

/** An Electron event: records whether a handler called preventDefault(). */
export function fakeEvent<T extends object>(
  params: T = {} as T,
): T & {
  preventDefault: () => void;
  defaultPrevented: boolean;
} {
  const event = {
    ...params,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

let nextContentsId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export function createFakeElectron() {
  const state = {
    singleInstanceLock: true,
    paths: new Map<string, string>([['appData', '/fake/appData']]),
    resolveReady: (() => {}) as () => void,
  };

  class FakeBrowserWindow extends EventEmitter {
    static readonly instances: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents();
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    minimized = false;
    visible = false;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeBrowserWindow.instances.push(this);
    }
    isMinimized() {
      return this.minimized;
    }
    isVisible() {
      return this.visible;
    }
    isDestroyed() {
      return this.destroyed;
    }
  }

  // `never` parameters accept any listener the code under test registers.
  type Listener = (event: never, ...args: never[]) => unknown;
  const ipcHandlers = new Map<string, Listener>();
  const ipcMain = {
    handle: vi.fn((channel: string, listener: Listener) => {
      if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      ipcHandlers.set(channel, listener);
    }),
    removeHandler: vi.fn((channel: string) => {
      ipcHandlers.delete(channel);
    }),
    handlers: ipcHandlers,
    /** What the renderer's ipcRenderer.invoke would trigger: the registered listener, with a sender event. */
    async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
      const listener = ipcHandlers.get(channel) as
        ((event: unknown, ...args: unknown[]) => unknown) | undefined;
      if (!listener) throw new Error(`No handler registered for '${channel}'`);
      return listener(event, ...args);
    },
  };

  const app = Object.assign(new EventEmitter(), {
    setName: vi.fn(),
    setPath: vi.fn((name: string, value: string) => {
      state.paths.set(name, value);
    }),
    getPath: vi.fn((name: string) => state.paths.get(name) ?? `/fake/${name}`),
    requestSingleInstanceLock: vi.fn(() => state.singleInstanceLock),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
    relaunch: vi.fn(),
    whenReady: vi.fn(
      () =>
        new Promise<void>((resolve) => {
          state.resolveReady = resolve;
        }),
    ),
  });

  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
    },
  };

  const fake = {
    state,
    app,
    ipcMain,
    session,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    /** A stand-in cipher (bytes reversed, then marked): what matters is that the file is not the text. */
    safeStorage: {
      isEncryptionAvailable: vi.fn(() => true),
      encryptString: vi.fn((text: string) =>
        Buffer.concat([Buffer.from('fake-safe:'), Buffer.from(text).reverse()]),
      ),
      decryptString: vi.fn((data: Buffer) => {
        if (!data.subarray(0, 10).equals(Buffer.from('fake-safe:'))) throw new Error('cannot decrypt');
        return Buffer.from(data.subarray(10)).reverse().toString();
      }),
    },
    dialog: { showErrorBox: vi.fn(), showMessageBoxSync: vi.fn() },
    /** Forks nothing: tests/electron/helper-process.test.ts drives the launcher with a fake child. */
    utilityProcess: { fork: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => ({ ok: true, data: null })),
    },
    /** Back to a fresh state between tests that re-import a module with side effects. */
    reset() {
      vi.clearAllMocks();
      app.removeAllListeners();
      ipcHandlers.clear();
      FakeBrowserWindow.instances.length = 0;
      state.singleInstanceLock = true;
      state.paths = new Map([['appData', '/fake/appData']]);
    },
    /** Fires `ready` the way Electron does once the app has initialised. */
    ready() {
      state.resolveReady();
    },
  };
  return fake;
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

// A stand-in for `electron` when the PACKAGED main bundle (dist/electron/main.cjs) runs under plain
// Node: the real binary cannot run in CI. Unlike tests/electron/fake-electron.ts (vitest mocks for
// unit tests of the sources), this one is loaded through NODE_PATH by a child process, so it is
// plain CommonJS. It plays the parts of Electron the bundle touches and then acts as the window:
// it fetches the start page through the registered app:// handler, makes one call over IPC as
// the main window would, and quits. Each step is reported as one `STUB <step> <json>` line.
'use strict';
const { Buffer } = require('node:buffer');
const { EventEmitter } = require('node:events');
const os = require('node:os');
const path = require('node:path');

function report(step, value) {
  process.stdout.write(`STUB ${step} ${JSON.stringify(value ?? null)}\n`);
}

const paths = { appData: process.env.STUB_APP_DATA || os.tmpdir() };
const protocolHandlers = new Map();
const ipcHandlers = new Map();

class FakeApp extends EventEmitter {
  getPath(name) {
    if (!(name in paths)) throw new Error(`stub electron: no path ${name}`);
    return paths[name];
  }
  setPath(name, value) {
    paths[name] = value;
  }
  setName() {}
  requestSingleInstanceLock() {
    return true;
  }
  enableSandbox() {}
  whenReady() {
    return new Promise((resolve) => setImmediate(resolve));
  }
  relaunch() {
    report('relaunch');
  }
  quit() {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('will-quit', event);
    if (!event.defaultPrevented) {
      report('quit');
      process.exit(0);
    }
  }
  exit(code) {
    report('exit', code);
    process.exit(code);
  }
}
const app = new FakeApp();

let nextId = 1;
class FakeWebContents extends EventEmitter {
  constructor() {
    super();
    this.id = nextId++;
  }
  setWindowOpenHandler() {}
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new FakeWebContents();
    app.emit('web-contents-created', {}, this.webContents);
    report('window', { preloadExists: require('node:fs').existsSync(options.webPreferences.preload) });
  }
  async loadURL(url) {
    setImmediate(() => actAsRenderer(this, url).catch((error) => report('failed', String(error))));
  }
  isDestroyed() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isVisible() {
    return true;
  }
  show() {}
  focus() {}
  restore() {}
}

async function actAsRenderer(window, url) {
  const [scheme] = url.split(':');
  const page = await protocolHandlers.get(scheme)(new Request(url));
  const html = await page.text();
  report('page', { url, status: page.status, hasRoot: html.includes('id="root"') });
  const invoke = ipcHandlers.values().next().value;
  const event = { sender: { id: window.webContents.id }, senderFrame: { url, parent: null } };
  report('rpc', await invoke(event, 'auth.roster', {}, 'zh-CN'));
  app.quit();
}

const session = {
  defaultSession: {
    setPermissionRequestHandler() {},
    setPermissionCheckHandler() {},
    webRequest: { onHeadersReceived() {} },
  },
};

module.exports = {
  app,
  BrowserWindow,
  session,
  protocol: {
    registerSchemesAsPrivileged() {},
    handle: (scheme, handler) => protocolHandlers.set(scheme, handler),
  },
  ipcMain: {
    handle: (channel, listener) => ipcHandlers.set(channel, listener),
    removeHandler: (channel) => ipcHandlers.delete(channel),
  },
  dialog: {
    showErrorBox: (title, text) => report('errorBox', { title, text }),
    showMessageBoxSync: () => 1,
  },
  // A stand-in cipher: the seal key's file is not its text (the keys folder is the test's own).
  safeStorage: {
    isEncryptionAvailable: () => true,
    encryptString: (text) => Buffer.from(`plain-node:${Buffer.from(text).toString('base64')}`),
    decryptString: (data) => Buffer.from(data.toString().slice('plain-node:'.length), 'base64').toString(),
  },
  // Node standing in for a utility process: a child process given the parent port Electron gives
  // one (the backups' helper answers on it; the app ends it once answered).
  utilityProcess: {
    fork: (modulePath, args) => {
      report('utilityProcess', { module: path.basename(modulePath) });
      return require('node:child_process').fork(modulePath, args, {
        execArgv: ['--require', require.resolve('./parent-port.cjs')],
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
    },
  },
  shell: {},
  Menu: { setApplicationMenu() {} },
  path,
};

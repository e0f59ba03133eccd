import { describe, expect, it, vi } from 'vitest';
import { IPC_RPC_CHANNEL } from '../../shared/contract/bridge';
import type { Envelope } from '../../shared/contract/envelope';
import { AppError } from '../../shared/domain/errors';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const { registerRpc } = await import('../../electron/app/ipc');

const OK: Envelope = { ok: true, data: { signedIn: false } };

function fakeRouter(answer: () => Promise<Envelope> = async () => OK) {
  return { call: vi.fn((_channel: string, _input: unknown, _options: { locale: string }) => answer()) };
}

/** The event Electron hands to an ipcMain.handle listener, reduced to what the check reads. */
function eventFrom(url: string | null, options: { parent?: unknown; senderId?: number } = {}) {
  return {
    sender: { id: options.senderId ?? 1 },
    senderFrame: url === null ? null : { url, parent: options.parent ?? null },
  };
}

function setUp(router = fakeRouter(), options: Parameters<typeof registerRpc>[2] = {}) {
  electron.reset();
  const unregister = registerRpc(electron.ipcMain, router, options);
  const invoke = (event: unknown, ...args: unknown[]) =>
    electron.ipcMain.invoke(IPC_RPC_CHANNEL, event, ...args) as Promise<Envelope>;
  return { router, invoke, unregister };
}

describe('IPC adapter (sitedesk:rpc)', () => {
  it('registers exactly one handler, on the shared channel, and can remove it', () => {
    const { unregister } = setUp();
    expect(electron.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect([...electron.ipcMain.handlers.keys()]).toEqual(['sitedesk:rpc']);
    unregister();
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('passes a call from the app origin to the router and returns its envelope unchanged', async () => {
    const { router, invoke } = setUp();
    const answer = await invoke(eventFrom('app://sitedesk/index.html'), 'auth.roster', { a: 1 }, 'en');
    expect(answer).toBe(OK);
    expect(router.call).toHaveBeenCalledWith('auth.roster', { a: 1 }, { locale: 'en' });
  });

  it('defaults the locale to zh-CN and ignores anything that is not a known locale', async () => {
    const { router, invoke } = setUp();
    await invoke(eventFrom('app://sitedesk/index.html'), 'auth.roster', {});
    await invoke(eventFrom('app://sitedesk/index.html'), 'auth.roster', {}, 'fr');
    expect(router.call.mock.calls.map((call) => call[2])).toEqual([{ locale: 'zh-CN' }, { locale: 'zh-CN' }]);
  });

  it('never lets the page choose router options such as a system call', async () => {
    const { router, invoke } = setUp();
    await invoke(eventFrom('app://sitedesk/'), 'users.list', {}, 'en', { system: true });
    expect(router.call).toHaveBeenCalledWith('users.list', {}, { locale: 'en' });
  });

  it.each([
    ['a web page', 'https://example.com/'],
    ['a local web host', 'http://127.0.0.1:5173/'],
    ['a file:// page', 'file:///home/desk/index.html'],
    ['a look-alike host', 'app://sitedesk.evil/index.html'],
    ['userinfo trickery', 'app://sitedesk@evil/index.html'],
    ['another port', 'app://sitedesk:8080/index.html'],
    ['about:blank', 'about:blank'],
  ])('refuses %s with FOREIGN_ORIGIN and never calls the router', async (_label, url) => {
    const { router, invoke } = setUp();
    const answer = await invoke(eventFrom(url), 'auth.roster', {}, 'en');
    expect(answer).toEqual({
      ok: false,
      error: { code: 'FOREIGN_ORIGIN', message: 'Requests from another site are refused' },
    });
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses a call whose sender frame is gone (navigated away or destroyed)', async () => {
    const { router, invoke } = setUp();
    const answer = await invoke(eventFrom(null), 'auth.roster', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FOREIGN_ORIGIN');
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses a disposed frame whose properties throw when read', async () => {
    const { router, invoke } = setUp();
    const disposed = {
      sender: { id: 1 },
      senderFrame: {
        get url(): string {
          throw new Error('Render frame was disposed before WebFrameMain could be accessed');
        },
        parent: null,
      },
    };
    const answer = await invoke(disposed, 'auth.roster', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FOREIGN_ORIGIN');
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses a sub-frame even when it is on the app origin', async () => {
    const { router, invoke } = setUp();
    const answer = await invoke(eventFrom('app://sitedesk/index.html', { parent: {} }), 'auth.roster', {});
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.code).toBe('FOREIGN_ORIGIN');
    expect(router.call).not.toHaveBeenCalled();
  });

  it('refuses web contents other than the main window when told which one that is', async () => {
    const { router, invoke } = setUp(fakeRouter(), { isTrustedSender: (sender) => sender.id === 7 });
    const stranger = await invoke(eventFrom('app://sitedesk/index.html', { senderId: 8 }), 'auth.roster', {});
    expect(stranger.ok).toBe(false);
    expect(router.call).not.toHaveBeenCalled();
    const ours = await invoke(eventFrom('app://sitedesk/index.html', { senderId: 7 }), 'auth.roster', {});
    expect(ours).toBe(OK);
  });

  it.each([[undefined], [42], [null], [{ channel: 'auth.roster' }], [['auth.roster']]])(
    'answers BAD_REQUEST for a non-string channel (%j) without calling the router',
    async (channel) => {
      const { router, invoke } = setUp();
      const answer = await invoke(eventFrom('app://sitedesk/index.html'), channel, {}, 'en');
      expect(answer.ok).toBe(false);
      if (!answer.ok) {
        expect(answer.error.code).toBe('BAD_REQUEST');
        expect(answer.error.message).toContain('Malformed request');
      }
      expect(router.call).not.toHaveBeenCalled();
    },
  );

  it('turns a router that throws into an INTERNAL envelope instead of an IPC rejection', async () => {
    const onInternalError = vi.fn();
    const failure = new Error('disk on fire at /secret/path');
    const { invoke } = setUp(
      fakeRouter(async () => {
        throw failure;
      }),
      { onInternalError },
    );
    const answer = await invoke(eventFrom('app://sitedesk/index.html'), 'auth.roster', {}, 'en');
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe('INTERNAL');
      expect(answer.error.message).not.toContain('/secret/path');
    }
    expect(onInternalError).toHaveBeenCalledWith('auth.roster', failure);
  });

  it('keeps the code of an AppError thrown past the router, in the caller’s language', async () => {
    const { invoke } = setUp(
      fakeRouter(async () => {
        throw new AppError('LEDGER_BUSY');
      }),
    );
    const answer = await invoke(eventFrom('app://sitedesk/index.html'), 'auth.roster', {}, 'zh-CN');
    expect(answer).toEqual({
      ok: false,
      error: { code: 'LEDGER_BUSY', message: '台账正被另一处使用，请稍后重试' },
    });
  });
});

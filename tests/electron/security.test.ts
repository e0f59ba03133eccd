import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeWebContents, fakeEvent } from './fake-electron';

const electron = await vi.hoisted(async () => (await import('./fake-electron')).createFakeElectron());
vi.mock('electron', () => electron);

const {
  denyAllPermissions,
  enforceContentSecurityPolicy,
  hardenWebContents,
  installWebContentsGuards,
  isAppUrl,
} = await import('../../electron/app/security');

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function emit(contents: FakeWebContents, name: string, url: string) {
  const event = fakeEvent({ url });
  contents.emit(name, event, url);
  return event;
}

beforeEach(() => electron.reset());

describe('isAppUrl', () => {
  it.each(['app://sitedesk/', 'app://sitedesk/index.html', 'app://sitedesk/assets/a.js?x#y'])(
    'accepts our own page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://example.com/',
    'http://sitedesk/',
    'file:///etc/passwd',
    'app://sitedesk.evil/',
    'app://evil.sitedesk/',
    'app://sitedesk@evil/',
    'app://user:pw@sitedesk/',
    'app://sitedesk:81/',
    'javascript:alert(1)',
    'data:text/html,<script>1</script>',
    'about:blank',
    'not a url',
    '',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('web contents guards', () => {
  it('are installed on every web contents Electron creates', () => {
    installWebContentsGuards(electron.app as never);
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler).toBeDefined();
    expect(contents.listenerCount('will-navigate')).toBe(1);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'prevent %s to https://example.com',
    (name) => {
      expect(emit(hardened(), name, 'https://example.com/').defaultPrevented).toBe(true);
    },
  );

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevent %s to file://', (name) => {
    expect(emit(hardened(), name, 'file:///etc/passwd').defaultPrevented).toBe(true);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    'let %s stay inside the app (reload of the page)',
    (name) => {
      expect(emit(hardened(), name, 'app://sitedesk/index.html').defaultPrevented).toBe(false);
    },
  );

  it('deny every window.open, even to the app itself', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://sitedesk/index.html' })).toEqual({ action: 'deny' });
  });

  it('block every <webview> attachment', () => {
    const contents = hardened();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, { preload: '/evil.js' }, { src: 'https://example.com/' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('permissions', () => {
  function installed() {
    const ses = electron.session.defaultSession;
    denyAllPermissions(ses);
    const request = ses.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void;
    const check = ses.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
    ) => boolean;
    return { request, check };
  }

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'fullscreen'])(
    'deny a request for %s with callback(false)',
    (permission) => {
      const { request } = installed();
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    },
  );

  it.each(['media', 'serial', 'usb', 'hid'])('answer false to a permission check for %s', (permission) => {
    const { check } = installed();
    expect(check({}, permission)).toBe(false);
  });
});

describe('content security policy', () => {
  it('is set on every response the session receives, replacing whatever came with it', async () => {
    const { CONTENT_SECURITY_POLICY } = await import('../../electron/core/webSecurity');
    const ses = { webRequest: { onHeadersReceived: vi.fn() } };
    enforceContentSecurityPolicy(ses as never);
    const listener = ses.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void;
    const callback = vi.fn();
    listener(
      { responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ['default-src *'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});

import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from '../../shared/contract/bridge';
import { CONTENT_SECURITY_POLICY } from '../core/webSecurity';

/**
 * True only for URLs on the app's own origin. Parsed rather than prefix-matched, so look-alikes
 * such as `app://sitedesk.evil/`, `app://sitedesk@evil/` or `app://sitedesk:1/` are not ours.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The app is offline and single-page: nothing legitimate ever leaves app://sitedesk, so any
 * navigation, redirect, pop-up or <webview> elsewhere is treated as an attack and refused.
 * For the same reason the app never calls `shell.openExternal`: there is no external link to
 * open, and a test keeps it that way.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Registered before any window exists, so no web contents escapes the guards. */
export function installWebContentsGuards(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/**
 * A front-desk ledger needs no camera, microphone, location, notifications or device access;
 * refusing every request and check means a compromised page cannot ask the user for them either.
 */
export function denyAllPermissions(
  session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/**
 * The CSP on every response the session sees, on top of the app:// handler's own header, so a
 * response from anywhere else (there should be none) is held to the same policy.
 */
export function enforceContentSecurityPolicy(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}

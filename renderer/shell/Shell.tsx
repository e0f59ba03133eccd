import { Layout, Spin } from 'antd';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk, useSession } from '../desk/DeskContext';
import { hasStoredLanguage } from '../i18n';
import { useErrorText } from '../i18n/useErrorText';
import { useIdleLock } from '../hooks/useIdleLock';
import { usePolled } from '../hooks/usePolled';
import { useSwitchUserShortcut } from '../hooks/useSwitchUserShortcut';
import { useToast } from '../hooks/useToast';
import { whenIdle } from '../lazyComponent';
import { HOME_ROUTE, preloadPages, routesFor } from '../pages/routes';
import { AppHeader } from './AppHeader';
import { ShortcutHelp } from './ShortcutHelp';
import { shortcutsFor, type Shortcut } from './shortcuts';
import { SideNav } from './SideNav';
import { SkipLink } from './SkipLink';
import { focusAct, useShortcuts } from './useShortcuts';
import './shell.css';

export const NOTIFICATION_POLL_MS = 30_000;

/**
 * The signed-in app. It stays mounted under the sign-in overlay while the screen is locked or
 * another person takes over, so whatever was half typed on a page is still there afterwards.
 */
export function Shell({ covered }: { covered: boolean }) {
  const { client, session, notifications } = useDesk();
  const user = useSession((s) => s.user);
  const idleLockSeconds = useSession((s) => s.idleLockSeconds);
  const message = useToast();
  const errorText = useErrorText();
  const { i18n } = useTranslation();
  const [current, setCurrent] = useState(HOME_ROUTE);
  const [helpOpen, setHelpOpen] = useState(false);
  const mainRef = useRef<HTMLDivElement>(null);
  const stopFocusing = useRef<() => void>(() => undefined);

  const routes = useMemo(() => routesFor(user?.roles ?? []), [user]);
  const shortcuts = useMemo(() => shortcutsFor(routes.map((r) => r.key)), [routes]);
  // After a take-over the new person may not use the page the previous one left open.
  const route = routes.find((r) => r.key === current) ?? routes.find((r) => r.key === HOME_ROUTE);

  const leave = useCallback(
    (how: 'lock' | 'signOut') => {
      const state = session.getState();
      state[how]().catch((error: unknown) => message.error(errorText(error)));
    },
    [session, message, errorText],
  );
  const lock = useCallback(() => leave('lock'), [leave]);
  const signOut = useCallback(() => leave('signOut'), [leave]);

  const act = useCallback((shortcut: Shortcut) => {
    setCurrent(shortcut.route);
    stopFocusing.current();
    stopFocusing.current = focusAct(shortcut, () => mainRef.current);
  }, []);
  useEffect(() => () => stopFocusing.current(), []);

  // The sign-in overlay gives the caret back to where it was when it opened, which may be
  // nothing (a first sign-in, a lock from the page itself). Give it to the page then, unless it
  // went back where the person was before the lock (a field on the page, or a dialog over it).
  // The shell mounts as someone signs in, so its first uncovering counts too.
  const wasCovered = useRef(true);
  useEffect(() => {
    if (covered) {
      wasCovered.current = true;
      return;
    }
    if (!wasCovered.current) return;
    wasCovered.current = false;
    const timers = [0, 600].map((ms) =>
      setTimeout(() => {
        const active = document.activeElement;
        const lost = !active || active === document.body || active.closest('.signin-overlay') !== null;
        if (lost) mainRef.current?.focus({ preventScroll: true });
      }, ms),
    );
    return () => timers.forEach(clearTimeout);
  }, [covered]);

  // Each page's code loads when first opened; load this person's pages once the desk is idle,
  // so a shortcut never waits for its page's code.
  useEffect(() => {
    if (covered) return;
    return whenIdle(() => void preloadPages(routes).catch(() => undefined));
  }, [covered, routes]);

  useSwitchUserShortcut(!covered, lock);
  useShortcuts({ enabled: !covered, shortcuts, onAct: act, onHelp: () => setHelpOpen(true) });
  useIdleLock({
    enabled: !covered,
    idleMs: idleLockSeconds * 1000,
    onIdle: lock,
    onActive: () => void client.call('auth.touch', {}).catch(() => undefined),
  });

  const userId = user?.id;
  useEffect(() => {
    notifications.getState().reset();
  }, [notifications, userId]);

  // Failures here are a lost session (handled by the app root) or a passing hiccup: not shown.
  const polled = usePolled('notifications.list', { unreadOnly: false }, NOTIFICATION_POLL_MS, {
    enabled: !covered && userId !== undefined,
  });
  useEffect(() => {
    if (polled.data) notifications.getState().show(polled.data);
  }, [notifications, polled.data]);

  useEffect(() => {
    // The desk's default language applies until someone picks one on this PC.
    if (covered || userId === undefined || hasStoredLanguage()) return;
    client
      .call('settings.get', {})
      .then((s) => {
        if (!hasStoredLanguage() && i18n.language !== s.language) void i18n.changeLanguage(s.language);
      })
      .catch(() => undefined);
  }, [covered, userId, client, i18n]);

  if (!user || !route) return null;
  const { Page } = route;
  return (
    <Layout className="shell" inert={covered} aria-hidden={covered || undefined}>
      <SkipLink target={() => mainRef.current} />
      <Layout.Header className="shell-header">
        <AppHeader onSwitchUser={lock} onSignOut={signOut} onShortcuts={() => setHelpOpen(true)} />
      </Layout.Header>
      <Layout>
        <Layout.Sider width={180} theme="light" className="shell-sider">
          <SideNav routes={routes} shortcuts={shortcuts} current={route.key} onNavigate={setCurrent} />
        </Layout.Sider>
        <Layout.Content className="shell-content">
          {/* Layout.Content is the <main> landmark; this is where the skip link and a new
              sign-in put the focus. */}
          <div ref={mainRef} id="main-content" tabIndex={-1} className="shell-main">
            <Suspense fallback={<PageLoading />}>
              <Page />
            </Suspense>
          </div>
        </Layout.Content>
      </Layout>
      <ShortcutHelp open={helpOpen} shortcuts={shortcuts} onClose={() => setHelpOpen(false)} />
    </Layout>
  );
}

/** Shown in the page's place while its code loads (only on a first opening before the preload). */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="centre-screen">
      <Spin description={t('app.loading')} />
    </div>
  );
}

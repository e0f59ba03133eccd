import { Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/useErrorText';
import { lazyComponent, whenIdle } from '../lazyComponent';
import { SignInOverlay } from '../pages/signin/SignInOverlay';
import { useDesk, useSession } from './DeskContext';

/**
 * The first load is the sign-in screen alone, drawn without antd: the signed-in shell and the
 * first-run setup (with antd and its stylesheet) are loaded when wanted — the shell ahead of
 * that, once the sign-in screen is up and the browser idle.
 */
export const lazyShell = lazyComponent(() => import('./framed'), 'FramedShell');
export const lazySetup = lazyComponent(() => import('./framedSetup'), 'FramedSetup');
const Shell = lazyShell.Component;
const SetupPage = lazySetup.Component;

/** Chooses between first-run setup, the signed-in shell, and the sign-in overlay above it. */
export function DeskRoot() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { client, session } = useDesk();
  const status = useSession((s) => s.status);
  const loadError = useSession((s) => s.loadError);
  const setupRequired = useSession((s) => s.setupRequired);
  const user = useSession((s) => s.user);
  const locked = useSession((s) => s.locked);

  useEffect(() => {
    void session.getState().refresh();
    // Any call may find the desk locked (idle in the main process) or signed out: ask again,
    // and the overlay follows from the answer.
    return client.onRefusal((error) => {
      if (error.code === 'SCREEN_LOCKED' || error.code === 'UNAUTHENTICATED')
        void session.getState().refresh();
    });
  }, [client, session]);

  const ready = status === 'ready' && !setupRequired;
  const covered = user === null || locked;
  // Not before the sign-in screen shows its names: the browser is idle while it waits for them,
  // and the shell's code (some 300 KB) parsed then delayed the names on a cold start.
  const [namesShown, setNamesShown] = useState(false);
  const showNames = useCallback(() => setNamesShown(true), []);
  useEffect(() => {
    if (ready && (namesShown || !covered))
      return whenIdle(() => void lazyShell.preload().catch(() => undefined));
  }, [ready, namesShown, covered]);

  const loading = <Loading text={t('app.loading')} />;
  if (status === 'loading') return loading;
  if (status === 'failed') {
    return (
      <div className="centre-screen">
        <div className="load-failed" role="alert">
          <h1>{t('app.loadFailed')}</h1>
          <p>{errorText(loadError)}</p>
          <button
            type="button"
            className="plain-button is-primary"
            onClick={() => void session.getState().refresh()}
          >
            {t('app.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (setupRequired) {
    return (
      <Suspense fallback={loading}>
        <SetupPage />
      </Suspense>
    );
  }
  return (
    <>
      {user && (
        <Suspense fallback={covered ? null : loading}>
          <Shell covered={covered} />
        </Suspense>
      )}
      <SignInOverlay open={covered} onNamesShown={showNames} />
    </>
  );
}

/** Waiting for the ledger's first answer (or the shell's code), before antd is loaded. */
function Loading({ text }: { text: string }) {
  return (
    <div className="centre-screen" role="status">
      <span className="loading-spinner" aria-hidden />
      <span className="loading-text">{text}</span>
    </div>
  );
}

import { Button, Result, Spin } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/useErrorText';
import { SetupPage } from '../pages/setup/SetupPage';
import { SignInOverlay } from '../pages/signin/SignInOverlay';
import { Shell } from '../shell/Shell';
import { useDesk, useSession } from './DeskContext';

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

  if (status === 'loading') {
    return (
      <div className="centre-screen">
        <Spin size="large" description={t('app.loading')} />
      </div>
    );
  }
  if (status === 'failed') {
    return (
      <Result
        status="error"
        title={t('app.loadFailed')}
        subTitle={errorText(loadError)}
        extra={
          <Button type="primary" onClick={() => void session.getState().refresh()}>
            {t('app.retry')}
          </Button>
        }
      />
    );
  }
  if (setupRequired) return <SetupPage />;
  const covered = user === null || locked;
  return (
    <>
      {user && <Shell covered={covered} />}
      <SignInOverlay open={covered} />
    </>
  );
}

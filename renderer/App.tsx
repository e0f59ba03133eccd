import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../shared/domain/errors';
import { createClient, type Client } from './api/client';
import { autoTransport, type Transport } from './api/transport';
import { DeskContext, type Desk } from './desk/DeskContext';
import { DeskRoot } from './desk/DeskRoot';
import { applyDayjsLocale, asLocale, createI18n, storedLanguage } from './i18n';
import { createNotificationStore } from './stores/notifications';
import { createSessionStore } from './stores/session';

export interface AppProps {
  /** A ready client; otherwise one is made over `transport`. */
  client?: Client;
  /** How calls reach the main process; defaults to the Electron bridge or the web host. */
  transport?: Transport;
  /** The starting language; defaults to the one chosen on this PC, else Chinese. */
  language?: Locale;
}

export function App({ client, transport, language }: AppProps) {
  const [desk] = useState<Desk>(() => {
    const c = client ?? createClient(transport ?? autoTransport());
    return { client: c, session: createSessionStore(c), notifications: createNotificationStore(c) };
  });
  const [i18n] = useState(() => createI18n(language ?? storedLanguage()));
  return (
    <I18nextProvider i18n={i18n}>
      <DeskContext.Provider value={desk}>
        <Localized client={desk.client} />
      </DeskContext.Provider>
    </I18nextProvider>
  );
}

/**
 * Carries every language change to dayjs, the page and the client. antd gets it in its own
 * frame (AntdFrame), which the sign-in screen is drawn without.
 */
function Localized({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const language = asLocale(i18n.language);
  useEffect(() => {
    client.setLocale(language);
    applyDayjsLocale(language);
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [client, language, t]);
  return <DeskRoot />;
}

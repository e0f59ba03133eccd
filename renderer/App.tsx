import { App as AntApp, ConfigProvider } from 'antd';
import { useEffect, useState } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { Locale } from '../shared/domain/errors';
import { createClient, type Client } from './api/client';
import { autoTransport, type Transport } from './api/transport';
import { DeskContext, type Desk } from './desk/DeskContext';
import { DeskRoot } from './desk/DeskRoot';
import { antdLocale, applyDayjsLocale, asLocale, createI18n, storedLanguage } from './i18n';
import { createNotificationStore } from './stores/notifications';
import { DESK_THEME } from './theme';
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

/** Re-renders on every language change, carrying it to antd, dayjs, the page and the client. */
function Localized({ client }: { client: Client }) {
  const { t, i18n } = useTranslation();
  const language = asLocale(i18n.language);
  useEffect(() => {
    client.setLocale(language);
    applyDayjsLocale(language);
    document.documentElement.lang = language;
    document.title = t('app.title');
  }, [client, language, t]);
  // virtual={false}: the desk's pick lists are short (people, shifts, buildings), and a virtual
  // list measures its items' heights whenever it renders — a forced layout of the page in the
  // middle of a dialog's submit (a key lent out: ~4 ms of its Enter).
  return (
    <ConfigProvider
      locale={antdLocale(language)}
      theme={DESK_THEME}
      button={{ autoInsertSpace: false }}
      virtual={false}
    >
      <AntApp>
        <DeskRoot />
      </AntApp>
    </ConfigProvider>
  );
}

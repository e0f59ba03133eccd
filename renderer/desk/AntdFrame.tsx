import 'antd/dist/antd.css';
import './frame.css';
import { App as AntApp, ConfigProvider } from 'antd';
import antdEnUS from 'antd/locale/en_US';
import antdZhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { asLocale } from '../i18n';
import { DESK_THEME } from '../theme';

/**
 * antd's frame (theme, locale, the stylesheet) around what is drawn with antd: the signed-in
 * shell and the first-run setup. The sign-in screen is drawn without it, so the first load of
 * the desk carries neither antd's code nor its 1 MB stylesheet; this file's stylesheets come
 * with the shell's code, before any of the pages' own (which may refine antd's rules).
 */
export function AntdFrame({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = asLocale(i18n.language);
  // virtual={false}: the desk's pick lists are short (people, shifts, buildings), and a virtual
  // list measures its items' heights whenever it renders — a forced layout of the page in the
  // middle of a dialog's submit (a key lent out: ~4 ms of its Enter).
  // wave disabled: antd's ripple on a clicked button mounts a React root of its own and animates
  // for a second; Enter in a form clicks its submit button, so every sale and walk-in paid for it.
  return (
    <ConfigProvider
      locale={language === 'en' ? antdEnUS : antdZhCN}
      theme={DESK_THEME}
      button={{ autoInsertSpace: false }}
      virtual={false}
      wave={{ disabled: true }}
    >
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

import i18next, { type i18n as I18n } from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { ERROR_MESSAGES, LOCALES, type Locale } from '../../shared/domain/errors';
import { en } from './en';
import { zhCN } from './zh-CN';

export const NAMESPACES = ['common', 'roles', 'errors', 'notifications'] as const;
const LANGUAGE_STORAGE_KEY = 'sitedesk.language';

/** The shared error texts use `{name}`; i18next wants `{{name}}`. */
export function errorCatalogue(locale: Locale): Record<string, string> {
  return Object.fromEntries(
    Object.entries(ERROR_MESSAGES).map(([code, texts]) => [
      code,
      texts[locale].replace(/\{(\w+)\}/g, '{{$1}}'),
    ]),
  );
}

const catalogues = { 'zh-CN': zhCN, en } as const;

/**
 * One i18next instance per mounted app (tests mount several), initialised synchronously from
 * the bundled catalogues: the desk is offline, there is nothing to fetch.
 */
export function createI18n(language: Locale): I18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    LOCALES.map((lng) => [lng, { ...catalogues[lng], errors: errorCatalogue(lng) }]),
  );
  void instance.init({
    resources,
    lng: language,
    fallbackLng: 'zh-CN',
    supportedLngs: [...LOCALES],
    load: 'currentOnly',
    ns: [...NAMESPACES],
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  applyDayjsLocale(language);
  return instance;
}

export function applyDayjsLocale(language: Locale): void {
  dayjs.locale(language === 'en' ? 'en' : 'zh-cn');
}

export function asLocale(value: string | undefined | null): Locale {
  return value === 'en' ? 'en' : 'zh-CN';
}

function readStored(): string | null {
  try {
    return globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** The language chosen on this PC (a UI preference, not a ledger fact), defaulting to Chinese. */
export function storedLanguage(): Locale {
  return asLocale(readStored());
}

export function hasStoredLanguage(): boolean {
  return readStored() !== null;
}

export function storeLanguage(language: Locale): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private mode); the choice then lasts for this window only.
  }
}

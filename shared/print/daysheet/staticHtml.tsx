import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import type { Locale } from '../../domain/locale';
import { DaySheetDocument } from './DaySheetDocument';
import { daySheetPrintCatalogue } from './i18n';

/**
 * The print page as a standalone HTML document, for a host that has no renderer window (the CLI
 * turns it into a PDF with Chromium). Same component, same words, same styles as the app.
 */
export function daySheetHtml(sheet: DaySheet, language: Locale = 'zh-CN'): string {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      'zh-CN': { daysheet: daySheetPrintCatalogue('zh-CN') },
      en: { daysheet: daySheetPrintCatalogue('en') },
    },
    lng: language,
    ns: ['daysheet'],
    defaultNS: 'daysheet',
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  const body = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DaySheetDocument sheet={sheet} />
    </I18nextProvider>,
  );
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${sheet.businessDate}</title></head><body>${body}</body></html>`;
}

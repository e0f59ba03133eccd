import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/domain/errors';
import { asLocale, storeLanguage } from '../i18n';

/**
 * Switches the interface language of this PC; reachable from every screen, signed in or not.
 * Native radios covering their labels (antd's button-style radios hide the input at zero size,
 * which browser test drivers refuse to click).
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const group = useId();
  const current = asLocale(i18n.language);
  function choose(language: Locale) {
    storeLanguage(language);
    void i18n.changeLanguage(language);
  }
  return (
    <div role="radiogroup" aria-label={t('language.label')} className="language-switch">
      {LOCALES.map((language) => (
        <label key={language} className={language === current ? 'is-checked' : undefined} lang={language}>
          <input
            type="radio"
            className="covering-radio"
            name={group}
            value={language}
            checked={language === current}
            onChange={() => choose(language)}
          />
          {language === 'en' ? t('language.en') : t('language.zh')}
        </label>
      ))}
    </div>
  );
}

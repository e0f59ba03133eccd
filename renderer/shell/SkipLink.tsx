import { useTranslation } from 'react-i18next';

/** The first Tab stop: past the header and the menu, straight to the page. */
export function SkipLink({ target }: { target: () => HTMLElement | null }) {
  const { t } = useTranslation();
  return (
    <a
      href="#main-content"
      className="skip-link"
      onClick={(e) => {
        // Move the focus without touching the address (the web host's token lives there).
        e.preventDefault();
        target()?.focus();
      }}
    >
      {t('shortcuts.skipToContent')}
    </a>
  );
}

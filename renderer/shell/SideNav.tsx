import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageRoute } from '../pages/routes';
import type { Shortcut } from './shortcuts';

export function SideNav({
  routes,
  shortcuts,
  current,
  onNavigate,
}: {
  routes: readonly PageRoute[];
  shortcuts: readonly Shortcut[];
  current: string;
  onNavigate: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('shell.navigation')}>
      <Menu
        mode="inline"
        selectedKeys={[current]}
        onClick={({ key }) => onNavigate(key)}
        items={routes.map((r) => {
          const key = shortcuts.find((s) => s.route === r.key)?.key;
          // The key is drawn by CSS from data-shortcut, so the item's text stays the page's name;
          // aria-keyshortcuts tells screen readers.
          const label = key ? (
            <span className="nav-label" data-shortcut={key}>
              {t(r.labelKey)}
            </span>
          ) : (
            t(r.labelKey)
          );
          return { key: r.key, icon: r.icon, label, ...(key ? { 'aria-keyshortcuts': key } : {}) };
        })}
      />
    </nav>
  );
}

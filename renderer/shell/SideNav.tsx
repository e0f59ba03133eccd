import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PageRoute } from '../pages/routes';

export function SideNav({
  routes,
  current,
  onNavigate,
}: {
  routes: readonly PageRoute[];
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
        items={routes.map((r) => ({ key: r.key, icon: r.icon, label: t(r.labelKey) }))}
      />
    </nav>
  );
}

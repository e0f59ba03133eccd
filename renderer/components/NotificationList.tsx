import { Empty, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { NotificationView } from '../../shared/contract/notifications';

const SEVERITY_COLOUR = { info: 'blue', warning: 'orange', critical: 'red' } as const;

export function NotificationList({ items }: { items: readonly NotificationView[] }) {
  const { t } = useTranslation();
  if (items.length === 0)
    return <Empty description={t('notice.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="notification-list">
      {items.map((n) => (
        <li key={n.id} className={n.read ? 'is-read' : 'is-unread'}>
          <Tag color={SEVERITY_COLOUR[n.severity]}>{t(`notice.severity.${n.severity}`)}</Tag>
          <span className="notification-title">{t(`notifications:${n.titleKey}`, n.params)}</span>
          {!n.read && <Tag color="red">{t('notice.unreadTag')}</Tag>}
          <Typography.Text type="secondary" className="notification-time">
            {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

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
        <li key={n.id} className={n.resolved ? 'is-resolved' : n.read ? 'is-read' : 'is-unread'}>
          {n.resolved ? (
            // No longer an alarm: the severity gives way to what resolved it.
            <Tag color="green">
              {t('notice.resolved', {
                reason: t(`notice.resolution.${n.resolved.reason}`),
                at: dayjs(n.resolved.at).format('MM-DD HH:mm'),
              })}
            </Tag>
          ) : (
            <Tag color={SEVERITY_COLOUR[n.severity]}>{t(`notice.severity.${n.severity}`)}</Tag>
          )}
          <span className="notification-title">{t(`notifications:${n.titleKey}`, n.params)}</span>
          {!n.read && !n.resolved && <Tag color="red">{t('notice.unreadTag')}</Tag>}
          <Typography.Text type="secondary" className="notification-time">
            {dayjs(n.at).format('YYYY-MM-DD HH:mm')}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

import { Card, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessDateOf, DEFAULT_DAY_CUTOFF } from '../../../shared/domain/businessDate';
import { NotificationList } from '../../components/NotificationList';
import { useNotifications, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { HomeComplaints } from '../complaints/HomeComplaints';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const items = useNotifications((s) => s.items);
  // Until (or unless) the settings are read, the default cut-off is a fair guess for a greeting.
  const settings = useLoaded('settings.get', {});
  const cutoff = settings.data?.dayCutoff ?? DEFAULT_DAY_CUTOFF;

  const businessDate = businessDateOf(new Date(), cutoff);
  return (
    <div className="page">
      <Typography.Title level={2}>{t('home.greeting', { name: user?.name ?? '' })}</Typography.Title>
      <Descriptions
        column={1}
        items={[
          {
            key: 'businessDate',
            label: t('home.businessDate'),
            children: <time dateTime={businessDate}>{dayjs(businessDate).format(t('home.dateFormat'))}</time>,
          },
        ]}
      />
      <Card title={<h3 className="card-title">{t('home.notifications')}</h3>} className="page-card">
        <NotificationList items={items} />
      </Card>
      <HomeComplaints />
    </div>
  );
}

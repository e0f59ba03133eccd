import { Card, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessDateOf, DEFAULT_DAY_CUTOFF } from '../../../shared/domain/businessDate';
import { NotificationList } from '../../components/NotificationList';
import { SlipsByConsultant } from '../visits/CloseVisitorsReview';
import { useNotifications, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const items = useNotifications((s) => s.items);
  // Until (or unless) the settings are read, the default cut-off is a fair guess for a greeting.
  const settings = useLoaded('settings.get', {});
  const cutoff = settings.data?.dayCutoff ?? DEFAULT_DAY_CUTOFF;
  // The desk's open date: after the evening's close it is the next one, not the clock's.
  const session = useLoaded('auth.session', {});
  const businessDate = session.data?.businessDate ?? businessDateOf(new Date(), cutoff);
  // The manager and deputy follow the consultants' slips (000:691); a consultant sees their own.
  const followsSlips = (user?.roles ?? []).some(
    (r) => r === 'manager' || r === 'deputy' || r === 'consultant',
  );
  const slips = useLoaded('visits.incompleteSlips', {}, { enabled: followsSlips });
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
      {followsSlips && slips.data && (
        <Card
          title={<h3 className="card-title">{t('visits.home.slips', { count: slips.data.total })}</h3>}
          className="page-card"
        >
          <SlipsByConsultant slips={slips.data} />
        </Card>
      )}
      <Card title={<h3 className="card-title">{t('home.notifications')}</h3>} className="page-card">
        <NotificationList items={items} />
      </Card>
    </div>
  );
}

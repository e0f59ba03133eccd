import { Card, Descriptions, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { businessDateOf, DEFAULT_DAY_CUTOFF } from '../../../shared/domain/businessDate';
import { NotificationList } from '../../components/NotificationList';
import { SlipsByConsultant } from '../visits/CloseVisitorsReview';
import { useNotifications, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { HomeComplaints } from '../complaints/HomeComplaints';

export function HomePage() {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const items = useNotifications((s) => s.items);
  // The date the desk writes into: after an evening close, the next one. Until it is read, the
  // clock's date under the default cut-off is a fair guess for a greeting.
  const open = useLoaded('dayclose.openDate', {});
  const businessDate = open.data?.businessDate ?? businessDateOf(new Date(), DEFAULT_DAY_CUTOFF);
  const closedToday = open.data !== undefined && open.data.businessDate !== open.data.clockDate;
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
            children: (
              <>
                <time dateTime={businessDate}>{dayjs(businessDate).format(t('home.dateFormat'))}</time>
                {closedToday && (
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {t('home.closedToday', { date: open.data!.clockDate })}
                  </Typography.Text>
                )}
              </>
            ),
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
      <HomeComplaints />
    </div>
  );
}

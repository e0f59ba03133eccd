import { Alert, App, Button, Card, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { IncompleteSlips, VisitLine } from '../../../shared/contract/visits';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { clockTime } from './format';

/**
 * The close's look at the day's visitors: the parties with no leaving time (marked left in one
 * step) and the visitor slips their consultants have not completed (000:691), per consultant.
 */
export function CloseVisitorsReview({ businessDate }: { businessDate: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const { modal } = App.useApp();
  const message = useToast();
  const review = useLoaded('visits.closeReview', { businessDate });
  const action = useAction();
  const inOffice = review.data?.inOffice ?? [];

  function markAllLeft(parties: VisitLine[]) {
    modal.confirm({
      title: t('visits.closeReview.markAllLeftConfirm', { count: parties.length }),
      content: parties.map((p) => p.customerName).join('、'),
      okText: t('visits.closeReview.markAllLeft'),
      cancelText: t('form.cancel'),
      onOk: async () => {
        const done = await action.run(() =>
          client.call('visits.markLeft', { visitIds: parties.map((p) => p.visitId) }),
        );
        if (!done) return;
        message.success(t('visits.closeReview.markedLeft', { count: done.visits.length }));
        await review.refresh();
      },
    });
  }

  return (
    <Card size="small" title={t('visits.closeReview.title')} className="close-visitors">
      <ErrorAlert from={[review]} />
      <ErrorAlert error={action.error} onClose={action.clearError} />
      {review.data && (
        <Space direction="vertical" className="full-width">
          {inOffice.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={t('visits.closeReview.inOffice', { count: inOffice.length })}
              description={inOffice
                .map((p) =>
                  t('visits.closeReview.party', {
                    time: clockTime(p.arrivedAt),
                    name: p.customerName,
                    consultant: p.consultantName,
                  }),
                )
                .join('；')}
              action={
                mayCall('visits.markLeft', roles) ? (
                  <Button size="small" loading={action.busy} onClick={() => markAllLeft(inOffice)}>
                    {t('visits.closeReview.markAllLeft')}
                  </Button>
                ) : undefined
              }
            />
          ) : (
            <Alert type="success" showIcon title={t('visits.closeReview.inOfficeNone')} />
          )}
          <SlipsByConsultant slips={review.data.incompleteSlips} />
        </Space>
      )}
    </Card>
  );
}

/** Incomplete slips per consultant, each visit with what it lacks. */
export function SlipsByConsultant({ slips }: { slips: IncompleteSlips }) {
  const { t } = useTranslation();
  if (slips.total === 0) return <Alert type="success" showIcon title={t('visits.closeReview.slipsNone')} />;
  return (
    <List
      size="small"
      header={<strong>{t('visits.closeReview.slips')}</strong>}
      dataSource={slips.byConsultant}
      renderItem={(c) => (
        <List.Item>
          <List.Item.Meta
            title={t('visits.closeReview.slipsOf', { name: c.name, count: c.count })}
            description={c.visits
              .map(
                (v) =>
                  `${v.businessDate} ${clockTime(v.arrivedAt)} ${v.customerName}（${t(
                    'visits.closeReview.lacks',
                    {
                      parts: v.slipMissing.map((p) => t(`visits.slipPart.${p}`)).join('、'),
                    },
                  )}）`,
              )
              .join('；')}
          />
        </List.Item>
      )}
    />
  );
}

import { Card, List, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import type { RotationView } from '../../../shared/contract/rotation';
import { VISITS_PAGE } from '../../../shared/contract/visits';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { CustomerSearch } from './CustomerSearch';
import { customerLabel } from './format';
import { RotationPanel } from './RotationPanel';
import { TodayVisitors, type VisitorListQuery } from './TodayVisitors';
import { WalkInForm } from './WalkInForm';
import './visits.css';

/** 来访登记: the walk-in slip, the rotation, today's visitors and the day's invitations. */
export function VisitsPage() {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const [rotation, setRotation] = useState<RotationView | null>(null);
  const [day, setDay] = useState<OutputOf<'visits.day'> | null>(null);
  // The visitor list is paged by the main process: page 1 holds the latest arrivals.
  const [list, setList] = useState<VisitorListQuery>({ page: 1, inOfficeOnly: false });
  const [channels, setChannels] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const [r, d, s] = await Promise.all([
        client.call('rotation.today', {}),
        client.call('visits.day', {
          inOfficeOnly: list.inOfficeOnly,
          limit: VISITS_PAGE,
          offset: (list.page - 1) * VISITS_PAGE,
        }),
        client.call('settings.get', {}),
      ]);
      // Parties left or the filter changed under a later page: show the last page that has rows.
      const lastPage = Math.max(1, Math.ceil(d.total / VISITS_PAGE));
      if (list.page > lastPage) return setList({ ...list, page: lastPage });
      setRotation(r);
      setDay(d);
      setChannels(s.visitChannels);
    } catch (failure) {
      setError(failure);
    }
  }, [client, list]);

  useEffect(() => {
    void load();
  }, [load]);

  const canRecord = mayCall('visits.record', roles);
  return (
    <div className="page">
      <Typography.Title level={2}>{t('visits.nav.desk')}</Typography.Title>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <div className="visits-top">
        {canRecord && rotation && channels.length > 0 && (
          <Card
            title={<h3 className="card-title">{t('visits.walkIn.title')}</h3>}
            className="page-card walk-in-card"
          >
            <WalkInForm
              consultants={rotation.queue}
              channels={channels}
              rotationKey={`${rotation.events.length}`}
              onRecorded={(result) => {
                setRotation(result.rotation);
                void load();
              }}
            />
          </Card>
        )}
        {rotation && <RotationPanel view={rotation} onChange={(v) => (setRotation(v), void load())} />}
      </div>
      <CustomerSearch />
      <Card title={<h3 className="card-title">{t('visits.today.title')}</h3>} className="page-card">
        {day && <TodayVisitors day={day} query={list} onQuery={setList} onChange={() => void load()} />}
      </Card>
      <Card title={<h3 className="card-title">{t('visits.today.invited')}</h3>} className="page-card">
        <List
          size="small"
          dataSource={day?.invited ?? []}
          locale={{ emptyText: t('visits.today.invitedEmpty') }}
          renderItem={(c) => (
            <List.Item>
              {customerLabel(c.customer, t('visits.today.anonymised'))}
              {c.ownerName ? ` · ${c.ownerName}` : ''}
              {c.topic ? ` · ${c.topic}` : ''}
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}

import { Card, List, Typography } from 'antd';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { VISITS_PAGE } from '../../../shared/contract/visits';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useWrittenOver } from '../../hooks/useWrittenOver';
import { CustomerSearch } from './CustomerSearch';
import { customerLabel } from './format';
import { RotationPanel } from './RotationPanel';
import { TodayVisitors, type VisitorListQuery } from './TodayVisitors';
import { WalkInForm } from './WalkInForm';
import './visits.css';

/** 来访登记: the walk-in slip, the rotation, today's visitors and the day's invitations. */
export function VisitsPage() {
  const { t } = useTranslation();
  const roles = useSession((s) => s.user?.roles);
  // The visitor list is paged by the main process: page 1 holds the latest arrivals.
  const [list, setList] = useState<VisitorListQuery>({ page: 1, inOfficeOnly: false });
  const [version, setVersion] = useState(0);
  const rotationAnswer = useLoaded('rotation.today', {}, { version });
  const dayAnswer = useLoaded(
    'visits.day',
    { inOfficeOnly: list.inOfficeOnly, limit: VISITS_PAGE, offset: (list.page - 1) * VISITS_PAGE },
    { version },
  );
  const settings = useLoaded('settings.get', {});
  const [shownRotation, writeRotation] = useWrittenOver(rotationAnswer.data, rotationAnswer.received);
  const [shownDay, writeDay] = useWrittenOver(dayAnswer.data, dayAnswer.received);
  const rotation = shownRotation ?? null;
  const day = shownDay ?? null;
  const channels = settings.data?.visitChannels ?? [];
  const consultants = useConsultantChoices(rotation?.queue);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  // The walk-in is shown in the list from the write's own answer at once, and the re-read that
  // confirms it is asked in the same update (so an answer to an earlier question is dropped, not
  // laid over it); the rotation's new order follows as a transition, a frame later if need be.
  const recorded = useCallback(
    (result: OutputOf<'visits.record'>) => {
      writeDay((shown) => withRecordedVisit(shown, result.visit, list));
      changed();
      startTransition(() => writeRotation(() => result.rotation));
    },
    [writeRotation, writeDay, list, changed],
  );

  // Parties left or the filter changed under a later page: show the last page that has rows.
  const lastPage = day ? Math.max(1, Math.ceil(day.total / VISITS_PAGE)) : list.page;
  useEffect(() => {
    if (list.page > lastPage) setList((l) => ({ ...l, page: lastPage }));
  }, [list.page, lastPage]);

  const canRecord = mayCall('visits.record', roles);
  return (
    <div className="page">
      <Typography.Title level={2}>{t('visits.nav.desk')}</Typography.Title>
      <ErrorAlert from={[rotationAnswer, dayAnswer, settings]} closable />
      <div className="visits-top">
        {canRecord && rotation && channels.length > 0 && (
          <Card
            title={<h3 className="card-title">{t('visits.walkIn.title')}</h3>}
            className="page-card walk-in-card"
          >
            <WalkInForm
              consultants={consultants}
              channels={channels}
              rotationKey={`${rotation.events.length}`}
              onRecorded={recorded}
            />
          </Card>
        )}
        {rotation && <RotationPanel view={rotation} onChange={changed} />}
      </div>
      <CustomerSearch />
      <Card title={<h3 className="card-title">{t('visits.today.title')}</h3>} className="page-card">
        {day && (
          <TodayVisitors day={day} channels={channels} query={list} onQuery={setList} onChange={changed} />
        )}
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

type Day = OutputOf<'visits.day'>;

/** Today's list as it is once `visit` is recorded: the latest arrival heads the first page. */
function withRecordedVisit(day: Day, visit: Day['visits'][number], list: VisitorListQuery): Day {
  if (visit.businessDate !== day.date || day.visits.some((v) => v.id === visit.id)) return day;
  const inOffice = visit.leftAt === null ? day.inOffice + 1 : day.inOffice;
  if (list.inOfficeOnly && visit.leftAt !== null) return { ...day, inOffice };
  const total = day.total + 1;
  if (list.page !== 1) return { ...day, total, inOffice };
  return { ...day, total, inOffice, visits: [visit, ...day.visits].slice(0, VISITS_PAGE) };
}

/**
 * The consultants a walk-in may name, in name order: the same list (the same array) while the
 * same people are in the rotation, so the slip's fields are not redrawn each time the queue moves.
 */
const NAME_ORDER = new Intl.Collator('zh-CN');

function useConsultantChoices(queue: { id: number; name: string }[] | undefined) {
  const key = JSON.stringify(
    (queue ?? [])
      .map((c) => [c.id, c.name] as const)
      .sort((a, b) => NAME_ORDER.compare(a[1], b[1]) || a[0] - b[0]),
  );
  return useMemo(() => (JSON.parse(key) as [number, string][]).map(([id, name]) => ({ id, name })), [key]);
}

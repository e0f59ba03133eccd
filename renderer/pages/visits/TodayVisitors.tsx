import { PrinterOutlined } from '@ant-design/icons';
import { Button, Segmented, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { VISIT_OUTCOMES, VISITS_PAGE, type VisitView } from '../../../shared/contract/visits';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useSharedRows } from '../../hooks/useSharedRows';
import { AmendVisitDialog, type VisitAmendment } from './AmendVisitDialog';
import { CompleteSlipDialog } from './CompleteSlipDialog';
import { GrantMakeupDialog } from './GrantMakeupDialog';
import { clockTime, customerLabel } from './format';
import { ReturningTag } from './ReturningTag';
import { VisitSlipDialog } from './VisitSlipDialog';

type Day = OutputOf<'visits.day'>;

/** Which page of the list, and whether only the parties still in the office. */
export interface VisitorListQuery {
  page: number;
  inOfficeOnly: boolean;
}

/**
 * Today's visitors, the latest arrival first, a page at a time: who is still in the office, the
 * slip's outcome, leaving, make-up turns. Memoised: a page of rows is the costliest part of
 * the desk's page to render, and the rotation's or the form's updates leave it as it is.
 */
export const TodayVisitors = memo(function TodayVisitors({
  day,
  channels,
  query,
  onQuery,
  onChange,
}: {
  day: Day;
  /** The walk-in channels, offered when a consultant completes a slip. */
  channels: string[];
  query: VisitorListQuery;
  onQuery: (query: VisitorListQuery) => void;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const action = useAction();
  const [amending, setAmending] = useState<VisitView | null>(null);
  const [printing, setPrinting] = useState<VisitView | null>(null);
  const [completing, setCompleting] = useState<VisitView | null>(null);
  const [makingUp, setMakingUp] = useState<VisitView | null>(null);
  const rows = useSharedRows(day.visits);

  async function act(work: () => Promise<unknown>) {
    if ((await action.run(work)) !== undefined) onChange();
  }

  const columns: TableColumnsType<VisitView> = [
    { key: 'arrived', title: t('visits.today.arrived'), render: (_, v) => clockTime(v.arrivedAt) },
    {
      key: 'customer',
      title: t('visits.today.customer'),
      render: (_, v) => customerLabel(v.customer, t('visits.today.anonymised')),
    },
    { key: 'party', title: t('visits.today.party'), dataIndex: 'partySize' },
    { key: 'channel', title: t('visits.today.channel'), dataIndex: 'channel' },
    {
      key: 'kind',
      title: t('visits.today.kind'),
      render: (_, v) => <ReturningTag returning={v.returning} />,
    },
    {
      key: 'consultant',
      title: t('visits.today.consultant'),
      render: (_, v) => (
        <span>
          {v.consultantName} <Tag>{t(`visits.chosenBy.${v.chosenBy}`)}</Tag>
        </span>
      ),
    },
    {
      key: 'outcome',
      title: t('visits.today.outcome'),
      render: (_, v) =>
        v.outcome ? (
          <Tag color={v.outcome === 'market_research' ? 'orange' : 'green'}>
            {t(`visits.outcome.${v.outcome}`)}
          </Tag>
        ) : mayCall('visits.amend', roles) ? (
          <Select
            size="small"
            aria-label={`${t('visits.today.setOutcome')} ${v.customer.name}`}
            placeholder={t('visits.today.setOutcome')}
            className="outcome-select"
            options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`visits.outcome.${o}`) }))}
            onChange={(outcome) => void act(() => client.call('visits.amend', { visitId: v.id, outcome }))}
          />
        ) : null,
    },
    {
      key: 'left',
      title: t('visits.today.left'),
      render: (_, v) =>
        v.leftAt ? (
          clockTime(v.leftAt)
        ) : mayCall('visits.leave', roles) ? (
          <Button
            size="small"
            aria-label={t('visits.today.markLeftOf', { name: v.customer.name })}
            onClick={() => void act(() => client.call('visits.leave', { visitId: v.id }))}
          >
            {t('visits.today.markLeft')}
          </Button>
        ) : null,
    },
  ];
  async function amend(v: VisitView, amendment: VisitAmendment) {
    if (!amendment.outcome && !amendment.note) return setAmending(null);
    await act(() => client.call('visits.amend', { visitId: v.id, ...amendment }));
    setAmending(null);
  }

  columns.push({
    key: 'slip',
    title: t('visits.slip.column'),
    render: (_, v) => (
      <Button
        size="small"
        icon={<PrinterOutlined aria-hidden />}
        aria-label={t('visits.slip.printOf', { name: v.customer.name })}
        onClick={() => setPrinting(v)}
      >
        {t('visits.slip.print')}
      </Button>
    ),
  });
  if (mayCall('visits.completeSlip', roles)) {
    columns.push({
      key: 'complete',
      title: t('visits.complete.open'),
      render: (_, v) => (
        <Button
          size="small"
          type={v.slipMissing.length > 0 ? 'primary' : 'default'}
          aria-label={t('visits.complete.openOf', { name: v.customer.name })}
          title={
            v.slipMissing.length > 0
              ? t('visits.closeReview.lacks', {
                  parts: v.slipMissing.map((p) => t(`visits.slipPart.${p}`)).join('、'),
                })
              : undefined
          }
          onClick={() => setCompleting(v)}
        >
          {t('visits.complete.open')}
        </Button>
      ),
    });
  }
  if (mayCall('visits.amend', roles)) {
    columns.push({
      key: 'amend',
      title: t('visits.today.amend'),
      render: (_, v) => (
        <Button
          size="small"
          onClick={() => setAmending(v)}
          aria-label={t('visits.today.amendOf', { name: v.customer.name })}
        >
          {t('visits.today.amend')}
        </Button>
      ),
    });
  }
  if (mayCall('rotation.grantMakeup', roles)) {
    columns.push({
      key: 'makeup',
      title: t('visits.today.makeup'),
      render: (_, v) =>
        v.makeupGranted ? (
          <Tag>{t('visits.today.makeupGranted')}</Tag>
        ) : v.outcome === 'market_research' && v.chosenBy === 'rotation' ? (
          <Button size="small" onClick={() => setMakingUp(v)}>
            {t('visits.today.makeup')}
          </Button>
        ) : null,
    });
  }

  // A cell is drawn again only when its row changed: adding one visit to a full page draws
  // one row. What else a cell shows (the language, what the person may do) keys the table.
  const drawnColumns = columns.map((c) => ({ ...c, shouldCellUpdate: rowChanged }));
  const drawnFor = `${i18n.language}|${(roles ?? []).join(',')}`;

  return (
    <Space direction="vertical" className="full-width">
      <Space>
        <Segmented
          aria-label={t('visits.today.title')}
          value={query.inOfficeOnly ? 'in' : 'all'}
          onChange={(v) => onQuery({ page: 1, inOfficeOnly: v === 'in' })}
          options={[
            { value: 'all', label: t('visits.today.all') },
            { value: 'in', label: t('visits.today.onlyInOffice') },
          ]}
        />
        <Tag color="processing">{t('visits.today.inOffice', { count: day.inOffice })}</Tag>
      </Space>
      <ErrorAlert error={action.error} onClose={action.clearError} />
      <Table<VisitView>
        key={drawnFor}
        rowKey="id"
        size="small"
        aria-label={t('visits.today.title')}
        columns={drawnColumns}
        dataSource={rows}
        pagination={{
          current: query.page,
          pageSize: VISITS_PAGE,
          total: day.total,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (count) => t('visits.today.total', { count }),
          onChange: (page) => onQuery({ ...query, page }),
        }}
        locale={{ emptyText: t('visits.today.empty') }}
      />
      {completing && (
        <CompleteSlipDialog
          visit={completing}
          channels={channels}
          onClose={() => setCompleting(null)}
          onSaved={() => {
            setCompleting(null);
            onChange();
          }}
        />
      )}
      <GrantMakeupDialog
        visit={makingUp}
        onClose={() => setMakingUp(null)}
        onGranted={() => {
          setMakingUp(null);
          onChange();
        }}
      />
      {printing && <VisitSlipDialog visit={printing} onClose={() => setPrinting(null)} />}
      {amending && (
        <AmendVisitDialog
          visit={amending}
          onCancel={() => setAmending(null)}
          onSave={(a) => amend(amending, a)}
        />
      )}
    </Space>
  );
});

function rowChanged(row: VisitView, before: VisitView): boolean {
  return row !== before;
}

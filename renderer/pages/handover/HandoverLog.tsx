import { Checkbox, DatePicker, Form, Select, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverSummary } from '../../../shared/contract/handover';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useLoaded } from '../../hooks/usePolled';

interface Filters {
  range?: [Dayjs | null, Dayjs | null] | null;
  personId?: number;
  withDifferences?: boolean;
}

const time = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm') : null);

/** 前台交接日志: every handover, newest first, filtered by dates, person and differences. */
export function HandoverLog({ version, onView }: { version: number; onView: (id: number) => void }) {
  const { t } = useTranslation('handover');
  const [filters, setFilters] = useState<Filters>({});
  const roster = useLoaded('auth.roster', {});
  const people = (roster.data ?? []).filter((p) =>
    p.roles.some((r) => r === 'receptionist' || r === 'assistant'),
  );
  const [from, to] = filters.range ?? [];
  const log = useLoaded(
    'handover.log',
    {
      from: from?.format('YYYY-MM-DD'),
      to: to?.format('YYYY-MM-DD'),
      personId: filters.personId,
      withDifferences: filters.withDifferences || undefined,
    },
    { version },
  );

  return (
    <>
      <Form<Filters>
        layout="inline"
        name="handover-log-filters"
        onValuesChange={(_, all) => setFilters(all)}
        className="handover-filters"
      >
        <Form.Item name="range" label={t('log.range')}>
          <DatePicker.RangePicker allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="personId" label={t('log.person')}>
          <Select
            allowClear
            className="handover-select"
            options={people.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item name="withDifferences" valuePropName="checked">
          <Checkbox>{t('log.withDifferences')}</Checkbox>
        </Form.Item>
      </Form>
      <ErrorAlert error={log.error} />
      <Table<HandoverSummary>
        size="small"
        rowKey="id"
        loading={log.loading}
        dataSource={log.data ?? []}
        aria-label={t('tabs.log')}
        columns={[
          { key: 'date', title: t('log.date'), dataIndex: 'businessDate' },
          { key: 'shift', title: t('log.shift'), dataIndex: 'shiftName' },
          { key: 'from', title: t('log.from'), dataIndex: 'fromName' },
          { key: 'to', title: t('log.to'), dataIndex: 'toName' },
          { key: 'started', title: t('log.startedAt'), render: (_, h) => time(h.startedAt) },
          {
            key: 'ack',
            title: t('log.acknowledgedAt'),
            render: (_, h) => time(h.acknowledgedAt) ?? <Tag color="orange">{t('log.pending')}</Tag>,
          },
          {
            key: 'diff',
            title: t('log.differences'),
            render: (_, h) =>
              h.differenceCount > 0 ? (
                <Tag color="red">{h.differenceCount}</Tag>
              ) : h.acknowledgedAt ? (
                0
              ) : null,
          },
          {
            key: 'view',
            title: t('log.view'),
            render: (_, h) => (
              <RowButton label={t('log.view')} of={`#${h.id}`} onClick={() => onView(h.id)} />
            ),
          },
        ]}
      />
    </>
  );
}

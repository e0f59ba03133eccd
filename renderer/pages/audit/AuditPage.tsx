import { Button, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { auditEntrySchema } from '../../../shared/contract/audit';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { VerifyPanel } from './VerifyPanel';

type AuditEntry = z.infer<typeof auditEntrySchema>;
const PAGE_SIZE = 100;

export function AuditPage() {
  const { t } = useTranslation();
  const client = useClient();
  const [entries, setEntries] = useState<AuditEntry[]>([]);
  const [hasMore, setHasMore] = useState(false);
  // Each "load older" adds a page of the trail; the table shows one at a time, so a trail read
  // back through thousands of entries never renders thousands of rows.
  const [page, setPage] = useState(1);
  const loaded = useRef(0);
  const reading = useAction();
  const read = reading.run;

  const load = useCallback(
    async (beforeId?: number) => {
      const answer = await read(() => client.call('audit.list', { limit: PAGE_SIZE, beforeId }));
      if (!answer) return;
      const before = beforeId === undefined ? 0 : loaded.current;
      loaded.current = before + answer.entries.length;
      setEntries((previous) => (beforeId === undefined ? answer.entries : [...previous, ...answer.entries]));
      setPage(Math.floor(before / PAGE_SIZE) + 1); // the first page of what was just read
      setHasMore(answer.hasMore);
    },
    [client, read],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const columns: TableColumnsType<AuditEntry> = [
    { key: 'id', title: t('audit.id'), dataIndex: 'id', width: 80 },
    {
      key: 'at',
      title: t('audit.at'),
      render: (_, e) => <time dateTime={e.at}>{dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}</time>,
      width: 170,
    },
    { key: 'businessDate', title: t('audit.businessDate'), dataIndex: 'businessDate', width: 120 },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, e) => (
        <>
          {e.actorName ?? t('audit.system')}
          {e.countersignedBy !== null && (
            <Typography.Text type="secondary">
              {' '}
              {t('audit.countersigned', { id: e.countersignedBy })}
            </Typography.Text>
          )}
        </>
      ),
      width: 140,
    },
    { key: 'channel', title: t('audit.channel'), dataIndex: 'channel', width: 170 },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      render: (_, e) =>
        e.outcome === 'ok' ? (
          <Tag color="green">{t('audit.ok')}</Tag>
        ) : (
          <Tag color="red">{t('audit.refused')}</Tag>
        ),
      width: 100,
    },
    { key: 'summary', title: t('audit.summary'), dataIndex: 'summary', ellipsis: true },
  ];

  const last = entries.at(-1);
  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.audit')}</Typography.Title>
      <VerifyPanel />
      <ErrorAlert error={reading.error} />
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={reading.busy}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          onChange: setPage,
          showSizeChanger: false,
          hideOnSinglePage: true,
        }}
        className="page-card"
      />
      {hasMore && last && (
        <Button className="load-more" onClick={() => void load(last.id)} loading={reading.busy}>
          {t('audit.loadMore')}
        </Button>
      )}
    </div>
  );
}

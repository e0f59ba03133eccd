import { Button, Form, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CloseSummary } from '../../../shared/contract/dayclose';
import { formatFen } from '../../../shared/domain/money';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { when } from './format';

const STATUS_COLOR = { open: 'default', closed: 'green', reopened: 'orange' } as const;

/**
 * The dates closed (or reopened since), newest first; a manager reopens one with a reason.
 * Memoised: the close's steps above it change with every Enter, and a month of lines is most of
 * what the page would redraw for that.
 */
export const ClosedDates = memo(function ClosedDates({
  records,
  mayReopen,
  onChanged,
}: {
  records: CloseSummary[];
  mayReopen: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('dayclose');
  const client = useClient();
  const [reopening, setReopening] = useState<string | null>(null);
  const columns: TableColumnsType<CloseSummary> = [
    { key: 'date', title: t('list.date'), dataIndex: 'businessDate' },
    {
      key: 'status',
      title: t('list.status'),
      render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`status.${r.status}`)}</Tag>,
    },
    { key: 'closedAt', title: t('list.closedAt'), render: (_, r) => when(r.closedAt) },
    {
      key: 'fingerprint',
      title: t('list.fingerprint'),
      render: (_, r) => (r.fingerprint ? <Typography.Text code>{r.fingerprint}</Typography.Text> : '—'),
    },
    { key: 'handed', title: t('list.handed'), align: 'right', render: (_, r) => formatFen(r.handedFen) },
    {
      key: 'signed',
      title: t('list.signed'),
      render: (_, r) => r.signatures.map((s) => `${t(`role.${s.role}`)} ${s.name}`).join(t('separator')),
    },
    {
      key: 'reopened',
      title: t('list.reopenings'),
      render: (_, r) =>
        r.reopenings
          .map((o) => t('reopenLine', { at: when(o.at), by: o.by, reason: o.reason }))
          .join(t('separator')),
    },
    {
      key: 'actions',
      title: t('list.actions'),
      render: (_, r) =>
        mayReopen && r.status === 'closed' ? (
          <Button size="small" onClick={() => setReopening(r.businessDate)}>
            {t('reopen.button')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Table rowKey="businessDate" columns={columns} dataSource={records} pagination={false} size="small" />
      <DialogForm<{ reason: string }>
        name="dayCloseReopen"
        open={reopening !== null}
        title={t('reopen.title', { date: reopening ?? '' })}
        submitText={t('reopen.submit')}
        onCancel={() => setReopening(null)}
        onSubmit={async (v) => {
          if (reopening === null) return;
          await client.call('dayclose.reopen', { businessDate: reopening, reason: v.reason });
          setReopening(null);
          await onChanged();
        }}
      >
        <Form.Item
          name="reason"
          label={t('reopen.reason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
      </DialogForm>
    </>
  );
});

import { Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../../shared/contract/holds';
import { DialogForm } from '../../components/DialogForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useToast } from '../../hooks/useToast';
import { depositSummary, localDateTime } from './format';

/**
 * The signed-in person's own holds — all of the 销控 they see when they do not read the board.
 * A held unit whose customer will not pay is reported 不定 with the reason (000:641-643): the
 * manager is told and releases it in one step.
 */
export function MyHolds({
  items,
  error,
  onChanged,
}: {
  items: HoldView[];
  error: unknown;
  onChanged: () => void;
}) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const [reporting, setReporting] = useState<HoldView | null>(null);

  async function report(values: { reason: string }) {
    if (!reporting) return;
    await client.call('holds.report', { holdId: reporting.id, reason: values.reason });
    message.success(t('mine.reportSent', { unit: reporting.unitLabel }));
    setReporting(null);
    onChanged();
  }

  const columns: TableColumnsType<HoldView> = [
    { key: 'unit', title: t('mine.unit'), dataIndex: 'unitLabel' },
    { key: 'customer', title: t('mine.customer'), render: (_, h) => `${h.customerName} ${h.customerPhone}` },
    { key: 'state', title: t('mine.state'), render: (_, h) => t(`state.${h.state}`) },
    {
      key: 'expires',
      title: t('mine.expiresAt'),
      render: (_, h) => (h.state === 'held' && h.expiresAt ? localDateTime(h.expiresAt) : ''),
    },
    {
      key: 'detail',
      title: t('mine.detail'),
      render: (_, h) =>
        h.reported
          ? t('mine.reported', { at: localDateTime(h.reported.at) })
          : h.deposit
            ? depositSummary(h.deposit, t)
            : '',
    },
    {
      key: 'actions',
      title: t('mine.actions'),
      render: (_, h) =>
        (h.state === 'held' || h.state === 'pending') && !h.reported ? (
          <RowButton label={t('mine.report')} of={h.unitLabel} onClick={() => setReporting(h)} />
        ) : null,
    },
  ];

  return (
    <div>
      <Typography.Title level={4}>{t('mine.title')}</Typography.Title>
      <ErrorAlert error={error} />
      <Table<HoldView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('mine.empty') }}
      />
      <DialogForm<{ reason: string }>
        name="hold-report"
        open={reporting !== null}
        title={reporting ? t('mine.reportTitle', { unit: reporting.unitLabel }) : ''}
        submitText={t('mine.reportSubmit')}
        onCancel={() => setReporting(null)}
        onSubmit={report}
      >
        <Typography.Paragraph type="secondary">{t('mine.reportHelp')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('mine.reportReason')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={200} />
        </Form.Item>
      </DialogForm>
    </div>
  );
}

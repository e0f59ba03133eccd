import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../../shared/contract/holds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useToast } from '../../hooks/useToast';
import { localDateTime } from './format';

/**
 * The consultants' 不定 reports (000:641-643): the manager releases the unit in one step, the
 * report's reason becoming the release's.
 */
export function ReportsPanel({ items, onChanged }: { items: HoldView[]; onChanged: () => void }) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const action = useAction();

  async function cancel(h: HoldView) {
    const done = await action.run(() => client.call('holds.release', { holdId: h.id }));
    if (done !== undefined) message.success(t('reports.cancelled', { unit: h.unitLabel }));
    onChanged();
  }

  const columns: TableColumnsType<HoldView> = [
    { key: 'unit', title: t('queue.unit'), dataIndex: 'unitLabel' },
    { key: 'customer', title: t('queue.customer'), render: (_, h) => `${h.customerName} ${h.customerPhone}` },
    { key: 'consultant', title: t('queue.consultant'), dataIndex: 'consultantName' },
    { key: 'reason', title: t('reports.reason'), render: (_, h) => h.reported?.reason ?? '' },
    {
      key: 'at',
      title: t('reports.reportedAt'),
      render: (_, h) => (h.reported ? localDateTime(h.reported.at) : ''),
    },
    {
      key: 'actions',
      title: t('queue.actions'),
      render: (_, h) => (
        <RowButton label={t('reports.cancelHold')} of={h.unitLabel} danger onClick={() => void cancel(h)} />
      ),
    },
  ];

  return (
    <>
      <ErrorAlert error={action.error} onClose={action.clearError} />
      <Table<HoldView>
        rowKey="id"
        columns={columns}
        dataSource={items}
        pagination={false}
        locale={{ emptyText: t('reports.empty') }}
      />
    </>
  );
}

import { Input, Modal, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldView } from '../../../shared/contract/holds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useToast } from '../../hooks/useToast';
import { localDateTime } from './format';

/** The managers' queue: pending requests, approved at once or rejected with a reason. */
export function HoldQueue({ items, onChanged }: { items: HoldView[]; onChanged: () => void }) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const action = useAction();
  const [rejecting, setRejecting] = useState<HoldView | null>(null);
  const [reason, setReason] = useState('');

  async function run(work: () => Promise<unknown>) {
    if ((await action.run(work)) !== undefined) message.success(t('actions.done'));
    onChanged();
  }

  function reject() {
    if (!rejecting || reason.trim() === '') return;
    const hold = rejecting;
    setRejecting(null);
    void run(() => client.call('holds.reject', { holdId: hold.id, reason }));
  }

  const columns: TableColumnsType<HoldView> = [
    { key: 'unit', title: t('queue.unit'), dataIndex: 'unitLabel' },
    { key: 'customer', title: t('queue.customer'), render: (_, h) => `${h.customerName} ${h.customerPhone}` },
    { key: 'consultant', title: t('queue.consultant'), dataIndex: 'consultantName' },
    { key: 'at', title: t('queue.requestedAt'), render: (_, h) => localDateTime(h.requestedAt) },
    {
      key: 'actions',
      title: t('queue.actions'),
      render: (_, h) => (
        <Space>
          <RowButton
            label={t('actions.approve')}
            of={h.unitLabel}
            type="primary"
            onClick={() => void run(() => client.call('holds.approve', { holdId: h.id }))}
          />
          <RowButton
            label={t('actions.reject')}
            of={h.unitLabel}
            danger
            onClick={() => {
              setReason('');
              setRejecting(h);
            }}
          />
        </Space>
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
        locale={{ emptyText: t('queue.empty') }}
      />
      <Modal
        open={rejecting !== null}
        title={rejecting ? `${t('actions.reject')} ${rejecting.unitLabel}` : ''}
        okText={t('actions.reject')}
        okButtonProps={{ danger: true, disabled: reason.trim() === '' }}
        onCancel={() => setRejecting(null)}
        onOk={reject}
        destroyOnHidden
      >
        <label htmlFor="hold-reject-reason">{t('actions.reason')}</label>
        <Input
          id="hold-reject-reason"
          autoFocus
          value={reason}
          maxLength={200}
          onChange={(e) => setReason(e.target.value)}
          onPressEnter={reject}
        />
      </Modal>
    </>
  );
}

import { Button, Form, Input, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/contract/tickets';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { CountersignFields, countersignOf } from './CountersignFields';

interface VoidValues {
  reason: string;
  countersignUserId?: number;
  countersignSecret?: string;
}

/** Void a sale: a reason, and a manager's PIN in the same dialog when the rules ask for it. */
export function VoidDialog({
  sale,
  onClose,
  onDone,
}: {
  sale: MovementView | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [error, setError] = useState<unknown>(null);
  async function submit(v: VoidValues) {
    if (!sale) return;
    setError(null);
    try {
      await client.call('tickets.voidSale', {
        saleId: sale.id,
        reason: v.reason,
        countersign: countersignOf(v),
      });
      onDone();
    } catch (failure) {
      setError(failure);
    }
  }
  return (
    <Modal
      open={sale !== null}
      title={t('tickets.movements.voidTitle', { id: sale?.id ?? '' })}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <Form<VoidValues>
        name="voidSale"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Typography.Paragraph type="secondary">{t('tickets.movements.voidHelp')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('tickets.movements.reason')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input autoFocus maxLength={200} />
        </Form.Item>
        <CountersignFields roles={['manager']} required={false} />
        <ErrorAlert error={error} />
        <Space className="dialog-buttons">
          <Button onClick={onClose}>{t('form.cancel')}</Button>
          <Button type="primary" danger htmlType="submit">
            {t('tickets.movements.void')}
          </Button>
        </Space>
      </Form>
    </Modal>
  );
}

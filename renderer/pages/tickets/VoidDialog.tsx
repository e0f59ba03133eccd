import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/contract/tickets';
import { DialogForm } from '../../components/DialogForm';
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
  return (
    <DialogForm<VoidValues>
      name="voidSale"
      open={sale !== null}
      title={t('tickets.movements.voidTitle', { id: sale?.id ?? '' })}
      submitText={t('tickets.movements.void')}
      danger
      onCancel={onClose}
      onSubmit={async (v) => {
        if (!sale) return;
        await client.call('tickets.voidSale', {
          saleId: sale.id,
          reason: v.reason,
          countersign: countersignOf(v),
        });
        onDone();
      }}
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
    </DialogForm>
  );
}

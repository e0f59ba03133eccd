import { Descriptions, Form, Input, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/contract/tickets';
import { formatFen } from '../../../shared/domain/money';
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
      {sale && (
        <Descriptions
          aria-label={t('tickets.movements.sale')}
          size="small"
          column={2}
          bordered
          items={[
            { key: 'date', label: t('tickets.movements.businessDate'), children: sale.businessDate },
            { key: 'at', label: t('tickets.movements.at'), children: dayjs(sale.at).format('MM-DD HH:mm') },
            { key: 'type', label: t('tickets.stock.type'), children: sale.typeName },
            { key: 'count', label: t('tickets.movements.count'), children: -sale.delta },
            { key: 'amount', label: t('tickets.movements.amount'), children: formatFen(sale.amountFen ?? 0) },
            {
              key: 'payment',
              label: t('tickets.movements.payment'),
              children: sale.paymentMethod ? t(`tickets.payment.${sale.paymentMethod}`) : '',
            },
            { key: 'seller', label: t('tickets.movements.seller'), children: sale.actorName, span: 2 },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('tickets.movements.voidHelp')}
      </Typography.Paragraph>
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

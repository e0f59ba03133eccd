import { Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { CountersignFields, countersignOf } from './CountersignFields';

interface CashValues {
  amount: string;
  explanation?: string;
  countersignUserId?: number;
  countersignSecret?: string;
}

function useYuanRule() {
  const { t } = useTranslation();
  return {
    validator: (_: unknown, value?: string) =>
      value && (parseYuanToFen(value) ?? -1) >= 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('tickets.cash.amountInvalid'))),
  };
}

/** The assistant's cash to the receptionist; the receiver types their PIN here. */
export function TransferDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: (fen: number) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const yuan = useYuanRule();
  return (
    <DialogForm<CashValues>
      name="cashTransfer"
      open={open}
      title={t('tickets.cash.transferTitle')}
      submitText={t('tickets.cash.transfer')}
      onCancel={onClose}
      onSubmit={async (v) => {
        const t2 = await client.call('cash.transfer', {
          amountFen: parseYuanToFen(v.amount) ?? 0,
          countersign: countersignOf(v)!,
        });
        onDone(t2.amountFen);
      }}
    >
      <Form.Item name="amount" label={t('tickets.cash.amountLabel')} rules={[yuan]}>
        <Input autoFocus inputMode="decimal" />
      </Form.Item>
      <CountersignFields
        roles={['receptionist']}
        personLabel={t('tickets.cash.receiver')}
        pinLabel={t('tickets.cash.receiverPin')}
      />
    </DialogForm>
  );
}

/** The day's ticket cash to the cashier, counted; a difference needs an explanation. */
export function CashierDialog({
  open,
  expectedFen,
  onClose,
  onDone,
}: {
  open: boolean;
  expectedFen: number;
  onClose: () => void;
  onDone: (fen: number) => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const yuan = useYuanRule();
  return (
    <DialogForm<CashValues>
      name="handToCashier"
      open={open}
      title={t('tickets.cash.handTitle')}
      submitText={t('tickets.cash.handToCashier')}
      onCancel={onClose}
      onSubmit={async (v) => {
        const done = await client.call('cash.handToCashier', {
          countedFen: parseYuanToFen(v.amount) ?? 0,
          explanation: v.explanation?.trim() || undefined,
          countersign: countersignOf(v)!,
        });
        onDone(done.amountFen);
      }}
    >
      <Typography.Paragraph>
        {t('tickets.cash.expectedNow', { amount: formatFen(expectedFen) })}
      </Typography.Paragraph>
      <Form.Item name="amount" label={t('tickets.cash.counted')} rules={[yuan]}>
        <Input autoFocus inputMode="decimal" />
      </Form.Item>
      <Form.Item name="explanation" label={t('tickets.cash.explanation')}>
        <Input maxLength={200} />
      </Form.Item>
      <CountersignFields
        roles={['cashier']}
        personLabel={t('tickets.cash.cashier')}
        pinLabel={t('tickets.cash.cashierPin')}
      />
    </DialogForm>
  );
}

/** The desk's change float, set by a manager. */
export function FloatDialog({
  open,
  onClose,
  onDone,
}: {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const yuan = useYuanRule();
  return (
    <DialogForm<CashValues>
      name="setFloat"
      open={open}
      title={t('tickets.cash.setFloat')}
      submitText={t('form.save')}
      onCancel={onClose}
      onSubmit={async (v) => {
        await client.call('cash.setFloat', {
          amountFen: parseYuanToFen(v.amount) ?? 0,
          reason: v.explanation ?? '',
        });
        onDone();
      }}
    >
      <Form.Item name="amount" label={t('tickets.cash.floatAmount')} rules={[yuan]}>
        <Input autoFocus inputMode="decimal" />
      </Form.Item>
      <Form.Item
        name="explanation"
        label={t('tickets.cash.floatReason')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </DialogForm>
  );
}

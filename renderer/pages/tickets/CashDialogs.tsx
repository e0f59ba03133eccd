import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
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

interface DialogProps {
  open: boolean;
  onClose: () => void;
}

const fenOf = (v: CashValues) => parseYuanToFen(v.amount) ?? 0;

/** One act on the ticket cash: an amount in yuan first, then what the act asks besides. */
function CashDialog({
  name,
  title,
  submitText,
  amountLabel,
  intro,
  open,
  onClose,
  onSubmit,
  children,
}: DialogProps & {
  name: string;
  title: string;
  submitText: string;
  amountLabel: string;
  intro?: ReactNode;
  onSubmit: (values: CashValues) => Promise<void>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const yuan = {
    validator: (_: unknown, value?: string) =>
      value && (parseYuanToFen(value) ?? -1) >= 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('tickets.cash.amountInvalid'))),
  };
  return (
    <DialogForm<CashValues>
      name={name}
      open={open}
      title={title}
      submitText={submitText}
      onCancel={onClose}
      onSubmit={onSubmit}
    >
      {intro}
      <Form.Item name="amount" label={amountLabel} rules={[yuan]}>
        <Input autoFocus inputMode="decimal" />
      </Form.Item>
      {children}
    </DialogForm>
  );
}

/** The assistant's cash to the receptionist; the receiver types their PIN here. */
export function TransferDialog({ onDone, ...dialog }: DialogProps & { onDone: (fen: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <CashDialog
      {...dialog}
      name="cashTransfer"
      title={t('tickets.cash.transferTitle')}
      submitText={t('tickets.cash.transfer')}
      amountLabel={t('tickets.cash.amountLabel')}
      onSubmit={async (v) => {
        const done = await client.call('cash.transfer', {
          amountFen: fenOf(v),
          countersign: countersignOf(v)!,
        });
        onDone(done.amountFen);
      }}
    >
      <CountersignFields
        roles={['receptionist']}
        personLabel={t('tickets.cash.receiver')}
        pinLabel={t('tickets.cash.receiverPin')}
      />
    </CashDialog>
  );
}

/** The day's ticket cash to the cashier, counted; a difference needs an explanation. */
export function CashierDialog({
  expectedFen,
  onDone,
  ...dialog
}: DialogProps & { expectedFen: number; onDone: (fen: number) => void }) {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <CashDialog
      {...dialog}
      name="handToCashier"
      title={t('tickets.cash.handTitle')}
      submitText={t('tickets.cash.handToCashier')}
      amountLabel={t('tickets.cash.counted')}
      intro={
        <Typography.Paragraph>
          {t('tickets.cash.expectedNow', { amount: formatFen(expectedFen) })}
        </Typography.Paragraph>
      }
      onSubmit={async (v) => {
        const done = await client.call('cash.handToCashier', {
          countedFen: fenOf(v),
          explanation: v.explanation?.trim() || undefined,
          countersign: countersignOf(v)!,
        });
        onDone(done.amountFen);
      }}
    >
      <Form.Item name="explanation" label={t('tickets.cash.explanation')}>
        <Input maxLength={200} />
      </Form.Item>
      <CountersignFields
        roles={['cashier']}
        personLabel={t('tickets.cash.cashier')}
        pinLabel={t('tickets.cash.cashierPin')}
      />
    </CashDialog>
  );
}

/** The desk's change float, set by a manager. */
export function FloatDialog({ onDone, ...dialog }: DialogProps & { onDone: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  return (
    <CashDialog
      {...dialog}
      name="setFloat"
      title={t('tickets.cash.setFloat')}
      submitText={t('form.save')}
      amountLabel={t('tickets.cash.floatAmount')}
      onSubmit={async (v) => {
        await client.call('cash.setFloat', { amountFen: fenOf(v), reason: v.explanation ?? '' });
        onDone();
      }}
    >
      <Form.Item
        name="explanation"
        label={t('tickets.cash.floatReason')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </CashDialog>
  );
}

import { Form, Input, Radio, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RefundLine } from '../../../shared/contract/holdMoney';
import { formatFen } from '../../../shared/domain/money';
import { DEPOSIT_METHODS, type DepositMethod } from '../../../shared/domain/vocab';
import { mayCall } from '../../api/access';
import { DialogForm } from '../../components/DialogForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { CashierFields, cashierCountersign, useIsCashier, type CashierValues } from './CashierFields';
import { localDateTime } from './format';

type PayValues = { method: DepositMethod; reference: string } & CashierValues;

/**
 * Refunds 退定 (000:45): due within the setting's days of the manager's approval, paid once by
 * the cashier (her PIN, method, reference), the customer told; overdue ones first.
 */
export function RefundsPanel() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const roles = useSession((s) => s.user?.roles);
  const isCashier = useIsCashier();
  const [open, setOpen] = useState(true);
  const [version, setVersion] = useState(0);
  const [paying, setPaying] = useState<RefundLine | null>(null);
  const [telling, setTelling] = useState<RefundLine | null>(null);
  const list = useLoaded('holds.refunds', { open }, { version });
  const canTell = mayCall('holds.refundTold', roles);

  async function pay(v: PayValues) {
    if (!paying) return;
    await client.call('holds.payRefund', {
      refundId: paying.id,
      method: v.method,
      reference: v.reference,
      ...cashierCountersign(isCashier, v),
    });
    message.success(t('money.paid', { amount: formatFen(paying.amountFen) }));
    setPaying(null);
    setVersion((n) => n + 1);
  }

  async function told(v: { note?: string }) {
    if (!telling) return;
    const note = v.note?.trim();
    await client.call('holds.refundTold', { refundId: telling.id, ...(note ? { note } : {}) });
    message.success(t('money.toldDone'));
    setTelling(null);
    setVersion((n) => n + 1);
  }

  const columns: TableColumnsType<RefundLine> = [
    { key: 'unit', title: t('money.unit'), dataIndex: 'unitLabel' },
    { key: 'customer', title: t('money.customer'), render: (_, r) => `${r.customerName} ${r.customerPhone}` },
    { key: 'amount', title: t('money.amount'), align: 'right', render: (_, r) => formatFen(r.amountFen) },
    { key: 'reason', title: t('money.reason'), dataIndex: 'reason' },
    { key: 'approved', title: t('money.approvedBy'), dataIndex: 'approvedByName' },
    {
      key: 'due',
      title: t('money.refundDue'),
      render: (_, r) =>
        r.state === 'overdue' ? (
          <Typography.Text type="danger">
            {r.dueDate} {t('money.overdue', { days: r.daysOverdue })}
          </Typography.Text>
        ) : (
          r.dueDate
        ),
    },
    {
      key: 'state',
      title: t('money.state'),
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{t(`refundState.${r.state}`)}</span>
          {r.paid && (
            <Typography.Text type="secondary">
              {t('money.paidLine', {
                cashier: r.paid.cashierName,
                at: localDateTime(r.paid.at),
                method: t(`method.${r.paid.method}`),
                reference: r.paid.reference,
              })}
            </Typography.Text>
          )}
          {r.told && (
            <Typography.Text type="secondary">
              {t('money.toldLine', { name: r.told.byName, at: localDateTime(r.told.at) })}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'actions',
      title: t('money.actions'),
      render: (_, r) => (
        <Space>
          {r.paid === null && (
            <RowButton label={t('money.pay')} of={r.unitLabel} type="primary" onClick={() => setPaying(r)} />
          )}
          {r.told === null && canTell && (
            <RowButton label={t('money.told')} of={r.unitLabel} onClick={() => setTelling(r)} />
          )}
        </Space>
      ),
    },
  ];

  return (
    <div>
      <Typography.Title level={4}>{t('money.refunds')}</Typography.Title>
      <Radio.Group
        aria-label={t('money.refunds')}
        value={open}
        onChange={(e) => setOpen(e.target.value as boolean)}
        optionType="button"
        style={{ marginBottom: 12 }}
        options={[
          { value: true, label: t('money.filterOpen') },
          { value: false, label: t('money.filterAll') },
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<RefundLine>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('money.emptyRefunds') }}
      />
      <DialogForm<PayValues>
        name="refund-pay"
        open={paying !== null}
        title={
          paying
            ? t('money.payTitle', {
                amount: formatFen(paying.amountFen),
                customer: paying.customerName,
                unit: paying.unitLabel,
              })
            : ''
        }
        submitText={t('money.pay')}
        onCancel={() => setPaying(null)}
        onSubmit={pay}
      >
        <Form.Item name="method" label={t('money.method')} rules={[{ required: true }]}>
          <Radio.Group
            aria-label={t('money.method')}
            options={DEPOSIT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reference"
          label={t('money.reference')}
          rules={[{ required: true, whitespace: true }, { max: 60 }]}
        >
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <CashierFields open={paying !== null} />
      </DialogForm>
      <DialogForm<{ note?: string }>
        name="refund-told"
        open={telling !== null}
        title={
          telling ? t('money.toldTitle', { customer: telling.customerName, unit: telling.unitLabel }) : ''
        }
        submitText={t('money.told')}
        onCancel={() => setTelling(null)}
        onSubmit={told}
      >
        <Form.Item name="note" label={t('money.toldNote')}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </DialogForm>
    </div>
  );
}

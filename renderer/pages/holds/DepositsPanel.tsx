import { Form, Input, Radio, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DepositLine } from '../../../shared/contract/holdMoney';
import { formatFen } from '../../../shared/domain/money';
import { DialogForm } from '../../components/DialogForm';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useClient } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { CashierFields, cashierCountersign, useIsCashier, type CashierValues } from './CashierFields';
import { localDateTime } from './format';

type Filter = 'to_confirm' | 'all';

/**
 * Deposits at the cashier (000:595-597): the non-cash ones she confirms against the statement;
 * cash reaches her with the receiver's takings.
 */
export function DepositsPanel() {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const isCashier = useIsCashier();
  const [filter, setFilter] = useState<Filter>('to_confirm');
  const [version, setVersion] = useState(0);
  const [confirming, setConfirming] = useState<DepositLine | null>(null);
  const list = useLoaded('holds.deposits', filter === 'all' ? {} : { state: filter }, { version });

  async function confirm(v: { statementRef?: string } & CashierValues) {
    if (!confirming) return;
    const ref = v.statementRef?.trim();
    await client.call('holds.confirmDeposit', {
      depositId: confirming.id,
      ...(ref ? { statementRef: ref } : {}),
      ...cashierCountersign(isCashier, v),
    });
    message.success(t('money.confirmed', { receipt: confirming.receiptNo }));
    setConfirming(null);
    setVersion((n) => n + 1);
  }

  const columns: TableColumnsType<DepositLine> = [
    { key: 'at', title: t('money.at'), render: (_, d) => localDateTime(d.at) },
    { key: 'unit', title: t('money.unit'), dataIndex: 'unitLabel' },
    { key: 'customer', title: t('money.customer'), dataIndex: 'customerName' },
    { key: 'amount', title: t('money.amount'), align: 'right', render: (_, d) => formatFen(d.amountFen) },
    { key: 'method', title: t('money.method'), render: (_, d) => t(`method.${d.method}`) },
    { key: 'receipt', title: t('money.receipt'), dataIndex: 'receiptNo' },
    { key: 'receiver', title: t('money.receivedBy'), dataIndex: 'receivedByName' },
    { key: 'state', title: t('money.state'), render: (_, d) => t(`depositState.${d.state}`) },
    {
      key: 'actions',
      title: t('money.actions'),
      render: (_, d) =>
        d.state === 'to_confirm' ? (
          <RowButton label={t('money.confirm')} of={d.receiptNo} onClick={() => setConfirming(d)} />
        ) : null,
    },
  ];

  return (
    <div>
      <Typography.Title level={4}>{t('money.deposits')}</Typography.Title>
      <Radio.Group
        aria-label={t('money.deposits')}
        value={filter}
        onChange={(e) => setFilter(e.target.value as Filter)}
        optionType="button"
        style={{ marginBottom: 12 }}
        options={[
          { value: 'to_confirm', label: t('money.filterToConfirm') },
          { value: 'all', label: t('money.filterAll') },
        ]}
      />
      <ErrorAlert error={list.error} />
      <Table<DepositLine>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.loading}
        pagination={false}
        locale={{ emptyText: t('money.emptyDeposits') }}
      />
      <DialogForm<{ statementRef?: string } & CashierValues>
        name="deposit-confirm"
        open={confirming !== null}
        title={confirming ? t('money.confirmTitle', { receipt: confirming.receiptNo }) : ''}
        submitText={t('money.confirm')}
        onCancel={() => setConfirming(null)}
        onSubmit={confirm}
      >
        <Form.Item name="statementRef" label={t('money.statementRef')}>
          <Input maxLength={60} autoComplete="off" />
        </Form.Item>
        <CashierFields open={confirming !== null} />
      </DialogForm>
    </div>
  );
}

import { Button, Card, Descriptions, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransferView } from '../../../shared/contract/cash';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { CashVariances } from '../dayclose/CashVariances';
import { CashierDialog, FloatDialog, TransferDialog } from './CashDialogs';

/** Ticket cash per person, the change float apart, and every hand-over. */
export function CashPanel({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useSession((s) => s.user);
  const message = useToast();
  const [dialog, setDialog] = useState<'transfer' | 'cashier' | 'float' | null>(null);
  const balanceAnswer = useLoaded('cash.balances', {}, { version });
  const transfers = useLoaded('cash.transfers', { limit: 100 }, { version });
  const balances = balanceAnswer.data ?? { people: [], floats: [], totalFen: 0 };
  // Variances 长短款 still to be decided, whatever their date (a closed date's too): the manager's.
  const mayDecide = mayCall('cash.decideVariance', user?.roles);
  const undecided = useLoaded('cash.variances', { undecided: true }, { version, enabled: mayDecide });

  const mine = balances.people.find((p) => p.userId === user?.id)?.balanceFen ?? 0;
  const done = (fen: number) => {
    setDialog(null);
    message.success(t('tickets.cash.done', { amount: formatFen(fen) }));
    onChanged();
  };

  return (
    <>
      <ErrorAlert from={[balanceAnswer, transfers]} closable />
      {mayDecide && <CashVariances items={undecided.data ?? []} onDecided={undecided.refresh} />}
      <Space wrap className="filter-row">
        {mayCall('cash.transfer', user?.roles) && (
          <Button onClick={() => setDialog('transfer')}>{t('tickets.cash.transfer')}</Button>
        )}
        {mayCall('cash.handToCashier', user?.roles) && (
          <Button type="primary" onClick={() => setDialog('cashier')}>
            {t('tickets.cash.handToCashier')}
          </Button>
        )}
        {mayCall('cash.setFloat', user?.roles) && (
          <Button onClick={() => setDialog('float')}>{t('tickets.cash.setFloat')}</Button>
        )}
      </Space>
      <Card title={<h3 className="card-title">{t('tickets.cash.balances')}</h3>} className="page-card">
        <Table
          rowKey="userId"
          size="small"
          pagination={false}
          aria-label={t('tickets.cash.balances')}
          dataSource={balances.people}
          columns={[
            { key: 'name', title: t('tickets.cash.person'), dataIndex: 'name' },
            { key: 'balance', title: t('tickets.cash.balance'), render: (_, p) => formatFen(p.balanceFen) },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('tickets.cash.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1}>{formatFen(balances.totalFen)}</Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
        <Descriptions
          column={1}
          className="float-list"
          items={balances.floats.map((f) => ({
            key: f.desk,
            label: t('tickets.cash.float', { desk: f.desk }),
            children: formatFen(f.floatFen),
          }))}
        />
        <Typography.Text type="secondary">{t('tickets.cash.floatNote')}</Typography.Text>
      </Card>
      <Card title={<h3 className="card-title">{t('tickets.cash.transfers')}</h3>} className="page-card">
        <Table<TransferView>
          rowKey="id"
          size="small"
          dataSource={transfers.data ?? []}
          pagination={{ pageSize: 20 }}
          columns={[
            {
              key: 'at',
              title: t('tickets.movements.at'),
              render: (_, r) => dayjs(r.at).format('MM-DD HH:mm'),
            },
            {
              key: 'kind',
              title: t('tickets.movements.kind'),
              render: (_, r) =>
                t(r.kind === 'to_cashier' ? 'tickets.cash.kindToCashier' : 'tickets.cash.kindToColleague'),
            },
            { key: 'from', title: t('tickets.cash.from'), dataIndex: 'fromName' },
            { key: 'to', title: t('tickets.cash.to'), dataIndex: 'toName' },
            {
              key: 'expected',
              title: t('tickets.cash.expected'),
              render: (_, r) => formatFen(r.expectedFen),
            },
            { key: 'amount', title: t('tickets.cash.amount'), render: (_, r) => formatFen(r.amountFen) },
            {
              key: 'variance',
              title: t('tickets.cash.variance'),
              render: (_, r) => formatFen(r.varianceFen),
            },
            {
              key: 'explanation',
              title: t('tickets.cash.explanation'),
              render: (_, r) => r.explanation ?? '',
            },
          ]}
        />
      </Card>
      <TransferDialog open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={done} />
      <CashierDialog
        open={dialog === 'cashier'}
        expectedFen={mine}
        onClose={() => setDialog(null)}
        onDone={done}
      />
      <FloatDialog
        open={dialog === 'float'}
        onClose={() => setDialog(null)}
        onDone={() => {
          setDialog(null);
          onChanged();
        }}
      />
    </>
  );
}

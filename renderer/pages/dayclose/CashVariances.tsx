import { Button, Form, Input, Radio, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VarianceView } from '../../../shared/contract/cash';
import {
  CASH_VARIANCE_DECISIONS,
  CASH_VARIANCE_DECISION_LABELS,
  CASH_VARIANCE_OCCASION_LABELS,
  type CashVarianceDecision,
} from '../../../shared/domain/vocab';
import { formatFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';

interface Decision {
  decision: CashVarianceDecision;
  reason: string;
}

/**
 * The cash variances 长短款 of the date: who held the cash, where the difference was found, how
 * much (a shortfall below zero), the explanation, and the manager's decision. They never hold up
 * the close: custody is already the cash that exists. A manager decides each once, here, with
 * the reason (never one of their own cash).
 */
export function CashVariances({
  items,
  onDecided,
}: {
  items: VarianceView[];
  onDecided: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation('dayclose');
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const client = useClient();
  const user = useSession((s) => s.user);
  const mayDecide = mayCall('cash.decideVariance', user?.roles);
  const [deciding, setDeciding] = useState<VarianceView | null>(null);
  if (items.length === 0) return null;
  const columns: TableColumnsType<VarianceView> = [
    { key: 'holder', title: t('variances.holder'), dataIndex: 'holderName' },
    {
      key: 'occasion',
      title: t('variances.occasion'),
      render: (_, v) => `${CASH_VARIANCE_OCCASION_LABELS[v.occasion][locale]} · ${v.foundByName}`,
    },
    {
      key: 'amount',
      title: t('variances.amount'),
      align: 'right',
      render: (_, v) => (
        <span className={v.amountFen < 0 ? 'variance-short' : 'variance-over'}>
          {t(v.amountFen < 0 ? 'variances.short' : 'variances.over', {
            amount: formatFen(Math.abs(v.amountFen)),
          })}
        </span>
      ),
    },
    { key: 'explanation', title: t('variances.explanation'), dataIndex: 'explanation' },
    {
      key: 'decision',
      title: t('variances.decision'),
      render: (_, v) =>
        v.decision ? (
          <span>
            <Tag>{CASH_VARIANCE_DECISION_LABELS[v.decision][locale]}</Tag>
            {v.decidedByName}：{v.decisionReason}
          </span>
        ) : mayDecide && v.holderId !== user?.id ? (
          <Button size="small" onClick={() => setDeciding(v)}>
            {t('variances.decide')}
          </Button>
        ) : (
          <Tag color="warning">{t('variances.undecided')}</Tag>
        ),
    },
  ];
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={items}
        title={() => t('variances.title')}
        className="cash-variances"
      />
      <DialogForm<Decision>
        name="decideVariance"
        title={t('variances.decideTitle', {
          name: deciding?.holderName ?? '',
          amount: formatFen(deciding?.amountFen ?? 0),
        })}
        submitText={t('variances.decide')}
        open={deciding !== null}
        onCancel={() => setDeciding(null)}
        initialValues={{ decision: 'charged' }}
        onSubmit={async (v) => {
          await client.call('cash.decideVariance', {
            varianceId: deciding!.id,
            decision: v.decision,
            reason: v.reason,
          });
          setDeciding(null);
          await onDecided();
        }}
      >
        <Form.Item name="decision" label={t('variances.decision')}>
          <Radio.Group
            options={CASH_VARIANCE_DECISIONS.map((d) => ({
              value: d,
              label: CASH_VARIANCE_DECISION_LABELS[d][locale],
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('variances.reason')}
          rules={[{ required: true, whitespace: true, message: t('required') }]}
        >
          <Input maxLength={200} autoFocus />
        </Form.Item>
      </DialogForm>
    </>
  );
}

import { Alert, Button, Form, Input, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Preparation, TakingsLedgerLine, TakingsView } from '../../../shared/contract/dayclose';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { DEPOSIT_METHOD_LABELS } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { SignatureFields, signatureOf } from './SignatureFields';

/** Whether the cashier's confirmation still reads the ledger as it is now. */
export function takingsCurrent(prep: Preparation): boolean {
  const confirmed = prep.takings.confirmed;
  if (!confirmed) return false;
  return prep.takings.ledger.every(
    (l) => confirmed.lines.find((c) => c.method === l.method)?.ledgerFen === l.ledgerFen,
  );
}

/** True when the ledger holds no non-cash takings of the date (nothing to confirm). */
export function noTakings(prep: Preparation): boolean {
  return prep.takings.ledger.every((l) => l.ticketsFen === 0 && l.depositsFen === 0 && l.refundsFen === 0);
}

function ConfirmedTakings({ view }: { view: TakingsView }) {
  const { t, i18n } = useTranslation('dayclose');
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Alert
      type="success"
      showIcon
      message={t('takings.confirmed', { cashier: view.cashierName })}
      description={view.lines.map((l) => (
        <div key={l.method}>
          {t('takings.confirmedLine', {
            method: DEPOSIT_METHOD_LABELS[l.method][locale],
            ledger: formatFen(l.ledgerFen),
            statement: formatFen(l.statementFen),
            difference: formatFen(l.differenceFen),
          })}
          {l.explanation ? `（${l.explanation}）` : ''}
        </div>
      ))}
    />
  );
}

/**
 * The non-cash takings step: for each method but cash, the ledger's figure of the date (tickets,
 * deposits, less refunds paid out by it — what that method's statement nets for the day) beside
 * the figure the cashier reads off her statement; a difference is explained; she signs with her
 * PIN. A day with no non-cash takings goes straight on; a confirmation the ledger has moved
 * past since is asked again.
 */
export function TakingsStep({
  prep,
  onConfirmed,
  onNext,
}: {
  prep: Preparation;
  onConfirmed: () => Promise<void>;
  onNext: () => void;
}) {
  const { t, i18n } = useTranslation('dayclose');
  const locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = Form.useWatch([], form) ?? {};
  const confirm = useCall('dayclose.confirmTakings');
  const current = takingsCurrent(prep);
  const confirmed = prep.takings.confirmed;
  // a hook, so before the returns below that show no form (`finish` is further down)
  const finishOnce = useOneAtATime(finish);

  if (noTakings(prep) && !confirmed) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('takings.none')} />
        <Button type="primary" autoFocus onClick={onNext} className="step-next">
          {t('next')}
        </Button>
      </Space>
    );
  }
  if (confirmed && current) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        <ConfirmedTakings view={confirmed} />
        <Button type="primary" autoFocus onClick={onNext} className="step-next">
          {t('next')}
        </Button>
      </Space>
    );
  }

  const statementOf = (method: string) => parseYuanToFen(String(values[`statement_${method}`] ?? ''));
  const columns: TableColumnsType<TakingsLedgerLine> = [
    { key: 'method', title: t('takings.method'), render: (_, l) => DEPOSIT_METHOD_LABELS[l.method][locale] },
    {
      key: 'tickets',
      title: t('takings.tickets'),
      align: 'right',
      render: (_, l) => formatFen(l.ticketsFen),
    },
    {
      key: 'deposits',
      title: t('takings.deposits'),
      align: 'right',
      render: (_, l) => formatFen(l.depositsFen),
    },
    {
      key: 'refunds',
      title: t('takings.refunds'),
      align: 'right',
      render: (_, l) => formatFen(-l.refundsFen),
    },
    { key: 'ledger', title: t('takings.ledger'), align: 'right', render: (_, l) => formatFen(l.ledgerFen) },
    {
      key: 'statement',
      title: t('takings.statement'),
      render: (_, l, index) => (
        <Form.Item
          name={`statement_${l.method}`}
          className="cell-item"
          rules={[
            {
              validator: (_rule, v) =>
                parseYuanToFen(String(v ?? '')) === null
                  ? Promise.reject(new Error(t('takings.amountInvalid')))
                  : Promise.resolve(),
            },
          ]}
        >
          <Input
            aria-label={t('takings.statementOf', { method: DEPOSIT_METHOD_LABELS[l.method][locale] })}
            autoFocus={index === 0}
            inputMode="decimal"
            maxLength={16}
          />
        </Form.Item>
      ),
    },
    {
      key: 'difference',
      title: t('takings.difference'),
      align: 'right',
      render: (_, l) => {
        const typed = statementOf(l.method);
        return typed === null ? '' : formatFen(typed - l.ledgerFen);
      },
    },
    {
      key: 'explanation',
      title: t('takings.explanation'),
      render: (_, l) => (
        <Form.Item name={`explanation_${l.method}`} className="cell-item">
          <Input
            aria-label={t('takings.explanationOf', { method: DEPOSIT_METHOD_LABELS[l.method][locale] })}
            maxLength={200}
          />
        </Form.Item>
      ),
    },
  ];

  async function finish(v: Record<string, unknown>) {
    const done = await confirm.run({
      businessDate: prep.businessDate,
      lines: prep.takings.ledger.map((l) => {
        const explanation = String(v[`explanation_${l.method}`] ?? '').trim();
        return {
          method: l.method,
          statementFen: parseYuanToFen(String(v[`statement_${l.method}`] ?? ''))!,
          ...(explanation ? { explanation } : {}),
        };
      }),
      countersign: signatureOf(v, 'cashier'),
    });
    if (!done) return;
    form.resetFields();
    await onConfirmed();
  }

  return (
    <Form form={form} name="dayCloseTakings" layout="vertical" requiredMark={false} onFinish={finishOnce}>
      {confirmed && <Alert type="warning" showIcon message={t('takings.stale')} className="tight-item" />}
      <Table
        rowKey="method"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={prep.takings.ledger}
        className="count-table"
      />
      <SignatureFields role="cashier" field="cashier" inline />
      <ErrorAlert error={confirm.error} />
      <Button type="primary" htmlType="submit" loading={confirm.busy}>
        {t('takings.submit')}
      </Button>
      <Typography.Paragraph type="secondary" className="step-hint">
        {t('takings.hint')}
      </Typography.Paragraph>
    </Form>
  );
}

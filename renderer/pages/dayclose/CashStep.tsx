import { Alert, Button, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_FEN, type Preparation } from '../../../shared/contract/dayclose';
import { formatFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { SignatureFields, signatureOf } from './SignatureFields';

/** The total of the pieces in fen: whole pieces times integer fen, no floating point. */
export function totalOf(values: Record<string, unknown>): number {
  return DENOMINATIONS_FEN.reduce((sum, fen) => {
    const n = values[`n${fen}`];
    return sum + (typeof n === 'number' && Number.isInteger(n) ? n * fen : 0);
  }, 0);
}

/**
 * Step 2: the ticket cash counted by denomination, against what the ledger expects the person
 * at the desk to hold, and handed to the cashier, who types their PIN here. A day already
 * counted and handed over goes straight on.
 */
export function CashStep({
  prep,
  onCounted,
  onNext,
}: {
  prep: Preparation;
  onCounted: () => Promise<void>;
  onNext: () => void;
}) {
  const { t } = useTranslation('dayclose');
  const me = useSession((s) => s.user?.id);
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = Form.useWatch([], form) ?? {};
  const count = useCall('dayclose.countCash');
  const expected = prep.cashHeld.find((h) => h.userId === me)?.balanceFen ?? 0;
  const total = totalOf(values);
  const counted = prep.record?.cashCounts ?? [];
  const settled = prep.cashHeld.length === 0 && counted.length > 0;

  async function finish(v: Record<string, unknown>) {
    const pieces = Object.fromEntries(
      DENOMINATIONS_FEN.map((fen) => [String(fen), Number(v[`n${fen}`] ?? 0)]),
    );
    const explanation = String(v.explanation ?? '').trim();
    const counted = await count.run({
      businessDate: prep.businessDate,
      pieces,
      ...(explanation ? { explanation } : {}),
      countersign: signatureOf(v, 'cashier'),
    });
    if (!counted) return;
    form.resetFields();
    await onCounted();
  }

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {prep.cashHeld.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('cash.held', {
            who: prep.cashHeld.map((h) => `${h.name} ${formatFen(h.balanceFen)}`).join(t('separator')),
          })}
        />
      )}
      {counted.map((c) => (
        <Alert
          key={c.id}
          type="success"
          showIcon
          message={t('cash.done', {
            counted: formatFen(c.countedFen),
            handed: formatFen(c.handedFen),
            cashier: c.cashierName ?? '—',
          })}
        />
      ))}
      {settled ? (
        <Button type="primary" autoFocus onClick={onNext} className="step-next">
          {t('next')}
        </Button>
      ) : (
        <Form
          form={form}
          name="dayCloseCash"
          layout="vertical"
          requiredMark={false}
          onFinish={(v) => void finish(v)}
        >
          <Space wrap className="denominations">
            {DENOMINATIONS_FEN.map((fen, i) => (
              <Form.Item key={fen} name={`n${fen}`} label={t('cash.pieces', { value: formatFen(fen) })}>
                <InputNumber min={0} precision={0} autoFocus={i === 0} />
              </Form.Item>
            ))}
          </Space>
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('cash.counted')}>{formatFen(total)}</Descriptions.Item>
            <Descriptions.Item label={t('cash.expected')}>{formatFen(expected)}</Descriptions.Item>
            <Descriptions.Item label={t('cash.variance')}>{formatFen(total - expected)}</Descriptions.Item>
          </Descriptions>
          <Form.Item name="explanation" label={t('cash.explanation')}>
            <Input maxLength={200} />
          </Form.Item>
          <SignatureFields role="cashier" field="cashier" />
          <ErrorAlert error={count.error} />
          <Typography.Paragraph type="secondary">{t('cash.hint')}</Typography.Paragraph>
          <Button type="primary" htmlType="submit" loading={count.busy}>
            {t('cash.submit')}
          </Button>
        </Form>
      )}
    </Space>
  );
}

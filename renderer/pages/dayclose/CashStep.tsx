import { Alert, Button, Col, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_FEN, PIECES_RANGE, type Preparation } from '../../../shared/contract/dayclose';
import { formatFen } from '../../../shared/domain/money';
import { readWholeNumber } from '../../../shared/domain/wholeNumber';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { CashVariances } from './CashVariances';
import { SignatureFields, signatureOf } from './SignatureFields';

/** Pieces of one denomination as typed: a whole number, or nothing (none of them). */
function piecesIn(values: Record<string, unknown>, fen: number): number | null {
  const typed = values[`n${fen}`];
  if (typed === undefined || typed === null || String(typed).trim() === '') return 0;
  const reading = readWholeNumber(typed, PIECES_RANGE);
  return reading.ok ? reading.value : null;
}

/**
 * The total of the pieces in fen: whole pieces times integer fen, no floating point. Null while
 * any denomination holds something that is not a count (the total would be a guess).
 */
export function totalOf(values: Record<string, unknown>): number | null {
  let sum = 0;
  for (const fen of DENOMINATIONS_FEN) {
    const n = piecesIn(values, fen);
    if (n === null) return null;
    sum += n * fen;
  }
  return sum;
}

/**
 * Step 2: the ticket cash of the date counted by denomination, against what the ledger expects
 * the person at the desk to hold at the end of the date, and handed to the cashier, who types
 * their PIN here. A date whose cash is all with the cashier and was counted goes straight on.
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
  // null with blind counts: the ledger's figure is told when the count is handed in
  const expected = prep.blindCounts ? null : (prep.cashHeld.find((h) => h.userId === me)?.balanceFen ?? 0);
  const total = totalOf(values);
  const counted = prep.record?.cashCounts ?? [];
  const settled = prep.cashHeld.length === 0 && counted.length > 0;

  async function finish(v: Record<string, unknown>) {
    const pieces = Object.fromEntries(
      DENOMINATIONS_FEN.map((fen) => [String(fen), wholeNumberOf(v[`n${fen}`], PIECES_RANGE, true)!]),
    );
    const explanation = String(v.explanation ?? '').trim();
    const done = await count.run({
      businessDate: prep.businessDate,
      pieces,
      ...(explanation ? { explanation } : {}),
      countersign: signatureOf(v, 'cashier'),
    });
    if (!done) return;
    form.resetFields();
    await onCounted();
  }
  const finishOnce = useOneAtATime(finish);

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {prep.cashHeld.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('cash.held', {
            who: prep.cashHeld
              .map((h) => (h.balanceFen === null ? h.name : `${h.name} ${formatFen(h.balanceFen)}`))
              .join(t('separator')),
          })}
        />
      )}
      {prep.cashCarried.length > 0 && (
        <Alert
          type="info"
          showIcon
          message={t('cash.carried', {
            who: prep.cashCarried.map((h) => `${h.name} ${formatFen(h.balanceFen)}`).join(t('separator')),
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
      <CashVariances items={prep.cashVariances} onDecided={onCounted} />
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
          onFinish={finishOnce}
          className="dayclose-form"
        >
          <Row gutter={24}>
            <Col span={13}>
              <div className="denominations" role="group" aria-label={t('cash.byDenomination')}>
                {DENOMINATIONS_FEN.map((fen, i) => {
                  const n = piecesIn(values, fen);
                  return (
                    <div className="denomination" key={fen}>
                      <span className="denomination-face">{formatFen(fen)}</span>
                      <WholeNumberItem
                        name={`n${fen}`}
                        ariaLabel={t('cash.pieces', { value: formatFen(fen) })}
                        range={PIECES_RANGE}
                        optional
                        autoFocus={i === 0}
                        className="cell-item"
                      />
                      <span className="denomination-amount">{n === null ? '' : formatFen(n * fen)}</span>
                    </div>
                  );
                })}
              </div>
            </Col>
            <Col span={11}>
              <Descriptions size="small" column={1} bordered className="cash-figures">
                <Descriptions.Item label={t('cash.counted')}>
                  {total === null ? '—' : formatFen(total)}
                </Descriptions.Item>
                {expected !== null && (
                  <Descriptions.Item label={t('cash.expected')}>{formatFen(expected)}</Descriptions.Item>
                )}
                {expected !== null && (
                  <Descriptions.Item label={t('cash.variance')}>
                    {total === null ? '—' : formatFen(total - expected)}
                  </Descriptions.Item>
                )}
              </Descriptions>
              <Form.Item name="explanation" label={t('cash.explanation')} className="tight-item">
                <Input maxLength={200} />
              </Form.Item>
              <SignatureFields role="cashier" field="cashier" inline />
              <ErrorAlert error={count.error} />
              <Button type="primary" htmlType="submit" loading={count.busy}>
                {t('cash.submit')}
              </Button>
              <Typography.Paragraph type="secondary" className="step-hint">
                {t(expected === null ? 'cash.blindHint' : 'cash.hint')}
              </Typography.Paragraph>
            </Col>
          </Row>
        </Form>
      )}
    </Space>
  );
}

import { Button, Card, Col, Form, List, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CloseRecord, Preparation } from '../../../shared/contract/dayclose';
import { formatFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { SignatureFields, signatureOf } from './SignatureFields';
import type { StockCount } from './StockStep';

/**
 * Step 5: what is being signed — the counts of step 1, the cash handed to the cashier, the keys
 * — then the receptionist, the cashier and the manager each pick their name and type their PIN
 * (the receptionist at the desk is already picked). A refusal (cash still held, a key out, a
 * wrong PIN) is shown here and nothing is saved.
 */
export function SignStep({
  prep,
  stock,
  onClosed,
}: {
  prep: Preparation;
  stock: StockCount[];
  onClosed: (record: CloseRecord) => void;
}) {
  const { t } = useTranslation('dayclose');
  const user = useSession((s) => s.user);
  const close = useCall('dayclose.close');
  const businessDate = prep.businessDate;
  const counts = prep.record?.cashCounts ?? [];
  const handed = counts.reduce((sum, c) => sum + c.handedFen, 0);
  const out = prep.keyCheck.items.filter((i) => i.state !== 'home').length;
  const signed = [
    ...prep.stock.map((line) => {
      const count = stock.find((c) => c.typeId === line.typeId);
      const counted = count?.counted ?? 0;
      const expected = count?.onHandNow ?? line.onHandNow ?? 0;
      return t('sign.totals.stock', {
        type: line.name,
        counted,
        expected,
        difference: counted - expected,
      });
    }),
    t('sign.totals.handed', { amount: formatFen(handed), count: counts.length }),
    out === 0 ? t('sign.totals.keysHome') : t('sign.totals.keysOut', { count: out }),
  ];

  async function finish(v: Record<string, unknown>) {
    const record = await close.run({
      businessDate,
      stock: stock.map(({ typeId, counted, explanation }) => ({
        typeId,
        counted,
        ...(explanation ? { explanation } : {}),
      })),
      signatures: {
        receptionist: signatureOf(v, 'receptionist'),
        cashier: signatureOf(v, 'cashier'),
        manager: signatureOf(v, 'manager'),
      },
    });
    if (record) onClosed(record);
  }
  const finishOnce = useOneAtATime(finish);

  const atDesk = user?.roles.includes('receptionist') ? user.id : undefined;
  return (
    <Form
      name="dayCloseSign"
      layout="vertical"
      requiredMark={false}
      initialValues={{ receptionistUserId: atDesk }}
      onFinish={finishOnce}
      className="dayclose-form"
    >
      <Row gutter={24}>
        <Col span={9}>
          <Card size="small" title={t('sign.totals.title', { date: businessDate })}>
            <List
              size="small"
              split={false}
              dataSource={signed}
              renderItem={(line) => <List.Item className="signed-line">{line}</List.Item>}
            />
          </Card>
        </Col>
        <Col span={15}>
          <Typography.Paragraph>{t('sign.intro', { date: businessDate })}</Typography.Paragraph>
          <Row gutter={12}>
            <Col span={8}>
              <SignatureFields
                role="receptionist"
                field="receptionist"
                focus={atDesk === undefined ? 'person' : 'pin'}
              />
            </Col>
            <Col span={8}>
              <SignatureFields role="cashier" field="cashier" />
            </Col>
            <Col span={8}>
              <SignatureFields role="manager" field="manager" />
            </Col>
          </Row>
          <ErrorAlert error={close.error} />
          <Button type="primary" htmlType="submit" loading={close.busy}>
            {t('sign.submit')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}

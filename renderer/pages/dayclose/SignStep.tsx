import { Button, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CloseRecord } from '../../../shared/contract/dayclose';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { SignatureFields, signatureOf } from './SignatureFields';
import type { StockCount } from './StockStep';

/**
 * Step 5: the receptionist, the cashier and the manager each pick their name and type their PIN;
 * the close is submitted with the stock counted in step 1. A refusal (cash still held, a key out,
 * a wrong PIN) is shown here and nothing is saved.
 */
export function SignStep({
  businessDate,
  stock,
  onClosed,
}: {
  businessDate: string;
  stock: StockCount[];
  onClosed: (record: CloseRecord) => void;
}) {
  const { t } = useTranslation('dayclose');
  const close = useCall('dayclose.close');

  async function finish(v: Record<string, unknown>) {
    const record = await close.run({
      businessDate,
      stock,
      signatures: {
        receptionist: signatureOf(v, 'receptionist'),
        cashier: signatureOf(v, 'cashier'),
        manager: signatureOf(v, 'manager'),
      },
    });
    if (record) onClosed(record);
  }

  return (
    <Form name="dayCloseSign" layout="vertical" requiredMark={false} onFinish={(v) => void finish(v)}>
      <Typography.Paragraph>{t('sign.intro', { date: businessDate })}</Typography.Paragraph>
      <SignatureFields role="receptionist" field="receptionist" autoFocus />
      <SignatureFields role="cashier" field="cashier" />
      <SignatureFields role="manager" field="manager" />
      <ErrorAlert error={close.error} />
      <Button type="primary" htmlType="submit" loading={close.busy}>
        {t('sign.submit')}
      </Button>
    </Form>
  );
}

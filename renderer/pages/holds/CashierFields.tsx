import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';

/** The cashier's PIN in someone else's dialog: who she is and her PIN (000:597). */
export interface CashierValues {
  cashierId?: number;
  cashierSecret?: string;
}

/** Whether the signed-in person is the cashier (then no PIN is asked). */
export function useIsCashier(): boolean {
  return useSession((s) => s.user?.roles.includes('cashier') ?? false);
}

/** The countersign to send: none when the cashier is signed in herself. */
export function cashierCountersign(isCashier: boolean, v: CashierValues) {
  return isCashier || v.cashierId === undefined
    ? {}
    : { countersign: { userId: v.cashierId, secret: v.cashierSecret ?? '' } };
}

/** The cashier and her PIN, shown only when someone else is signed in at the desk. */
export function CashierFields({ open }: { open: boolean }) {
  const { t } = useTranslation('holds');
  const isCashier = useIsCashier();
  const roster = useLoaded('auth.roster', {}, { enabled: open && !isCashier });
  if (isCashier) return null;
  const cashiers = (roster.data ?? [])
    .filter((p) => p.roles.includes('cashier'))
    .map((p) => ({ value: p.id, label: p.name }));
  return (
    <>
      <Form.Item name="cashierId" label={t('money.cashier')} rules={[{ required: true }]}>
        <Select options={cashiers} showSearch optionFilterProp="label" />
      </Form.Item>
      <CountersignPin
        name="cashierSecret"
        label={t('money.cashierPin')}
        rules={[{ required: true }]}
        personField="cashierId"
        numeric
      />
    </>
  );
}

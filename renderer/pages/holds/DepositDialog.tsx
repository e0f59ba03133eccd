import { Alert, Form, Input, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import type { HoldView } from '../../../shared/contract/holds';
import { formatFen } from '../../../shared/domain/money';
import { DEPOSIT_METHODS, type DepositMethod, type Role } from '../../../shared/domain/vocab';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { positiveAmountRule, positiveFen, yuanText } from './money';
import { requiredWhen } from '../../hooks/requiredWhen';

interface DepositValues {
  amount: string;
  method: DepositMethod;
  receiptNo: string;
  agreementNo: string;
  agreedPrice: string;
  receivedBy?: number;
  receiverSecret?: string;
  discountReason?: string;
  managerId?: number;
  managerSecret?: string;
}

/** Who may keep cash until it goes to the cashier; the main process holds the same rule. */
const CASH_KEEPERS: readonly Role[] = ['receptionist', 'assistant', 'cashier'];

/**
 * The deposit 定金 of a held unit: amount, method, receipt, agreement, the agreed price (the list
 * price unless a discount — with its reason and, unless a manager records it, a manager's PIN),
 * and who took the money (their PIN when cash goes into their custody).
 */
export function DepositDialog({
  hold,
  listPriceFen,
  onClose,
  onDone,
}: {
  hold: HoldView | null;
  listPriceFen: number | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const me = useSession((s) => s.user);
  const [form] = Form.useForm<DepositValues>();
  const roster = useLoaded('auth.roster', {}, { enabled: hold !== null });
  const method = Form.useWatch('method', form);
  const receivedBy = Form.useWatch('receivedBy', form);
  const agreedText = Form.useWatch('agreedPrice', form);

  const staff = (roster.data ?? []).filter((p) => p.roles.some((r) => r !== 'admin'));
  const receivers = staff
    .filter((p) => method !== 'cash' || p.roles.some((r) => CASH_KEEPERS.includes(r)))
    .map((p) => ({ value: p.id, label: p.name }));
  const managers = staff
    .filter((p) => p.roles.includes('manager') && p.id !== me?.id)
    .map((p) => ({ value: p.id, label: p.name }));
  const list = listPriceFen ?? 0;
  const managerRecords = me?.roles.includes('manager') ?? false;
  // What the values call for, worked out again from the values when they are checked and sent:
  // the form learns of typing on a timer, and on a loaded PC the Enter after the last digit comes
  // first. So the fields these call for are always in the form, hidden while not called for.
  const termsOf = (v: Partial<DepositValues>) => {
    const agreed = positiveFen(v.agreedPrice);
    return {
      discount: agreed !== null && agreed < list ? list - agreed : 0,
      receiverSigns: v.method === 'cash' && v.receivedBy !== undefined && v.receivedBy !== me?.id,
    };
  };
  const { discount, receiverSigns } = termsOf({ method, receivedBy, agreedPrice: agreedText });
  const termsOfForm = (value: (name: keyof DepositValues) => unknown) =>
    termsOf({
      agreedPrice: value('agreedPrice') as string | undefined,
      method: value('method') as DepositMethod | undefined,
      receivedBy: value('receivedBy') as number | undefined,
    });
  const requiredIf = (needed: (terms: ReturnType<typeof termsOf>) => boolean, text = false) =>
    requiredWhen((value) => needed(termsOfForm(value)), { text });

  async function submit(v: DepositValues) {
    if (!hold) return;
    const { discount, receiverSigns } = termsOf(v);
    const amountFen = positiveFen(v.amount)!;
    await client.call('holds.deposit', {
      holdId: hold.id,
      amountFen,
      method: v.method,
      receiptNo: v.receiptNo,
      agreementNo: v.agreementNo,
      agreedPriceFen: positiveFen(v.agreedPrice)!,
      receivedBy: v.receivedBy!,
      ...(receiverSigns ? { receiverSign: { userId: v.receivedBy!, secret: v.receiverSecret ?? '' } } : {}),
      ...(discount > 0
        ? {
            discount: {
              reason: v.discountReason ?? '',
              ...(v.managerId !== undefined
                ? { countersign: { userId: v.managerId, secret: v.managerSecret ?? '' } }
                : {}),
            },
          }
        : {}),
    });
    message.success(
      t('deposit.done', {
        amount: formatFen(amountFen),
        method: t(`method.${v.method}`),
        receipt: v.receiptNo,
      }),
    );
    onDone();
  }

  return (
    <DialogForm<DepositValues>
      name="hold-deposit"
      form={form}
      open={hold !== null}
      title={hold ? t('deposit.title', { unit: hold.unitLabel }) : ''}
      submitText={t('deposit.submit')}
      onCancel={onClose}
      onSubmit={submit}
      initialValues={{ agreedPrice: listPriceFen ? yuanText(listPriceFen) : '' }}
    >
      <Form.Item
        name="amount"
        label={t('deposit.amount')}
        dependencies={['agreedPrice']}
        rules={[
          positiveAmountRule(t('deposit.priceFormat')),
          {
            validator: (_: unknown, v: string | undefined) => {
              const fen = positiveFen(v);
              const agreed = positiveFen(form.getFieldValue('agreedPrice') as string | undefined);
              return fen !== null && agreed !== null && fen > agreed
                ? Promise.reject(new Error(t('deposit.over')))
                : Promise.resolve();
            },
          },
        ]}
      >
        <Input inputMode="decimal" autoComplete="off" />
      </Form.Item>
      <Form.Item name="method" label={t('deposit.method')} rules={[{ required: true }]}>
        <Radio.Group
          aria-label={t('deposit.method')}
          optionType="button"
          options={DEPOSIT_METHODS.map((m) => ({ value: m, label: t(`method.${m}`) }))}
        />
      </Form.Item>
      <div className="deposit-pair">
        <Form.Item
          name="receiptNo"
          label={t('deposit.receiptNo')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="agreementNo"
          label={t('deposit.agreementNo')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      </div>
      <Form.Item
        name="agreedPrice"
        label={t('deposit.agreedPrice')}
        extra={
          <>
            {t('deposit.listPrice')} {listPriceFen !== null ? formatFen(listPriceFen) : '—'}
            {discount > 0 && (
              <Typography.Text type="warning" strong>
                {' · '}
                {t('deposit.discount', { amount: formatFen(discount) })}
              </Typography.Text>
            )}
          </>
        }
        rules={[positiveAmountRule(t('deposit.priceFormat'))]}
      >
        <Input inputMode="decimal" autoComplete="off" />
      </Form.Item>
      {discount > 0 && (
        <Alert type="warning" showIcon message={t('deposit.agreedHelp')} className="deposit-alert" />
      )}
      <Form.Item
        name="discountReason"
        label={t('deposit.discountReason')}
        hidden={discount === 0}
        rules={[requiredIf((terms) => terms.discount > 0, true)]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      {!managerRecords && (
        <div className="deposit-pair" hidden={discount === 0}>
          <Form.Item
            name="managerId"
            label={t('deposit.manager')}
            rules={[requiredIf((terms) => terms.discount > 0)]}
          >
            <Select options={managers} showSearch optionFilterProp="label" />
          </Form.Item>
          <CountersignPin
            name="managerSecret"
            label={t('deposit.managerPin')}
            rules={[requiredIf((terms) => terms.discount > 0)]}
            personField="managerId"
            numeric
          />
        </div>
      )}
      <div className="deposit-pair">
        <Form.Item
          name="receivedBy"
          label={t('deposit.receivedBy')}
          extra={method === 'cash' ? t('deposit.cashHelp') : undefined}
          rules={[{ required: true }]}
        >
          <Select options={receivers} showSearch optionFilterProp="label" />
        </Form.Item>
        <CountersignPin
          name="receiverSecret"
          label={t('deposit.receiverPin')}
          rules={[requiredIf((terms) => terms.receiverSigns)]}
          // whose tries are shown, only while it is asked for
          personField={receiverSigns ? 'receivedBy' : undefined}
          hidden={!receiverSigns}
          numeric
        />
      </div>
    </DialogForm>
  );
}

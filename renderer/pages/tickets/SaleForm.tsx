import { Button, Card, Checkbox, Form, Radio, Skeleton } from 'antd';
import type { FormInstance } from 'antd/es/form';
import { memo, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PAYMENT_METHODS, type MovementView, type StockLine } from '../../../shared/contract/tickets';
import { formatFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SHOW_BUSY_AFTER_MS, useCall } from '../../hooks/useCall';
import { submitCaptureIfCertain } from '../../hooks/sendIfCertain';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useToast } from '../../hooks/useToast';
import { PriceExceptionFields, priceExceptionOf, type PriceExceptionValues } from './PriceException';
import { CountItem, countAccepted, countOf, TypeItem, useTicketTypes, type TicketType } from './TicketFields';

interface SaleValues extends PriceExceptionValues {
  typeId: number;
  /** Sold at another price than the catalogue's: the exception's fields are shown. */
  priceDiffers?: boolean;
  /** As typed: read by countOf once the form has validated it. */
  count: string;
  paymentMethod: (typeof PAYMENT_METHODS)[number];
}

/**
 * The fast sale: type, count, payment, Enter. The form stays on the type for the next sale. A
 * price other than the catalogue's is ticked "价格不同" and needs the price, a reason and the
 * manager's PIN here in the same form; the exception is for that one sale.
 */
export function SaleForm({
  lines,
  onDone,
}: {
  /** undefined until the stock has been read. */
  lines: readonly StockLine[] | undefined;
  /** The sale as written. */
  onDone: (sale: MovementView) => void;
}) {
  const { t } = useTranslation();
  const title = <h3 className="card-title">{t('tickets.sale.title')}</h3>;
  // Until the types are known the form is not there to type into: keys typed into it then (a
  // loaded machine) were a sale with no type, refused, whose message the types' arrival wiped.
  if (lines === undefined) {
    return (
      <Card title={title} className="page-card">
        <Skeleton.Input active size="small" aria-hidden />
      </Card>
    );
  }
  return <SaleFormReady lines={lines} onDone={onDone} title={title} />;
}

function SaleFormReady({
  lines,
  onDone,
  title,
}: {
  lines: readonly StockLine[];
  onDone: (sale: MovementView) => void;
  title: ReactNode;
}) {
  const { t } = useTranslation();
  const message = useToast();
  const [form] = Form.useForm<SaleValues>();
  const sell = useCall('tickets.sell', { busyAfterMs: SHOW_BUSY_AFTER_MS });
  // The types on sale, the same array while the catalogue is: the fields (memoised below) are
  // not drawn again for a sale, nor for the button's busy state.
  const types = useTicketTypes(lines);
  const active = useMemo(() => types.filter((l) => l.active), [types]);
  const firstType = active[0]?.typeId;
  const priceDiffers = Form.useWatch('priceDiffers', form) === true;
  const typeId = Form.useWatch('typeId', form);
  const catalogueFen = active.find((l) => l.typeId === typeId)?.priceFen;
  const catalogueOf = useCallback(
    (value: FormInstance<SaleValues>['getFieldValue']) =>
      active.find((l) => l.typeId === value('typeId'))?.priceFen,
    [active],
  );

  // The stock arrives after the first render: pre-select the first type once it is known.
  useEffect(() => {
    if (firstType !== undefined && form.getFieldValue('typeId') === undefined) {
      form.setFieldsValue({ typeId: firstType });
    }
  }, [form, firstType]);

  // Enter sends at once a plain sale that certainly passes the rules; an exception's fields
  // (their rules ask the manager's PIN) and anything in doubt go through antd's checks.
  const certainlyAccepted = (v: SaleValues) =>
    v.priceDiffers !== true &&
    !v.unitPrice &&
    !v.priceReason &&
    v.countersignUserId === undefined &&
    !v.countersignSecret &&
    active.some((l) => l.typeId === v.typeId) &&
    countAccepted(v.count);

  // one sale at a time, however often Enter is pressed before the answer
  const submitOnce = useOneAtATime(submit);
  async function submit(values: SaleValues) {
    const sale = await sell.run({
      typeId: values.typeId,
      count: countOf(values.count),
      paymentMethod: values.paymentMethod,
      ...(values.priceDiffers ? priceExceptionOf(values) : {}),
    });
    if (!sale) {
      form.setFieldValue('countersignSecret', '');
      return;
    }
    message.success(
      t('tickets.sale.done', {
        count: -sale.delta,
        type: sale.typeName,
        amount: formatFen(sale.amountFen ?? 0),
      }),
    );
    // The exception was for this sale: the next one is at the catalogue's price again.
    form.setFieldsValue({
      count: '1',
      priceDiffers: false,
      unitPrice: undefined,
      priceReason: undefined,
      countersignUserId: undefined,
      countersignSecret: undefined,
    });
    onDone(sale);
  }

  return (
    <Card title={title} className="page-card">
      <Form<SaleValues>
        form={form}
        name="ticketSale"
        aria-label={t('tickets.sale.title')}
        layout="inline"
        requiredMark={false}
        initialValues={{ count: '1', paymentMethod: 'cash' }}
        onFinish={submitOnce}
        onSubmitCapture={submitCaptureIfCertain(form, certainlyAccepted, submitOnce)}
      >
        <SaleFields active={active} />
        <Button type="primary" htmlType="submit" loading={sell.busy}>
          {t('tickets.sale.submit')}
        </Button>
        <PriceExceptionFieldsOnce
          catalogueFen={catalogueFen}
          catalogueOf={catalogueOf}
          hidden={!priceDiffers}
          needed={differs}
        />
      </Form>
      <ErrorAlert error={sell.error} onClose={sell.clearError} />
    </Card>
  );
}

/** The sale's own fields: drawn again only when the types on sale change. */
const SaleFields = memo(function SaleFields({ active }: { active: readonly TicketType[] }) {
  const { t } = useTranslation();
  return (
    <>
      <TypeItem
        autoFocus
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 160 }}
        options={active.map((l) => ({ value: l.typeId, label: `${l.name} ${formatFen(l.priceFen)}` }))}
      />
      <CountItem />
      <Form.Item name="paymentMethod" label={t('tickets.sale.payment')}>
        <Radio.Group options={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`tickets.payment.${m}`) }))} />
      </Form.Item>
      <Form.Item name="priceDiffers" valuePropName="checked">
        <Checkbox>{t('tickets.sale.priceDiffers')}</Checkbox>
      </Form.Item>
    </>
  );
});

const PriceExceptionFieldsOnce = memo(PriceExceptionFields);

// The watched tick only decides what is shown; what is checked and sent is read from the values.
const differs = (value: FormInstance<SaleValues>['getFieldValue']) => value('priceDiffers') === true;

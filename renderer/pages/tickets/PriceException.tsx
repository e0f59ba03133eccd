import { Form, Input } from 'antd';
import type { FormInstance } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { requiredWhen } from '../../hooks/requiredWhen';
import { CountersignFields, countersignOf } from './CountersignFields';

/** The price-exception fields of a sale, as typed. */
export interface PriceExceptionValues {
  unitPrice?: string;
  priceReason?: string;
  countersignUserId?: number;
  countersignSecret?: string;
}

/**
 * A price other than the catalogue's (004:461: prices are not the desk's to change): the price
 * per ticket, why, and the manager's PIN, in the sale's own form. The price is read exactly
 * (yuan with at most two decimals, more than zero, not the catalogue's own); the day sheet lists
 * the sale as a price exception.
 *
 * The fields are always in the sale's form, hidden while there is no exception: the form learns
 * of the tick on a timer, and a sale clicked right after ticking must still be asked for them.
 * `needed` says from the form's values, when they are checked, whether they are called for.
 */
export function PriceExceptionFields({
  catalogueFen,
  catalogueOf,
  hidden,
  needed,
}: {
  /** The shown type's catalogue price, for the hint. */
  catalogueFen: number | undefined;
  /** The catalogue price of the type the form's values name when checked (the hint lags a pick). */
  catalogueOf: (value: FormInstance['getFieldValue']) => number | undefined;
  hidden: boolean;
  needed: (value: FormInstance['getFieldValue']) => boolean;
}) {
  const { t } = useTranslation();
  const required = requiredWhen(needed, { text: true, message: t('form.required') });
  return (
    <div
      className="sale-price-exception"
      role="group"
      aria-label={t('tickets.sale.exception')}
      hidden={hidden}
    >
      <Form.Item
        name="unitPrice"
        label={t('tickets.sale.unitPrice')}
        extra={
          catalogueFen === undefined
            ? undefined
            : t('tickets.sale.cataloguePrice', { price: formatFen(catalogueFen) })
        }
        rules={[
          required,
          ({ getFieldValue }) => ({
            validator: async (_rule, text: string | undefined) => {
              // a price left from an exception since unticked is not sent, so not checked
              if (!needed(getFieldValue) || !text?.trim()) return;
              const fen = parseYuanToFen(text);
              if (fen === null || fen <= 0) throw new Error(t('tickets.sale.badPrice'));
              if (fen === catalogueOf(getFieldValue)) throw new Error(t('tickets.sale.samePrice'));
            },
          }),
        ]}
      >
        <Input inputMode="decimal" prefix="¥" className="sale-price" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="priceReason"
        label={t('tickets.sale.priceReason')}
        rules={[required, { max: 200, message: t('tickets.sale.reasonTooLong') }]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <CountersignFields
        roles={['manager']}
        personLabel={t('tickets.sale.manager')}
        pinLabel={t('tickets.sale.managerPin')}
        needed={needed}
      />
    </div>
  );
}

/** What the sale sends for a price exception (the form has validated the fields). */
export function priceExceptionOf(values: PriceExceptionValues) {
  return {
    unitPriceFen: parseYuanToFen(values.unitPrice ?? '') ?? undefined,
    priceReason: values.priceReason?.trim(),
    countersign: countersignOf(values),
  };
}

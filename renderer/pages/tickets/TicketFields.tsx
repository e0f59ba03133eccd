import { Form, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { TICKET_COUNT_RANGE } from '../../../shared/contract/tickets';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';

/** The ticket type of a stock form (sale, receipt, return). */
export function TypeItem(select: SelectProps<number>) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="typeId"
      label={t('tickets.sale.type')}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <Select<number> {...select} />
    </Form.Item>
  );
}

/**
 * How many tickets: typed as text and read exactly (a whole number from 1), so `-2`, `1.5` or
 * `abc` is refused beside the field instead of being made into some count and sold.
 */
export function CountItem() {
  const { t } = useTranslation();
  return (
    <WholeNumberItem
      name="count"
      label={t('tickets.sale.count')}
      range={TICKET_COUNT_RANGE}
      inputClassName="ticket-count"
    />
  );
}

/** Whether CountItem's rule passes `value`. */
export function countAccepted(value: unknown): boolean {
  return wholeNumberOf(value, TICKET_COUNT_RANGE) !== null;
}

/** The count of a validated form's CountItem. */
export function countOf(value: unknown): number {
  const count = wholeNumberOf(value, TICKET_COUNT_RANGE);
  if (count === null) throw new Error('the count field was not validated');
  return count;
}

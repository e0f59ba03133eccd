import { Form, Select, type SelectProps } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_COUNT_RANGE, type StockLine } from '../../../shared/contract/tickets';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';

/** A ticket type as the stock forms offer it: no counts. */
export type TicketType = Pick<StockLine, 'typeId' | 'name' | 'priceFen' | 'active'>;

/**
 * The ticket types of `lines`, the same array while the catalogue is the same: a sale changes
 * only the counts, so the forms memoised on the types are not drawn again for it.
 */
export function useTicketTypes(lines: readonly StockLine[]): readonly TicketType[] {
  const key = JSON.stringify(lines.map((l) => [l.typeId, l.name, l.priceFen, l.active]));
  return useMemo(
    () =>
      (JSON.parse(key) as [number, string, number, boolean][]).map(([typeId, name, priceFen, active]) => ({
        typeId,
        name,
        priceFen,
        active,
      })),
    [key],
  );
}

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

import { Form, InputNumber, Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';

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

/** How many tickets: a whole number, at least one. */
export function CountItem() {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="count"
      label={t('tickets.sale.count')}
      rules={[{ required: true, message: t('form.required') }]}
    >
      <InputNumber min={1} precision={0} />
    </Form.Item>
  );
}

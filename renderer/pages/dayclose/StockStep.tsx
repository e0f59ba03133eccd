import { Button, Form, Input, InputNumber, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Preparation } from '../../../shared/contract/dayclose';

type Line = Preparation['stock'][number];
export interface StockCount {
  typeId: number;
  counted: number;
  explanation?: string;
}

/**
 * Step 1: the tickets on hand counted per type; the ledger's figure is shown beside the count,
 * and a difference asks for its explanation before the close is signed.
 */
export function StockStep({
  lines,
  initial,
  onNext,
}: {
  lines: Line[];
  initial: StockCount[];
  onNext: (counts: StockCount[]) => void;
}) {
  const { t } = useTranslation('dayclose');
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = Form.useWatch([], form) ?? {};
  const initialValues = Object.fromEntries(
    lines.flatMap((l) => {
      const found = initial.find((c) => c.typeId === l.typeId);
      return [
        [`counted${l.typeId}`, found?.counted ?? null],
        [`explanation${l.typeId}`, found?.explanation ?? ''],
      ];
    }),
  );
  const columns: TableColumnsType<Line> = [
    { key: 'name', title: t('stock.type'), dataIndex: 'name' },
    { key: 'expected', title: t('stock.expected'), dataIndex: 'expected', align: 'right' },
    {
      key: 'counted',
      title: t('stock.counted'),
      render: (_, l, index) => (
        <Form.Item
          name={`counted${l.typeId}`}
          rules={[{ required: true, message: t('required') }]}
          noStyle={false}
          className="compact-item"
        >
          <InputNumber
            aria-label={t('stock.countedOf', { type: l.name })}
            min={0}
            precision={0}
            autoFocus={index === 0}
          />
        </Form.Item>
      ),
    },
    {
      key: 'variance',
      title: t('stock.variance'),
      align: 'right',
      render: (_, l) => {
        const counted = values[`counted${l.typeId}`];
        return typeof counted === 'number' ? counted - l.expected : '';
      },
    },
    {
      key: 'explanation',
      title: t('stock.explanation'),
      render: (_, l) => (
        <Form.Item name={`explanation${l.typeId}`} className="compact-item">
          <Input aria-label={t('stock.explanationOf', { type: l.name })} maxLength={200} />
        </Form.Item>
      ),
    },
  ];
  function finish(v: Record<string, unknown>) {
    onNext(
      lines.map((l) => {
        const explanation = String(v[`explanation${l.typeId}`] ?? '').trim();
        return {
          typeId: l.typeId,
          counted: Number(v[`counted${l.typeId}`]),
          ...(explanation ? { explanation } : {}),
        };
      }),
    );
  }
  return (
    <Form form={form} name="dayCloseStock" initialValues={initialValues} onFinish={finish}>
      <Table rowKey="typeId" columns={columns} dataSource={lines} pagination={false} size="small" />
      <Button type="primary" htmlType="submit" className="step-next">
        {t('next')}
      </Button>
    </Form>
  );
}

import { Button, Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { STOCK_COUNT_RANGE, type Preparation } from '../../../shared/contract/dayclose';
import { readWholeNumber } from '../../../shared/domain/wholeNumber';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';

type Line = Preparation['stock'][number];
export interface StockCount {
  typeId: number;
  counted: number;
  explanation?: string;
}

/**
 * Step 1: the tickets in the drawer counted per type. Beside each count, the ledger's stock at
 * the end of the date; when later dates have moved the stock since (a date closed again after
 * the desk sold on, or closed the morning after), also what the drawer should hold now, which
 * is what the count is compared with. A count that is not a whole number is said so beside it
 * and the step does not go on; a difference asks for its explanation before the close is signed.
 */
export function StockStep({
  date,
  lines,
  initial,
  onNext,
}: {
  date: string;
  lines: Line[];
  initial: StockCount[];
  onNext: (counts: StockCount[]) => void;
}) {
  const { t } = useTranslation('dayclose');
  const [form] = Form.useForm<Record<string, unknown>>();
  const values = Form.useWatch([], form) ?? {};
  const movedSince = lines.some((l) => l.onHandNow !== l.expected);
  const initialValues = Object.fromEntries(
    lines.flatMap((l) => {
      const found = initial.find((c) => c.typeId === l.typeId);
      return [
        [`counted${l.typeId}`, found === undefined ? '' : String(found.counted)],
        [`explanation${l.typeId}`, found?.explanation ?? ''],
      ];
    }),
  );
  const columns: TableColumnsType<Line> = [
    { key: 'name', title: t('stock.type'), dataIndex: 'name' },
    {
      key: 'expected',
      title: t('stock.expectedAtEnd', { date }),
      dataIndex: 'expected',
      align: 'right',
    },
    ...(movedSince
      ? [
          {
            key: 'now',
            title: t('stock.onHandNow'),
            align: 'right' as const,
            render: (_: unknown, l: Line) => l.onHandNow,
          },
        ]
      : []),
    {
      key: 'counted',
      title: t('stock.counted'),
      render: (_, l, index) => (
        <WholeNumberItem
          name={`counted${l.typeId}`}
          ariaLabel={t('stock.countedOf', { type: l.name })}
          range={STOCK_COUNT_RANGE}
          autoFocus={index === 0}
          className="cell-item"
        />
      ),
    },
    {
      key: 'variance',
      title: t('stock.variance'),
      align: 'right',
      render: (_, l) => {
        const counted = readWholeNumber(values[`counted${l.typeId}`] ?? '', STOCK_COUNT_RANGE);
        return counted.ok ? counted.value - l.onHandNow : '';
      },
    },
    {
      key: 'explanation',
      title: t('stock.explanation'),
      render: (_, l) => (
        <Form.Item name={`explanation${l.typeId}`} className="cell-item">
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
          counted: wholeNumberOf(v[`counted${l.typeId}`], STOCK_COUNT_RANGE)!,
          ...(explanation ? { explanation } : {}),
        };
      }),
    );
  }
  return (
    <Form
      form={form}
      name="dayCloseStock"
      initialValues={initialValues}
      onFinish={finish}
      className="dayclose-form"
    >
      {movedSince && (
        <Typography.Paragraph type="secondary">{t('stock.movedSince', { date })}</Typography.Paragraph>
      )}
      <Table
        rowKey="typeId"
        columns={columns}
        dataSource={lines}
        pagination={false}
        size="small"
        className="count-table"
      />
      <Button type="primary" htmlType="submit" className="step-next">
        {t('next')}
      </Button>
    </Form>
  );
}

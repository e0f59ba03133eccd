import { Alert, Button, Form, Input, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STOCK_COUNT_RANGE, type Preparation } from '../../../shared/contract/dayclose';
import { readWholeNumber } from '../../../shared/domain/wholeNumber';
import { ErrorAlert } from '../../components/ErrorAlert';
import { WholeNumberItem, wholeNumberOf } from '../../components/WholeNumberItem';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';

type Line = Preparation['stock'][number];
export interface StockCount {
  typeId: number;
  counted: number;
  explanation?: string;
  /** What the drawer should hold now (known once the count is in, with blind counts). */
  onHandNow: number;
}

/** The counts as typed, for comparing a submission with the one the figures were told for. */
const keyOf = (counts: { typeId: number; counted: number }[]) =>
  counts.map((c) => `${c.typeId}:${c.counted}`).join(',');

/**
 * Step 1: the tickets in the drawer counted per type. Beside each count, the ledger's stock at
 * the end of the date; when later dates have moved the stock since (a date closed again after
 * the desk sold on, or closed the morning after), also what the drawer should hold now, which
 * is what the count is compared with. A count that is not a whole number is said so beside it
 * and the step does not go on; a difference asks for its explanation before the close is signed.
 * With blind counts on, the ledger's figures are not on the page until the counts are submitted
 * (`dayclose.checkStock`); a difference then shows them and waits for its explanation.
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
  const check = useCall('dayclose.checkStock');
  // With blind counts: the figures the server told once the counts were submitted, and for which.
  const [told, setTold] = useState<{ key: string; lines: Line[] } | null>(null);
  const shown: Line[] = told?.lines ?? lines;
  const known = shown.every((l) => l.onHandNow !== null);
  const movedSince = known && shown.some((l) => l.onHandNow !== l.expected);
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
    ...(known
      ? [
          {
            key: 'expected',
            title: t('stock.expectedAtEnd', { date }),
            dataIndex: 'expected',
            align: 'right' as const,
          },
        ]
      : []),
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
    ...(known
      ? [
          {
            key: 'variance',
            title: t('stock.variance'),
            align: 'right' as const,
            render: (_: unknown, l: Line) => {
              const counted = readWholeNumber(values[`counted${l.typeId}`] ?? '', STOCK_COUNT_RANGE);
              return counted.ok && l.onHandNow !== null ? counted.value - l.onHandNow : '';
            },
          },
        ]
      : []),
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
  async function finish(v: Record<string, unknown>) {
    const counts = lines.map((l) => {
      const explanation = String(v[`explanation${l.typeId}`] ?? '').trim();
      return {
        typeId: l.typeId,
        counted: wholeNumberOf(v[`counted${l.typeId}`], STOCK_COUNT_RANGE)!,
        ...(explanation ? { explanation } : {}),
      };
    });
    let figures = shown;
    if (!known || (told !== null && told.key !== keyOf(counts))) {
      const answer = await check.run({
        businessDate: date,
        stock: counts.map(({ typeId, counted }) => ({ typeId, counted })),
      });
      if (!answer) return;
      figures = answer.map((a) => ({
        typeId: a.typeId,
        name: a.name,
        expected: a.expected,
        onHandNow: a.onHandNow,
      }));
      const firstTold = told === null;
      setTold({ key: keyOf(counts), lines: figures });
      // the figures just told: a difference is looked at, and explained, before going on
      if (firstTold && answer.some((a) => a.variance !== 0)) return;
    }
    onNext(
      counts.map((c) => ({ ...c, onHandNow: figures.find((f) => f.typeId === c.typeId)?.onHandNow ?? 0 })),
    );
  }
  const finishOnce = useOneAtATime(finish);
  return (
    <Form
      form={form}
      name="dayCloseStock"
      initialValues={initialValues}
      onFinish={finishOnce}
      className="dayclose-form"
    >
      {movedSince && (
        <Typography.Paragraph type="secondary">{t('stock.movedSince', { date })}</Typography.Paragraph>
      )}
      {!known && <Typography.Paragraph type="secondary">{t('stock.blind')}</Typography.Paragraph>}
      {told &&
        told.lines.some((l) => {
          const counted = readWholeNumber(values[`counted${l.typeId}`] ?? '', STOCK_COUNT_RANGE);
          return counted.ok && counted.value !== l.onHandNow;
        }) && <Alert type="warning" showIcon message={t('stock.toldDifferences')} className="tight-item" />}
      <Table
        rowKey="typeId"
        columns={columns}
        dataSource={shown}
        pagination={false}
        size="small"
        className="count-table"
      />
      <ErrorAlert error={check.error} />
      <Button type="primary" htmlType="submit" className="step-next" loading={check.busy}>
        {t('next')}
      </Button>
    </Form>
  );
}

import { Card, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../shared/contract';
import { FigureTable } from '../../components/FigureTable';
import { BarChart } from './BarChart';

type Analysis = OutputOf<'visits.analysis'>;
type Figure = 'visits' | 'calls' | 'newVisits' | 'returningVisits';

/** One number per row, drawn as a series and listed as a column. */
interface Measure<T> {
  figure: Figure;
  field: keyof T & string;
  /** New and returning visits are drawn on top of each other. */
  stacked?: boolean;
}

/** A breakdown of the period (by hour, channel, consultant, day): what labels a row, what is counted. */
export interface Breakdown<T> {
  heading: 'byHour' | 'byChannel' | 'byConsultant' | 'byDay';
  rowKey: keyof T & string;
  /** The first column: its header, and each row's label in the table and under the bars. */
  label: {
    header: string;
    table: (row: T, t: TFunction) => string | number;
    chart: (row: T, t: TFunction) => string;
  };
  measures: Measure<T>[];
}

const VISITS_AND_CALLS = [
  { figure: 'visits', field: 'visits' },
  { figure: 'calls', field: 'calls' },
] as const;
const NEW_AND_RETURNING = [
  { figure: 'newVisits', field: 'new', stacked: true },
  { figure: 'returningVisits', field: 'returning', stacked: true },
] as const;

export const BY_DAY: Breakdown<Analysis['byDay'][number]> = {
  heading: 'byDay',
  rowKey: 'date',
  label: { header: 'date', table: (d) => d.date, chart: (d) => dayjs(d.date).format('M/D') },
  measures: [...NEW_AND_RETURNING, { figure: 'calls', field: 'calls' }],
};

export const BY_HOUR: Breakdown<Analysis['byHour'][number]> = {
  heading: 'byHour',
  rowKey: 'hour',
  label: {
    header: 'hour',
    table: (h, t) => t('visits.analysis.hourLabel', { hour: h.hour }),
    chart: (h, t) => t('visits.analysis.hourLabel', { hour: h.hour }),
  },
  measures: [...VISITS_AND_CALLS],
};

export const BY_CHANNEL: Breakdown<Analysis['byChannel'][number]> = {
  heading: 'byChannel',
  rowKey: 'channel',
  label: { header: 'channel', table: (c) => c.channel, chart: (c) => c.channel },
  measures: [...VISITS_AND_CALLS],
};

export const BY_CONSULTANT: Breakdown<Analysis['byConsultant'][number]> = {
  heading: 'byConsultant',
  rowKey: 'consultantId',
  label: { header: 'consultant', table: (c) => c.name, chart: (c) => c.name },
  measures: [...NEW_AND_RETURNING],
};

/** A card of the analysis: the bars for the eye, and the same numbers in a table beside them. */
export function BreakdownCard<T extends object>({ breakdown, rows }: { breakdown: Breakdown<T>; rows: T[] }) {
  const { t } = useTranslation();
  const title = t(`visits.analysis.${breakdown.heading}`);
  const chart = useMemo(
    () => ({
      categories: rows.map((row) => breakdown.label.chart(row, t)),
      series: breakdown.measures.map((m) => ({
        name: t(`visits.analysis.${m.figure}`),
        values: rows.map((row) => row[m.field] as number),
        ...(m.stacked ? { stack: 'v' } : {}),
      })),
    }),
    [breakdown, rows, t],
  );
  const columns: TableColumnsType<T> = [
    {
      key: breakdown.label.header,
      title: t(`visits.analysis.${breakdown.label.header}`),
      render: (_, row) => breakdown.label.table(row, t),
    },
    ...breakdown.measures.map((m) => ({
      key: m.figure,
      title: t(`visits.analysis.${m.figure}`),
      dataIndex: m.field,
    })),
  ];
  return (
    <Card title={<h3 className="card-title">{title}</h3>} className="page-card">
      <div className="analysis-row">
        <BarChart label={t('visits.analysis.chartOf', { title })} {...chart} />
        <FigureTable rowKey={breakdown.rowKey} rows={rows} columns={columns} />
      </div>
    </Card>
  );
}

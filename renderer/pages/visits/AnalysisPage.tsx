import { Card, DatePicker, Segmented, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoaded } from '../../hooks/usePolled';
import { BarChart } from './BarChart';
import './visits.css';

function Section({ title, chart, table }: { title: string; chart: ReactNode; table: ReactNode }) {
  return (
    <Card title={<h3 className="card-title">{title}</h3>} className="page-card">
      <div className="analysis-row">
        {chart}
        {table}
      </div>
    </Card>
  );
}

/** 来人来电分析: the day before the desk leaves, and the week (000:733, 004:255). */
export function AnalysisPage() {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<'day' | 'week'>('day');
  const [date, setDate] = useState<Dayjs | null>(null);
  const analysis = useLoaded('visits.analysis', {
    period,
    ...(date ? { date: date.format('YYYY-MM-DD') } : {}),
  });
  const data = analysis.data ?? null;

  const charts = useMemo(() => {
    if (!data) return null;
    return {
      hours: {
        categories: data.byHour.map((h) => t('visits.analysis.hourLabel', { hour: h.hour })),
        series: [
          { name: t('visits.analysis.visits'), values: data.byHour.map((h) => h.visits) },
          { name: t('visits.analysis.calls'), values: data.byHour.map((h) => h.calls) },
        ],
      },
      channels: {
        categories: data.byChannel.map((c) => c.channel),
        series: [
          { name: t('visits.analysis.visits'), values: data.byChannel.map((c) => c.visits) },
          { name: t('visits.analysis.calls'), values: data.byChannel.map((c) => c.calls) },
        ],
      },
      consultants: {
        categories: data.byConsultant.map((c) => c.name),
        series: [
          { name: t('visits.analysis.newVisits'), values: data.byConsultant.map((c) => c.new), stack: 'v' },
          {
            name: t('visits.analysis.returningVisits'),
            values: data.byConsultant.map((c) => c.returning),
            stack: 'v',
          },
        ],
      },
      days: {
        categories: data.byDay.map((d) => dayjs(d.date).format('M/D')),
        series: [
          { name: t('visits.analysis.newVisits'), values: data.byDay.map((d) => d.new), stack: 'v' },
          {
            name: t('visits.analysis.returningVisits'),
            values: data.byDay.map((d) => d.returning),
            stack: 'v',
          },
          { name: t('visits.analysis.calls'), values: data.byDay.map((d) => d.calls) },
        ],
      },
    };
  }, [data, t]);

  const count = t('visits.analysis.count');
  return (
    <div className="page">
      <Typography.Title level={2}>{t('visits.nav.analysis')}</Typography.Title>
      <Space wrap>
        <Segmented
          aria-label={t('visits.analysis.date')}
          value={period}
          onChange={(v) => setPeriod(v as 'day' | 'week')}
          options={[
            { value: 'day', label: t('visits.analysis.day') },
            { value: 'week', label: t('visits.analysis.week') },
          ]}
        />
        <DatePicker aria-label={t('visits.analysis.date')} value={date} onChange={setDate} />
        {data && (
          <Typography.Text>{t('visits.analysis.range', { from: data.from, to: data.to })}</Typography.Text>
        )}
      </Space>
      <ErrorAlert error={analysis.error} onClose={analysis.clearError} />
      {data && charts && (
        <>
          <Space wrap size="large" className="page-card">
            <Statistic title={t('visits.analysis.newVisits')} value={data.visits.new} />
            <Statistic title={t('visits.analysis.returningVisits')} value={data.visits.returning} />
            <Statistic title={t('visits.analysis.people')} value={data.visits.people} />
            <Statistic title={t('visits.analysis.calls')} value={data.calls.total} />
            <Statistic title={t('visits.analysis.invited')} value={data.calls.invited} />
          </Space>
          {period === 'week' && (
            <Section
              title={t('visits.analysis.byDay')}
              chart={
                <BarChart
                  label={t('visits.analysis.chartOf', { title: t('visits.analysis.byDay') })}
                  {...charts.days}
                />
              }
              table={
                <Table
                  rowKey="date"
                  size="small"
                  pagination={false}
                  dataSource={data.byDay}
                  columns={[
                    { key: 'date', title: t('visits.analysis.date'), dataIndex: 'date' },
                    { key: 'new', title: t('visits.analysis.newVisits'), dataIndex: 'new' },
                    { key: 'ret', title: t('visits.analysis.returningVisits'), dataIndex: 'returning' },
                    { key: 'calls', title: t('visits.analysis.calls'), dataIndex: 'calls' },
                  ]}
                />
              }
            />
          )}
          <Section
            title={t('visits.analysis.byHour')}
            chart={
              <BarChart
                label={t('visits.analysis.chartOf', { title: t('visits.analysis.byHour') })}
                {...charts.hours}
              />
            }
            table={
              <Table
                rowKey="hour"
                size="small"
                pagination={false}
                dataSource={data.byHour}
                columns={[
                  {
                    key: 'hour',
                    title: t('visits.analysis.hour'),
                    render: (_, h) => t('visits.analysis.hourLabel', { hour: h.hour }),
                  },
                  { key: 'visits', title: t('visits.analysis.visits'), dataIndex: 'visits' },
                  { key: 'calls', title: t('visits.analysis.calls'), dataIndex: 'calls' },
                ]}
              />
            }
          />
          <Section
            title={t('visits.analysis.byChannel')}
            chart={
              <BarChart
                label={t('visits.analysis.chartOf', { title: t('visits.analysis.byChannel') })}
                {...charts.channels}
              />
            }
            table={
              <Table
                rowKey="channel"
                size="small"
                pagination={false}
                dataSource={data.byChannel}
                columns={[
                  { key: 'channel', title: t('visits.analysis.channel'), dataIndex: 'channel' },
                  { key: 'visits', title: t('visits.analysis.visits'), dataIndex: 'visits' },
                  { key: 'calls', title: t('visits.analysis.calls'), dataIndex: 'calls' },
                ]}
              />
            }
          />
          <Section
            title={t('visits.analysis.byConsultant')}
            chart={
              <BarChart
                label={t('visits.analysis.chartOf', { title: t('visits.analysis.byConsultant') })}
                {...charts.consultants}
              />
            }
            table={
              <Table
                rowKey="consultantId"
                size="small"
                pagination={false}
                dataSource={data.byConsultant}
                columns={[
                  { key: 'name', title: t('visits.analysis.consultant'), dataIndex: 'name' },
                  { key: 'new', title: t('visits.analysis.newVisits'), dataIndex: 'new' },
                  { key: 'ret', title: t('visits.analysis.returningVisits'), dataIndex: 'returning' },
                ]}
              />
            }
          />
          <Card title={<h3 className="card-title">{t('visits.analysis.outcomes')}</h3>} className="page-card">
            <Table
              rowKey="outcome"
              size="small"
              pagination={false}
              dataSource={data.outcomes}
              columns={[
                {
                  key: 'outcome',
                  title: t('visits.today.outcome'),
                  render: (_, o) => t(`visits.outcome.${o.outcome}`, { defaultValue: o.outcome }),
                },
                { key: 'count', title: count, dataIndex: 'count' },
              ]}
            />
          </Card>
          <Card title={<h3 className="card-title">{t('visits.analysis.funnel')}</h3>} className="page-card">
            <Table
              rowKey="stage"
              size="small"
              pagination={false}
              dataSource={[
                { stage: 'funnelVisits', n: data.funnel.visits },
                { stage: 'funnelRequested', n: data.funnel.holdsRequested },
                { stage: 'funnelApproved', n: data.funnel.holdsApproved },
                { stage: 'funnelDeposits', n: data.funnel.deposits },
              ]}
              columns={[
                {
                  key: 'stage',
                  title: t('visits.analysis.funnelStage'),
                  render: (_, row) => t(`visits.analysis.${row.stage}`),
                },
                { key: 'n', title: count, dataIndex: 'n' },
              ]}
            />
          </Card>
        </>
      )}
    </div>
  );
}

import { Card, DatePicker, Segmented, Space, Statistic, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FigureTable } from '../../components/FigureTable';
import { useLoaded } from '../../hooks/usePolled';
import { BreakdownCard, BY_CHANNEL, BY_CONSULTANT, BY_DAY, BY_HOUR } from './AnalysisSections';
import './visits.css';

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
      {data && (
        <>
          <Space wrap size="large" className="page-card">
            <Statistic title={t('visits.analysis.newVisits')} value={data.visits.new} />
            <Statistic title={t('visits.analysis.returningVisits')} value={data.visits.returning} />
            <Statistic title={t('visits.analysis.people')} value={data.visits.people} />
            <Statistic title={t('visits.analysis.calls')} value={data.calls.total} />
            <Statistic title={t('visits.analysis.invited')} value={data.calls.invited} />
          </Space>
          {period === 'week' && <BreakdownCard breakdown={BY_DAY} rows={data.byDay} />}
          <BreakdownCard breakdown={BY_HOUR} rows={data.byHour} />
          <BreakdownCard breakdown={BY_CHANNEL} rows={data.byChannel} />
          <BreakdownCard breakdown={BY_CONSULTANT} rows={data.byConsultant} />
          <Card title={<h3 className="card-title">{t('visits.analysis.outcomes')}</h3>} className="page-card">
            <FigureTable
              rowKey="outcome"
              rows={data.outcomes}
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
          {/* The funnel is the 销控's: shown to those the main process gives it to (000:721). */}
          {data.funnel && (
            <Card title={<h3 className="card-title">{t('visits.analysis.funnel')}</h3>} className="page-card">
              <FigureTable
                rowKey="stage"
                rows={[
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
          )}
        </>
      )}
    </div>
  );
}

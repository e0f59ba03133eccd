import { DownloadOutlined } from '@ant-design/icons';
import { Button, DatePicker, Space, Table, Tag, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMonth, AttendanceMonthDay } from '../../../shared/contract/attendance';
import { downloadBase64 } from '../../api/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { DAY_STATE_COLOR } from './AttendanceToday';
import { clock } from './format';

type Person = AttendanceMonth['people'][number];

/** One person's days of the month: times, late and early, outings, corrections. */
function PersonDays({ days }: { days: AttendanceMonthDay[] }) {
  const { t } = useTranslation('people');
  const columns: TableColumnsType<AttendanceMonthDay> = [
    {
      key: 'date',
      title: t('month.date'),
      render: (_, d) => `${d.date.slice(5)} ${t(`weekday.${d.weekday}`)}`,
    },
    { key: 'shift', title: t('attendance.shift'), render: (_, d) => (d.shift ? d.shift.name : '') },
    { key: 'in', title: t('attendance.in'), render: (_, d) => clock(d.in) },
    { key: 'out', title: t('attendance.out'), render: (_, d) => clock(d.out) },
    { key: 'late', title: t('attendance.late'), render: (_, d) => d.lateMinutes || '' },
    { key: 'early', title: t('attendance.early'), render: (_, d) => d.earlyMinutes || '' },
    {
      key: 'outings',
      title: t('month.outings'),
      render: (_, d) =>
        d.outings.map((o) => `${clock(o.leftAt)}–${clock(o.backAt)} ${o.destination}`).join('; '),
    },
    {
      key: 'state',
      title: t('attendance.state'),
      render: (_, d) => (
        <Space size={4} wrap>
          <Tag color={DAY_STATE_COLOR[d.state]}>{t(`dayState.${d.state}`)}</Tag>
          {d.corrections.length > 0 && <Tag>{t('attendance.corrected')}</Tag>}
          {d.proxyAttempts > 0 && <Tag color="red">{t('month.proxy', { count: d.proxyAttempts })}</Tag>}
        </Space>
      ),
    },
  ];
  return <Table rowKey="date" columns={columns} dataSource={days} pagination={false} size="small" />;
}

/** The monthly 考勤表 (000:735): per person the totals, each day on opening the row; the .xlsx. */
export function AttendanceMonthPanel() {
  const { t } = useTranslation('people');
  const [picked, setPicked] = useState<string | null>(null);
  // The desk's business date, not this PC's calendar, says which month is the current one.
  const desk = useLoaded('checks.day', {});
  const month = picked ?? desk.data?.date.slice(0, 7) ?? '';
  const answer = useLoaded('attendance.month', { month }, { enabled: month !== '' });
  const exportMonth = useCall('attendance.exportMonth');
  const columns: TableColumnsType<Person> = [
    { key: 'name', title: t('attendance.person'), dataIndex: 'name' },
    { key: 'rostered', title: t('month.rosteredDays'), render: (_, p) => p.totals.rosteredDays },
    { key: 'worked', title: t('month.workedDays'), render: (_, p) => p.totals.workedDays },
    { key: 'rest', title: t('month.restDays'), render: (_, p) => p.totals.restDays },
    { key: 'absent', title: t('month.absentDays'), render: (_, p) => p.totals.absentDays },
    {
      key: 'late',
      title: t('month.late'),
      render: (_, p) => t('month.countMinutes', { count: p.totals.lateCount, minutes: p.totals.lateMinutes }),
    },
    {
      key: 'early',
      title: t('month.early'),
      render: (_, p) =>
        t('month.countMinutes', { count: p.totals.earlyCount, minutes: p.totals.earlyMinutes }),
    },
    { key: 'missed', title: t('month.missedOut'), render: (_, p) => p.totals.missedOut },
    {
      key: 'outings',
      title: t('month.outings'),
      render: (_, p) => t('month.countMinutes', { count: p.totals.outings, minutes: p.totals.outingMinutes }),
    },
  ];
  async function download() {
    const file = await exportMonth.run({ month });
    if (file) downloadBase64(file.fileName, file.base64, file.mime);
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <DatePicker
          picker="month"
          aria-label={t('month.month')}
          allowClear={false}
          value={month ? dayjs(`${month}-01`) : null}
          onChange={(d) => d && setPicked(d.format('YYYY-MM'))}
        />
        <Button
          icon={<DownloadOutlined aria-hidden />}
          loading={exportMonth.busy}
          onClick={() => void download()}
        >
          {t('month.export')}
        </Button>
      </Space>
      <ErrorAlert from={[answer, desk, exportMonth]} closable />
      <Table
        rowKey="userId"
        columns={columns}
        dataSource={answer.data?.people ?? []}
        loading={answer.loading && !answer.data}
        pagination={false}
        size="small"
        aria-label={t('month.table')}
        expandable={{ expandedRowRender: (p) => <PersonDays days={p.days} /> }}
      />
    </Space>
  );
}

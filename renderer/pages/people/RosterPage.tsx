import { Button, DatePicker, Space, Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterMonth } from '../../../shared/contract/roster';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { RosterCellDialog } from './RosterCellDialog';

type Person = RosterMonth['people'][number];
type Cell = Person['cells'][number];

/**
 * The duty roster 排班 (000:737-741): the month, a row per person and a column per day — the
 * shift, 休 for a rest day, 午 for the lunch cover. The 专案 sets a cell by opening it (Enter).
 */
export function RosterPage() {
  const { t } = useTranslation('people');
  const roles = useSession((s) => s.user?.roles);
  const [picked, setPicked] = useState<string | null>(null);
  // The desk's business date, not this PC's calendar, says which month is the current one.
  const desk = useLoaded('checks.day', {});
  const month = picked ?? desk.data?.date.slice(0, 7) ?? '';
  const answer = useLoaded('roster.month', { month }, { enabled: month !== '' });
  const [at, setAt] = useState<{ person: Person; date: string } | null>(null);
  const maySet = mayCall('roster.set', roles);
  const shown = answer.data ?? null;

  function cellText(c: Cell | undefined): string {
    if (!c?.duty) return '';
    if (c.duty === 'rest') return t('roster.restShort');
    return `${c.shift?.name ?? ''}${c.lunchCover ? t('roster.lunchShort') : ''}`;
  }

  const dayColumns: TableColumnsType<Person> = (shown?.days ?? []).map((d) => ({
    key: d.date,
    title: (
      <span className={d.weekday === 0 || d.weekday === 6 ? 'roster-weekend' : undefined}>
        {Number(d.date.slice(8))}
        <br />
        {t(`weekday.${d.weekday}`)}
      </span>
    ),
    width: 44,
    align: 'center' as const,
    render: (_: unknown, p: Person) => {
      const c = p.cells.find((x) => x.date === d.date);
      const text = cellText(c);
      const label = t('roster.cellLabel', { name: p.name, date: d.date, duty: text || t('duty.clear') });
      return maySet ? (
        <Button
          size="small"
          type="text"
          aria-label={label}
          onClick={() => setAt({ person: p, date: d.date })}
        >
          {text || '·'}
        </Button>
      ) : (
        <Tooltip title={label}>
          <span aria-label={label}>{text || '·'}</span>
        </Tooltip>
      );
    },
  }));
  const columns: TableColumnsType<Person> = [
    { key: 'name', title: t('attendance.person'), dataIndex: 'name', width: 90 },
    ...dayColumns,
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('roster.title')}</Typography.Title>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <DatePicker
            picker="month"
            aria-label={t('month.month')}
            allowClear={false}
            value={month ? dayjs(`${month}-01`) : null}
            onChange={(d) => d && setPicked(d.format('YYYY-MM'))}
          />
          <Typography.Text type="secondary">{t('roster.legend')}</Typography.Text>
        </Space>
        <ErrorAlert from={[answer, desk]} closable />
        {/* The month is wider than the page: the region scrolls, and takes the focus to scroll by keyboard. */}
        <div
          className="roster-scroll"
          role="region"
          aria-label={t('roster.table', { month })}
          tabIndex={0}
          style={{ overflowX: 'auto' }}
        >
          <Table
            rowKey="userId"
            columns={columns}
            dataSource={shown?.people ?? []}
            loading={answer.loading && !shown}
            pagination={false}
            size="small"
            aria-label={t('roster.table', { month })}
          />
        </div>
      </Space>
      {shown && (
        <RosterCellDialog
          month={shown}
          at={at}
          onCancel={() => setAt(null)}
          onDone={() => {
            setAt(null);
            void answer.refresh();
          }}
        />
      )}
    </div>
  );
}

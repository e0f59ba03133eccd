import { LoginOutlined, LogoutOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceDay } from '../../../shared/contract/attendance';
import type { AttendanceDayState, PunchKind } from '../../../shared/domain/vocab';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { CorrectDialog } from './CorrectDialog';
import { clock } from './format';
import { PunchDialog } from './PunchDialog';

/** How often the board is read again: another window or the jobs may have changed it. */
const BOARD_MS = 60_000;

export const DAY_STATE_COLOR: Record<AttendanceDayState, string> = {
  worked: 'green',
  on_duty: 'blue',
  missed_out: 'red',
  absent: 'red',
  expected: 'gold',
  rest: 'default',
  none: 'default',
};

/**
 * Today's attendance board 签到签退: everyone rostered or clocked in, their shift, times, late
 * and early minutes. Each person clocks in and out with their own PIN; the manager corrects.
 */
export function AttendanceToday({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation('people');
  const message = useToast();
  const roles = useSession((s) => s.user?.roles);
  const board = usePolled('attendance.today', {}, BOARD_MS, { version });
  const [punch, setPunch] = useState<{ kind: PunchKind; userId?: number } | null>(null);
  const [correcting, setCorrecting] = useState<AttendanceDay | null>(null);
  const mayCorrect = mayCall('attendance.correct', roles);

  const columns: TableColumnsType<AttendanceDay> = [
    { key: 'name', title: t('attendance.person'), dataIndex: 'name' },
    {
      key: 'shift',
      title: t('attendance.shift'),
      render: (_, d) =>
        d.shift ? `${d.shift.name} ${d.shift.start}–${d.shift.end}` : d.rest ? t('roster.rest') : '',
    },
    {
      key: 'in',
      title: t('attendance.in'),
      render: (_, d) => (
        <>
          {clock(d.in)} {d.inCorrected && <Tag>{t('attendance.corrected')}</Tag>}
        </>
      ),
    },
    {
      key: 'out',
      title: t('attendance.out'),
      render: (_, d) => (
        <>
          {clock(d.out)} {d.outCorrected && <Tag>{t('attendance.corrected')}</Tag>}
        </>
      ),
    },
    {
      key: 'late',
      title: t('attendance.late'),
      render: (_, d) => (d.lateMinutes > 0 ? t('minutes', { count: d.lateMinutes }) : ''),
    },
    {
      key: 'early',
      title: t('attendance.early'),
      render: (_, d) => (d.earlyMinutes > 0 ? t('minutes', { count: d.earlyMinutes }) : ''),
    },
    {
      key: 'state',
      title: t('attendance.state'),
      render: (_, d) => <Tag color={DAY_STATE_COLOR[d.state]}>{t(`dayState.${d.state}`)}</Tag>,
    },
    {
      key: 'act',
      title: t('attendance.act'),
      render: (_, d) => (
        <Space size="small">
          {!d.in && !d.out && (
            <RowButton
              label={t('attendance.clockIn')}
              of={d.name}
              onClick={() => setPunch({ kind: 'in', userId: d.userId })}
            />
          )}
          {d.in && !d.out && (
            <RowButton
              label={t('attendance.clockOut')}
              of={d.name}
              onClick={() => setPunch({ kind: 'out', userId: d.userId })}
            />
          )}
          {mayCorrect && (
            <RowButton label={t('attendance.correct')} of={d.name} onClick={() => setCorrecting(d)} />
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space>
        <Button
          id="clock-in"
          type="primary"
          icon={<LoginOutlined aria-hidden />}
          onClick={() => setPunch({ kind: 'in' })}
        >
          {t('attendance.clockIn')}
        </Button>
        <Button icon={<LogoutOutlined aria-hidden />} onClick={() => setPunch({ kind: 'out' })}>
          {t('attendance.clockOut')}
        </Button>
        {board.data && <span>{t('attendance.today', { date: board.data.date })}</span>}
      </Space>
      <ErrorAlert from={[board]} closable />
      <Table
        rowKey="userId"
        columns={columns}
        dataSource={board.data?.people ?? []}
        loading={board.loading && !board.data}
        pagination={false}
        size="small"
        aria-label={t('attendance.board')}
      />
      <PunchDialog
        kind={punch?.kind ?? null}
        userId={punch?.userId}
        onCancel={() => setPunch(null)}
        onDone={(day) => {
          const done = punch?.kind === 'out' ? 'attendance.clockedOut' : 'attendance.clockedIn';
          setPunch(null);
          message.success(t(done, { name: day.name, at: clock(punch?.kind === 'out' ? day.out : day.in) }));
          onChanged();
        }}
      />
      <CorrectDialog
        day={correcting}
        onCancel={() => setCorrecting(null)}
        onDone={() => {
          setCorrecting(null);
          onChanged();
        }}
      />
    </Space>
  );
}

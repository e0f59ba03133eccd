import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutingView } from '../../../shared/contract/outings';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowButton } from '../../components/RowButton';
import { useDesk, useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { clock } from './format';
import { OutingFixDialog, RecordOutingDialog, ReturnDialog } from './OutingDialogs';

/** How often the register is read again, and the overdue returns told to the manager. */
const OUTINGS_MS = 60_000;

/**
 * 外出登记 (000:743-751): who is out now and today's outings; record one (approved in the same
 * dialog), record the return; the manager cancels or corrects with a reason.
 */
export function OutingsPanel({ version, onChanged }: { version: number; onChanged: () => void }) {
  const { t } = useTranslation('people');
  const message = useToast();
  const { notifications } = useDesk();
  const roles = useSession((s) => s.user?.roles);
  const list = usePolled('outings.list', {}, OUTINGS_MS, { version });
  const overdue = usePolled('outings.flagOverdue', {}, OUTINGS_MS, {
    enabled: mayCall('outings.flagOverdue', roles),
  });
  const [recording, setRecording] = useState(false);
  const [returning, setReturning] = useState<OutingView | null>(null);
  const [fix, setFix] = useState<{ outing: OutingView; kind: 'cancel' | 'correct' } | null>(null);
  const mayRecord = mayCall('outings.record', roles);
  const mayFix = mayCall('outings.cancel', roles);

  useEffect(() => {
    if (overdue.data && overdue.data.posted > 0)
      notifications
        .getState()
        .refresh()
        .catch(() => undefined);
  }, [overdue.data, notifications]);

  const columns: TableColumnsType<OutingView> = [
    { key: 'name', title: t('outings.person'), dataIndex: 'name' },
    { key: 'reason', title: t('outings.reason'), dataIndex: 'reason' },
    { key: 'destination', title: t('outings.destination'), dataIndex: 'destination' },
    { key: 'left', title: t('outings.leftAt'), render: (_, o) => clock(o.leftAt) },
    { key: 'expected', title: t('outings.expectedBack'), render: (_, o) => clock(o.expectedBack) },
    {
      key: 'back',
      title: t('outings.backAt'),
      render: (_, o) => (
        <>
          {clock(o.backAt)} {o.corrections.length > 0 && <Tag>{t('attendance.corrected')}</Tag>}
        </>
      ),
    },
    {
      key: 'state',
      title: t('outings.state'),
      render: (_, o) => (
        <Space size={4} wrap>
          <Tag color={o.state === 'out' ? 'blue' : o.state === 'cancelled' ? 'default' : 'green'}>
            {t(`outingState.${o.state}`)}
          </Tag>
          {o.lateMinutes > 0 && <Tag color="red">{t('outings.late', { count: o.lateMinutes })}</Tag>}
          {o.standIns.length > 0 && (
            <Tag color="purple">{t('outings.standIns', { count: o.standIns.length })}</Tag>
          )}
        </Space>
      ),
    },
    { key: 'approvedBy', title: t('outings.approvedBy'), dataIndex: 'approvedBy' },
    {
      key: 'act',
      title: t('attendance.act'),
      render: (_, o) => (
        <Space size="small">
          {o.state === 'out' && mayRecord && (
            <RowButton
              label={t('outings.return')}
              of={o.name}
              type="primary"
              onClick={() => setReturning(o)}
            />
          )}
          {mayFix && o.state === 'returned' && (
            <RowButton
              label={t('outings.correct')}
              of={o.name}
              onClick={() => setFix({ outing: o, kind: 'correct' })}
            />
          )}
          {mayFix && o.state !== 'cancelled' && (
            <RowButton
              label={t('outings.cancel')}
              of={o.name}
              danger
              onClick={() => setFix({ outing: o, kind: 'cancel' })}
            />
          )}
        </Space>
      ),
    },
  ];

  const done = () => {
    onChanged();
    void list.refresh();
  };
  const out = list.data?.out ?? [];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {mayRecord && (
        <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRecording(true)}>
          {t('outings.record')}
        </Button>
      )}
      <ErrorAlert from={[list]} closable />
      <Typography.Title level={5}>{t('outings.outNow', { count: out.length })}</Typography.Title>
      <Table
        rowKey="id"
        columns={columns}
        dataSource={out}
        pagination={false}
        size="small"
        aria-label={t('outings.outNowTable')}
      />
      <Typography.Title level={5}>{t('outings.today')}</Typography.Title>
      <Table
        rowKey="id"
        columns={columns}
        dataSource={list.data?.outings ?? []}
        loading={list.loading && !list.data}
        pagination={false}
        size="small"
        aria-label={t('outings.todayTable')}
      />
      <RecordOutingDialog
        open={recording}
        onCancel={() => setRecording(false)}
        onDone={(o) => {
          setRecording(false);
          message.success(t('outings.recorded', { name: o.name, at: clock(o.expectedBack) }));
          done();
        }}
      />
      <ReturnDialog
        outing={returning}
        onCancel={() => setReturning(null)}
        onDone={(o) => {
          setReturning(null);
          message.success(t('outings.returned', { name: o.name, at: clock(o.backAt) }));
          done();
        }}
      />
      <OutingFixDialog
        fix={fix}
        onCancel={() => setFix(null)}
        onDone={() => {
          setFix(null);
          done();
        }}
      />
    </Space>
  );
}

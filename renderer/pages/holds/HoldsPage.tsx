import { Alert, Badge, Space, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { AskPanel } from './AskPanel';
import { DepositsPanel } from './DepositsPanel';
import { GrantsPanel } from './GrantsPanel';
import { HoldQueue } from './HoldQueue';
import { HoldRegister } from './HoldRegister';
import { InquiriesPanel } from './InquiriesPanel';
import { localDateTime } from './format';
import { MyHolds } from './MyHolds';
import { RefundsPanel } from './RefundsPanel';
import { ReportsPanel } from './ReportsPanel';
import { SalesBoard } from './SalesBoard';
import './board.css';

const QUEUE_POLL_MS = 10_000;
const ACCESS_POLL_MS = 60_000;

/**
 * 销控 (000:719-721): the board and the register for the manager, the deputy and whoever they
 * authorise; the queue, the 不定 reports, the grants and the questions asked for the managers;
 * for everyone else, "is this unit free?" and their own holds (and the status colours, where the
 * office chose so).
 */
export function HoldsPage() {
  const { t } = useTranslation('holds');
  const roles = useSession((s) => s.user?.roles);
  const access = usePolled('holds.access', {}, ACCESS_POLL_MS);
  const level = access.data?.level;
  const canDecide = mayCall('holds.queue', roles);
  const canAsk = mayCall('holds.ask', roles);
  const isSeller = mayCall('holds.mine', roles);
  const queue = usePendingQueue(canDecide);
  const reports = usePolled('holds.reports', {}, QUEUE_POLL_MS, { enabled: canDecide });
  const mine = usePolled('holds.mine', {}, QUEUE_POLL_MS, { enabled: isSeller });
  const [tab, setTab] = useState<string | null>(null);

  const board = level === 'full' || level === 'status';
  const items = [
    ...(board ? [{ key: 'board', label: t('tabs.board'), children: <SalesBoard /> }] : []),
    ...(isSeller || (canAsk && !board)
      ? [
          {
            key: 'mine',
            label: t('tabs.mine'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                {canAsk && <AskPanel onRequested={() => void mine.refresh()} />}
                {isSeller && (
                  <MyHolds items={mine.data ?? []} error={mine.error} onChanged={() => void mine.refresh()} />
                )}
              </Space>
            ),
          },
        ]
      : []),
    ...(canDecide
      ? [
          {
            key: 'queue',
            label: (
              <Badge
                count={queue.items.length}
                size="small"
                offset={[8, 0]}
                className={queue.flash ? 'queue-flash' : ''}
              >
                {t('tabs.queue')}
              </Badge>
            ),
            children: <HoldQueue items={queue.items} onChanged={() => void queue.reload()} />,
          },
          {
            key: 'reports',
            label: (
              <Badge count={reports.data?.length ?? 0} size="small" offset={[8, 0]}>
                {t('reports.title')}
              </Badge>
            ),
            children: <ReportsPanel items={reports.data ?? []} onChanged={() => void reports.refresh()} />,
          },
        ]
      : []),
    // The register lists everything to those who read the board, one's own holds to anyone else.
    { key: 'register', label: t('tabs.register'), children: <HoldRegister /> },
    ...(canDecide
      ? [
          { key: 'grants', label: t('tabs.grants'), children: <GrantsPanel /> },
          { key: 'inquiries', label: t('tabs.inquiries'), children: <InquiriesPanel /> },
        ]
      : []),
    ...(mayCall('holds.deposits', roles)
      ? [
          {
            key: 'money',
            label: t('nav.money'),
            children: (
              <Space direction="vertical" size="large" style={{ width: '100%' }}>
                <DepositsPanel />
                <RefundsPanel />
              </Space>
            ),
          },
        ]
      : []),
  ];
  const active = items.some((i) => i.key === tab) ? tab! : items[0]?.key;
  const note =
    level === 'full' && access.data?.grantUntil
      ? t('access.granted', { until: localDateTime(access.data.grantUntil) })
      : level === 'status'
        ? t('access.statusOnly')
        : level === 'own'
          ? t('access.confidential')
          : null;
  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.board')}</Typography.Title>
      <ErrorAlert error={access.error} />
      {note && <Alert type="info" showIcon message={note} style={{ marginBottom: 12 }} />}
      {access.data && <Tabs activeKey={active} onChange={setTab} items={items} destroyOnHidden />}
    </div>
  );
}

/** Pending requests, polled; a new arrival flashes the badge and says so. */
function usePendingQueue(enabled: boolean) {
  const { t } = useTranslation('holds');
  const message = useToast();
  // A refusal (signed out, locked) is shown by the shell; the next poll tries again.
  const queue = usePolled('holds.queue', {}, QUEUE_POLL_MS, { enabled });
  const [flash, setFlash] = useState(false);
  const known = useRef<Set<number> | null>(null);

  useEffect(() => {
    const next = queue.data;
    if (!next) return;
    const fresh = known.current !== null && next.some((h) => !known.current!.has(h.id));
    known.current = new Set(next.map((h) => h.id));
    if (!fresh) return;
    setFlash(true);
    message.info(t('queue.arrived'));
    setTimeout(() => setFlash(false), 3000);
  }, [queue.data, message, t]);
  return { items: queue.data ?? [], flash, reload: queue.refresh };
}

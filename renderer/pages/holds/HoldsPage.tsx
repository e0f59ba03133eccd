import { App, Badge, Tabs, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { HoldQueue } from './HoldQueue';
import { HoldRegister } from './HoldRegister';
import { SalesBoard } from './SalesBoard';
import './board.css';

const QUEUE_POLL_MS = 10_000;

/** 销控: the board for everyone; the queue for managers and deputies; the register. */
export function HoldsPage() {
  const { t } = useTranslation('holds');
  const roles = useSession((s) => s.user?.roles);
  const canDecide = mayCall('holds.queue', roles);
  const queue = usePendingQueue(canDecide);
  const [tab, setTab] = useState('board');

  const items = [
    { key: 'board', label: t('tabs.board'), children: <SalesBoard /> },
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
        ]
      : []),
    { key: 'register', label: t('tabs.register'), children: <HoldRegister /> },
  ];
  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.board')}</Typography.Title>
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
    </div>
  );
}

/** Pending requests, polled; a new arrival flashes the badge and says so. */
function usePendingQueue(enabled: boolean) {
  const { t } = useTranslation('holds');
  const { message } = App.useApp();
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
    void message.info(t('queue.arrived'));
    setTimeout(() => setFlash(false), 3000);
  }, [queue.data, message, t]);
  return { items: queue.data ?? [], flash, reload: queue.refresh };
}

import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintList } from './ComplaintList';
import { OverdueList } from './OverdueList';

/** Deadlines pass while the home page is open. */
const HOME_POLL_MS = 60_000;

/**
 * The complaints on the home page: for the managers every complaint past a deadline; for
 * whoever handles complaints, theirs not yet finished (the notices go to the managers' roles, so
 * this is where a handler sees what is due).
 */
export function HomeComplaints() {
  const { t } = useTranslation('complaints');
  const roles = useSession((s) => s.user?.roles);
  const [opened, setOpened] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const supervises = mayCall('complaints.overdue', roles);
  const overdue = usePolled('complaints.overdue', {}, HOME_POLL_MS, { enabled: supervises, version });
  const mine = usePolled('complaints.list', { view: 'active', mine: true }, HOME_POLL_MS, {
    enabled: mayCall('complaints.list', roles),
    version,
  });
  const changed = () => setVersion((v) => v + 1);
  return (
    <>
      {supervises && (
        <Card title={<h3 className="card-title">{t('home.overdue')}</h3>} className="page-card">
          <OverdueList items={overdue.data ?? []} onOpen={setOpened} />
        </Card>
      )}
      {(mine.data?.length ?? 0) > 0 && (
        <Card title={<h3 className="card-title">{t('home.mine')}</h3>} className="page-card">
          <ComplaintList label={t('home.mine')} items={mine.data ?? []} onOpen={setOpened} compact />
        </Card>
      )}
      <ComplaintDrawer id={opened} onClose={() => setOpened(null)} onChanged={changed} />
    </>
  );
}

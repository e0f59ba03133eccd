import { Card, Radio, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded, usePolled } from '../../hooks/usePolled';
import { ComplaintDrawer } from './ComplaintDrawer';
import { ComplaintList } from './ComplaintList';
import { FileForm } from './FileForm';
import { MonthReport } from './MonthReport';
import { officeStaff } from './people';
import './complaints.css';

/** Complaints change without the person on the page (another desk files, a handler replies). */
const LIST_POLL_MS = 30_000;

type View = 'active' | 'overdue' | 'mine' | 'all';

/**
 * 客户投诉: the desk files the card, the managers assign and follow the deadlines, the handler
 * records the handling, the desk revisits; the managers read the month's report.
 */
export function ComplaintsPage() {
  const { t } = useTranslation('complaints');
  const roles = useSession((s) => s.user?.roles);
  const [view, setView] = useState<View>('active');
  const [opened, setOpened] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const mayFile = mayCall('complaints.file', roles);
  const roster = useLoaded('auth.roster', {}, { enabled: mayFile });
  const list = usePolled(
    'complaints.list',
    view === 'mine' ? { view: 'active', mine: true } : { view },
    LIST_POLL_MS,
    { version },
  );
  const changed = () => setVersion((v) => v + 1);

  const ledger = (
    <>
      {mayFile && (
        <Card title={<h3 className="card-title">{t('file.heading')}</h3>} className="page-card">
          <FileForm
            staff={officeStaff(roster.data)}
            onFiled={(c) => {
              changed();
              setOpened(c.id);
            }}
          />
        </Card>
      )}
      <Card
        title={<h3 className="card-title">{t('list.heading')}</h3>}
        className="page-card"
        extra={
          <Radio.Group
            aria-label={t('list.view')}
            optionType="button"
            size="small"
            value={view}
            onChange={(e) => setView(e.target.value as View)}
            options={(['active', 'overdue', 'mine', 'all'] as const).map((v) => ({
              value: v,
              label: t(`list.views.${v}`),
            }))}
          />
        }
      >
        <ErrorAlert error={list.error} />
        <ComplaintList
          label={t('list.heading')}
          items={list.data ?? []}
          loading={list.loading && !list.data}
          onOpen={setOpened}
        />
      </Card>
    </>
  );

  return (
    <div className="page">
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      {mayCall('complaints.monthReport', roles) ? (
        <Tabs
          items={[
            { key: 'list', label: t('tabs.list'), children: ledger },
            { key: 'report', label: t('tabs.report'), children: <MonthReport /> },
          ]}
        />
      ) : (
        ledger
      )}
      <ComplaintDrawer id={opened} onClose={() => setOpened(null)} onChanged={changed} />
    </div>
  );
}

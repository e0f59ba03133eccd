import { Alert, Button, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { AttendanceMonthPanel } from './AttendanceMonthPanel';
import { AttendanceToday } from './AttendanceToday';
import { ChecksPanel } from './ChecksPanel';
import { OutingsPanel } from './OutingsPanel';

/**
 * The people at the desk today: 签到签退, 外出登记, the opening and closing checks, and for the
 * 专案 the monthly 考勤表. One page, a tab each; every act is a dialog with the person's own PIN.
 */
export function AttendancePage() {
  const { t } = useTranslation('people');
  const roles = useSession((s) => s.user?.roles);
  const [tab, setTab] = useState('today');
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const checks = useLoaded('checks.day', {}, { version });
  const openingMissing =
    checks.data && !checks.data.opening && checks.data.openingList.length > 0 && tab !== 'checks';

  const items = [
    {
      key: 'today',
      label: t('tabs.today'),
      children: <AttendanceToday version={version} onChanged={changed} />,
    },
    {
      key: 'outings',
      label: t('tabs.outings'),
      children: <OutingsPanel version={version} onChanged={changed} />,
    },
    { key: 'checks', label: t('tabs.checks'), children: <ChecksPanel onChanged={changed} /> },
    ...(mayCall('attendance.month', roles)
      ? [{ key: 'month', label: t('tabs.month'), children: <AttendanceMonthPanel /> }]
      : []),
  ];
  return (
    <div className="page">
      <Typography.Title level={2}>{t('title')}</Typography.Title>
      {openingMissing && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('checks.openingMissing')}
          action={
            <Button size="small" onClick={() => setTab('checks')}>
              {t('checks.goSign')}
            </Button>
          }
        />
      )}
      <Tabs activeKey={tab} onChange={setTab} items={items} destroyOnHidden />
    </div>
  );
}

import { Space, Tabs, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../shared/contract/handover';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { AcknowledgeForm } from './AcknowledgeForm';
import { HandoverLog } from './HandoverLog';
import { HandoverPrintView } from './HandoverPrintView';
import { MailRegister } from './MailRegister';
import { ShiftSettings } from './ShiftSettings';
import { WriteForm } from './WriteForm';
import './handover.css';

/**
 * 交接班: the guided handover (write, then the incoming person checks and signs), the handover
 * log 前台交接日志 with its print view, and the owner-mail register.
 */
export function HandoverPage() {
  const { t } = useTranslation('handover');
  const user = useSession((s) => s.user);
  const [printing, setPrinting] = useState<number | null>(null);
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<HandoverView | null>(null);
  const deskAnswer = useLoaded('handover.desk', {}, { version });
  const desk = deskAnswer.data ?? null;

  const changed = useCallback(() => {
    setEditing(null);
    setVersion((v) => v + 1);
  }, []);

  if (printing !== null) return <HandoverPrintView handoverId={printing} onBack={() => setPrinting(null)} />;

  const mine = desk?.pending.find((h) => h.fromId === user?.id || h.toId === user?.id) ?? null;
  const mayWrite = mayCall('handover.start', user?.roles);
  const write = !desk ? null : editing ? (
    <WriteForm
      key={`edit-${editing.id}`}
      shifts={desk.shifts}
      current={null}
      editing={editing}
      onDone={changed}
    />
  ) : mine ? (
    <AcknowledgeForm
      key={`${mine.id}-${version}`}
      handover={mine}
      onDone={changed}
      onPrint={setPrinting}
      onEdit={mine.fromId === user?.id ? setEditing : undefined}
    />
  ) : mayWrite ? (
    <WriteForm
      key={version}
      shifts={desk.shifts}
      current={desk.endingShift?.name ?? desk.current?.name ?? null}
      onDone={changed}
    />
  ) : null;

  return (
    <div className="page">
      <div className="page-title-row">
        <Typography.Title level={2}>{t('title')}</Typography.Title>
        {desk && (
          <Space>
            <Tag color={desk.current ? 'blue' : 'default'}>
              {desk.current ? t('shiftNow', desk.current) : t('noShift')}
            </Tag>
            <Tag color={desk.holder ? 'green' : 'default'}>
              {desk.holder ? t('holder', { name: desk.holder.name }) : t('noHolder')}
            </Tag>
          </Space>
        )}
      </div>
      <ErrorAlert error={deskAnswer.error} onClose={deskAnswer.clearError} />
      {/* Mounted once the desk state is known, so the handover tab is the one that opens. */}
      {desk && (
        <Tabs
          items={[
            ...(write ? [{ key: 'write', label: t('tabs.write'), children: write }] : []),
            {
              key: 'log',
              label: t('tabs.log'),
              children: <HandoverLog version={version} onView={setPrinting} />,
            },
            {
              key: 'mail',
              label: t('tabs.mail'),
              children: <MailRegister mayWrite={mayCall('mail.receive', user?.roles)} />,
            },
            ...(mayCall('settings.update', user?.roles)
              ? [{ key: 'settings', label: t('settings.tab'), children: <ShiftSettings onSaved={changed} /> }]
              : []),
          ]}
        />
      )}
    </div>
  );
}

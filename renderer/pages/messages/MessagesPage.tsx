import { Card, Col, Row, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { usePolled } from '../../hooks/usePolled';
import { LeaveMessageForm } from './LeaveMessageForm';
import { MessageList } from './MessageList';

const EVERY_MINUTE = 60_000;

/**
 * 留言: the desk takes messages for colleagues who are out and sees those still waiting; each
 * person sees the messages left for them and records their call back.
 */
export function MessagesPage() {
  const { t } = useTranslation('privacy');
  const user = useSession((s) => s.user);
  const roles = user?.roles;
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const mayLeave = mayCall('messages.leave', roles);
  const managers = roles?.some((r) => r === 'manager' || r === 'deputy') ?? false;
  const mine = usePolled('messages.mine', {}, EVERY_MINUTE, { version });
  const open = usePolled('messages.open', {}, EVERY_MINUTE, {
    version,
    enabled: mayCall('messages.open', roles),
  });
  const mayMarkDone = (forUserId: number) => managers || forUserId === user?.id;

  return (
    <div className="page messages-page">
      <Typography.Title level={2}>{t('messages.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('messages.help')}</Typography.Paragraph>
      <ErrorAlert from={[mine, open]} closable />
      <Row gutter={16}>
        {mayLeave && (
          <Col xs={24} lg={8}>
            <Card title={<h3 className="card-title">{t('messages.leave')}</h3>} className="page-card">
              <LeaveMessageForm onLeft={changed} />
            </Card>
          </Col>
        )}
        <Col xs={24} lg={mayLeave ? 16 : 24}>
          <Card title={<h3 className="card-title">{t('messages.mine')}</h3>} className="page-card">
            <MessageList
              label={t('messages.mine')}
              messages={mine.data ?? []}
              empty={t('messages.mineEmpty')}
              mayMarkDone={(m) => mayMarkDone(m.forUserId)}
              onChanged={changed}
            />
          </Card>
          {open.data && (
            <Card title={<h3 className="card-title">{t('messages.open')}</h3>} className="page-card">
              <MessageList
                label={t('messages.open')}
                messages={open.data}
                empty={t('messages.openEmpty')}
                mayMarkDone={(m) => mayMarkDone(m.forUserId)}
                onChanged={changed}
              />
            </Card>
          )}
        </Col>
      </Row>
    </div>
  );
}

import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../shared/contract/sync';
import { SYNC_ALARM_STATES, type SyncState } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePolled } from '../../hooks/usePolled';

/** The desk's job sends every minute; the page follows it at half that. */
const STATUS_POLL_MS = 30_000;

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss');

function stateColor(state: SyncState): string {
  if (state === 'synced') return 'success';
  if (state === 'partial') return 'processing';
  if ((SYNC_ALARM_STATES as readonly string[]).includes(state) || state === 'refused') return 'error';
  return 'warning';
}

/**
 * Where the office's sync with the group headquarters stands, for the administrator and the
 * manager: the office id, HQ's acknowledged head and its fingerprint (to compare with HQ on the
 * phone), the backlog and the last run. Read only: the connection is set up on the command line
 * and kept outside the ledger.
 */
export function SyncPage() {
  const { t } = useTranslation();
  const status = usePolled('sync.status', {}, STATUS_POLL_MS);
  const s = status.data;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('sync.nav')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('sync.intro')}</Typography.Paragraph>
      <Button
        icon={<ReloadOutlined aria-hidden />}
        onClick={() => void status.refresh()}
        loading={status.loading}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('sync.refresh')}
      </Button>
      <ErrorAlert from={[status]} />
      {s && <Alarms status={s} />}
      {s && <Facts status={s} />}
    </Space>
  );
}

function Alarms({ status: s }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const stopped =
    s.lastRun &&
    ((SYNC_ALARM_STATES as readonly string[]).includes(s.lastRun.state) || s.lastRun.state === 'refused');
  return (
    <>
      {s.witnessProblem && (
        <Alert
          type="error"
          showIcon
          title={t('sync.witnessTitle')}
          description={
            <>
              <div>{t('sync.witnessBody')}</div>
              <Typography.Text type="secondary">{s.witnessProblem}</Typography.Text>
            </>
          }
        />
      )}
      {stopped && s.lastRun && (
        <Alert
          type="error"
          showIcon
          title={t('sync.alarmTitle')}
          description={t(`sync.states.${s.lastRun.state}`)}
        />
      )}
      {s.connectionProblem && (
        <Alert type="warning" showIcon title={t('sync.connectionProblem', { detail: s.connectionProblem })} />
      )}
    </>
  );
}

function Facts({ status: s }: { status: SyncStatus }) {
  const { t } = useTranslation();
  const connection =
    s.connection === 'file'
      ? t('sync.connectionFile')
      : s.connection === 'environment'
        ? t('sync.connectionEnvironment')
        : t('sync.notConfigured');
  return (
    <Descriptions bordered size="small" column={1}>
      <Descriptions.Item label={t('sync.officeId')}>{s.officeId ?? t('sync.noOfficeId')}</Descriptions.Item>
      <Descriptions.Item label={t('sync.connection')}>{connection}</Descriptions.Item>
      <Descriptions.Item label={t('sync.localSeq')}>#{s.localSeq}</Descriptions.Item>
      <Descriptions.Item label={t('sync.acknowledged')}>
        {s.acknowledged
          ? t('sync.acknowledgedAt', { seq: s.acknowledged.seq, at: when(s.acknowledged.at) })
          : t('sync.noneAcknowledged')}
      </Descriptions.Item>
      {s.acknowledged && (
        <Descriptions.Item label={t('sync.fingerprint')}>
          <Typography.Text code>{s.acknowledged.fingerprint}</Typography.Text>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('sync.backlog')}>
        {t('sync.backlogCount', { count: s.backlog })}
      </Descriptions.Item>
      <Descriptions.Item label={t('sync.lastRun')}>
        {s.lastRun ? (
          <Space direction="vertical" size={4}>
            <Space wrap>
              <time dateTime={s.lastRun.at}>{when(s.lastRun.at)}</time>
              <Tag color={stateColor(s.lastRun.state)}>{t(`sync.states.${s.lastRun.state}`)}</Tag>
              <span>{t('sync.sentAccepted', { sent: s.lastRun.sent, accepted: s.lastRun.accepted })}</span>
            </Space>
            {s.lastRun.detail && (
              <Typography.Text type="secondary">
                {t('sync.detail')}: {s.lastRun.detail}
              </Typography.Text>
            )}
          </Space>
        ) : (
          t('sync.neverRun')
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

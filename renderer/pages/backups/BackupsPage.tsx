import { CloudDownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Space, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BackupView } from '../../../shared/contract/backups';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDesk } from '../../desk/DeskContext';
import { useAction, useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';

function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The administrator's backups: take one now, or put one back. Restoring replaces the ledger
 * while the app runs (the replaced one is kept), so the confirmation names the backup's date and
 * size, and everyone signs in again afterwards.
 */
export function BackupsPage() {
  const { t } = useTranslation();
  const { client, session } = useDesk();
  const { modal } = App.useApp();
  const message = useToast();
  const backups = useLoaded('backups.list', {});
  const making = useCall('backups.create');
  const restoring = useAction();
  const second = backups.data?.secondFolder ?? null;

  async function backupNow() {
    const made = await making.run({});
    if (!made) return;
    message.success(t('backups.made', { name: made.name }));
    await backups.refresh();
  }

  function confirmRestore(backup: BackupView) {
    const when = dayjs(backup.takenAt).format('YYYY-MM-DD HH:mm:ss');
    modal.confirm({
      title: t('backups.confirmTitle'),
      content: t('backups.confirmBody', { when, size: size(backup.bytes), name: backup.name }),
      okText: t('backups.restore'),
      okButtonProps: { danger: true },
      cancelText: t('form.cancel'),
      onOk: () =>
        restoring.run(async () => {
          await client.call('backups.restore', { name: backup.name });
          await session.getState().refresh({ fresh: true }); // the restored ledger asks everyone to sign in
        }),
    });
  }

  const columns: TableColumnsType<BackupView> = [
    {
      key: 'takenAt',
      title: t('backups.takenAt'),
      render: (_, b) => <time dateTime={b.takenAt}>{dayjs(b.takenAt).format('YYYY-MM-DD HH:mm:ss')}</time>,
    },
    {
      key: 'reason',
      title: t('backups.reason'),
      render: (_, b) => t(`backups.reasons.${b.reason}`, { defaultValue: b.reason }),
    },
    { key: 'size', title: t('backups.size'), render: (_, b) => size(b.bytes) },
    {
      key: 'fingerprint',
      title: t('backups.fingerprint'),
      render: (_, b) => (b.fingerprint ? <Typography.Text code>{b.fingerprint}</Typography.Text> : '—'),
    },
    {
      key: 'second',
      title: t('backups.inSecondFolder'),
      render: (_, b) => (b.inSecondFolder ? t('backups.yes') : '—'),
    },
    {
      key: 'actions',
      title: t('backups.actions'),
      render: (_, b) => (
        <Button
          size="small"
          danger
          onClick={() => confirmRestore(b)}
          aria-label={t('backups.restoreOne', { name: b.name })}
        >
          {t('backups.restore')}
        </Button>
      ),
    },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('nav.backups')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('backups.intro')}</Typography.Paragraph>
      <Button
        icon={<CloudDownloadOutlined aria-hidden />}
        onClick={() => void backupNow()}
        loading={making.busy}
        type="primary"
      >
        {t('backups.now')}
      </Button>
      {second && (
        <Alert
          type={second.reachable ? 'info' : 'warning'}
          showIcon
          message={t(second.reachable ? 'backups.secondFolder' : 'backups.secondFolderUnreachable', {
            dir: second.dir,
          })}
        />
      )}
      <ErrorAlert from={[making, restoring, backups]} />
      <Table<BackupView>
        rowKey="name"
        columns={columns}
        dataSource={backups.data?.backups ?? []}
        loading={backups.loading}
        pagination={false}
      />
    </Space>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contract/users';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleTags } from '../../components/RoleTags';
import { useClient, useSession } from '../../desk/DeskContext';
import { AddUserDialog, ResetSecretDialog, RolesDialog, type NewUser } from './UserDialogs';

export function UsersPage() {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const { message, modal } = App.useApp();
  const [users, setUsers] = useState<UserView[]>([]);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [adding, setAdding] = useState(false);
  const [editingRoles, setEditingRoles] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setUsers(await client.call('users.list', { includeInactive: true }));
    } catch (failure) {
      setError(failure);
    } finally {
      setLoading(false);
    }
  }, [client]);

  useEffect(() => {
    void load();
  }, [load]);

  async function create(values: NewUser) {
    const user = await client.call('users.create', values);
    setAdding(false);
    void message.success(t('users.created', { name: user.name }));
    await load();
  }

  function confirmActive(user: UserView) {
    const deactivating = user.active;
    modal.confirm({
      title: t(deactivating ? 'users.confirmDeactivate' : 'users.confirmReactivate', { name: user.name }),
      content: t(deactivating ? 'users.confirmDeactivateBody' : 'users.confirmReactivateBody'),
      okText: t(deactivating ? 'users.deactivate' : 'users.reactivate'),
      okButtonProps: { danger: deactivating },
      cancelText: t('form.cancel'),
      onOk: async () => {
        setError(null);
        try {
          await client.call(deactivating ? 'users.deactivate' : 'users.reactivate', { userId: user.id });
          void message.success(t('users.saved'));
        } catch (failure) {
          setError(failure); // e.g. LAST_ADMIN: shown on the page, the dialog closes
        }
        await load();
      },
    });
  }

  const canEdit = mayCall('users.setRoles', roles);
  const columns: TableColumnsType<UserView> = [
    { key: 'name', title: t('users.name'), dataIndex: 'name' },
    { key: 'roles', title: t('users.roles'), render: (_, u) => <RoleTags roles={u.roles} /> },
    {
      key: 'kind',
      title: t('users.secretKind'),
      render: (_, u) => (u.secretKind === 'password' ? t('users.kindPassword') : t('users.kindPin')),
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, u) =>
        u.active ? <Tag color="green">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>,
    },
  ];
  if (canEdit) {
    columns.push({
      key: 'actions',
      title: t('users.actions'),
      render: (_, u) => (
        <Space size="small" wrap>
          <Button
            size="small"
            onClick={() => setEditingRoles(u)}
            aria-label={`${t('users.editRoles')} ${u.name}`}
          >
            {t('users.editRoles')}
          </Button>
          <Button
            size="small"
            onClick={() => setResetting(u)}
            aria-label={`${t('users.resetSecret')} ${u.name}`}
          >
            {t('users.resetSecret')}
          </Button>
          <Button
            size="small"
            danger={u.active}
            onClick={() => confirmActive(u)}
            aria-label={`${t(u.active ? 'users.deactivate' : 'users.reactivate')} ${u.name}`}
          >
            {t(u.active ? 'users.deactivate' : 'users.reactivate')}
          </Button>
        </Space>
      ),
    });
  }

  return (
    <div className="page">
      <div className="page-title-row">
        <Typography.Title level={2}>{t('nav.users')}</Typography.Title>
        {mayCall('users.create', roles) && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setAdding(true)}>
            {t('users.add')}
          </Button>
        )}
      </div>
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<UserView>
        rowKey="id"
        columns={columns}
        dataSource={users}
        loading={loading}
        pagination={false}
      />
      <AddUserDialog open={adding} onCancel={() => setAdding(false)} onSubmit={create} />
      <RolesDialog
        user={editingRoles}
        onCancel={() => setEditingRoles(null)}
        onSubmit={async ({ roles: next }) => {
          if (!editingRoles) return;
          await client.call('users.setRoles', { userId: editingRoles.id, roles: next });
          setEditingRoles(null);
          void message.success(t('users.saved'));
          await load();
        }}
      />
      <ResetSecretDialog
        user={resetting}
        onCancel={() => setResetting(null)}
        onSubmit={async ({ secret }) => {
          if (!resetting) return;
          await client.call('users.resetSecret', { userId: resetting.id, secret });
          setResetting(null);
          void message.success(t('users.saved'));
          await load();
        }}
      />
    </div>
  );
}

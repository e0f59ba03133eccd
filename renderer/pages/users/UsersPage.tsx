import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contract/users';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RoleTags } from '../../components/RoleTags';
import { RowButton } from '../../components/RowButton';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { AddUserDialog, ResetSecretDialog, RolesDialog, type NewUser } from './UserDialogs';

export function UsersPage() {
  const { t } = useTranslation();
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const { modal } = App.useApp();
  const message = useToast();
  const usersAnswer = useLoaded('users.list', { includeInactive: true });
  const action = useAction();
  const [adding, setAdding] = useState(false);
  const [editingRoles, setEditingRoles] = useState<UserView | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const load = usersAnswer.refresh;

  async function create(values: NewUser) {
    const user = await client.call('users.create', values);
    setAdding(false);
    message.success(t('users.created', { name: user.name }));
    await load();
  }

  /** A dialog's change was accepted: close it, say so, show the list as it is now. */
  async function saved(close: () => void) {
    close();
    message.success(t('users.saved'));
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
        // A refusal (e.g. LAST_ADMIN) is shown on the page; the dialog closes.
        const done = await action.run(() =>
          client.call(deactivating ? 'users.deactivate' : 'users.reactivate', { userId: user.id }),
        );
        if (done) message.success(t('users.saved'));
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
          <RowButton label={t('users.editRoles')} of={u.name} onClick={() => setEditingRoles(u)} />
          <RowButton label={t('users.resetSecret')} of={u.name} onClick={() => setResetting(u)} />
          <RowButton
            label={t(u.active ? 'users.deactivate' : 'users.reactivate')}
            of={u.name}
            danger={u.active}
            onClick={() => confirmActive(u)}
          />
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
      <ErrorAlert from={[action, usersAnswer]} closable />
      <Table<UserView>
        rowKey="id"
        columns={columns}
        dataSource={usersAnswer.data ?? []}
        loading={usersAnswer.loading}
        pagination={false}
      />
      <AddUserDialog open={adding} onCancel={() => setAdding(false)} onSubmit={create} />
      <RolesDialog
        user={editingRoles}
        onCancel={() => setEditingRoles(null)}
        onSubmit={async ({ roles: next }) => {
          if (!editingRoles) return;
          await client.call('users.setRoles', { userId: editingRoles.id, roles: next });
          await saved(() => setEditingRoles(null));
        }}
      />
      <ResetSecretDialog
        user={resetting}
        onCancel={() => setResetting(null)}
        onSubmit={async ({ secret }) => {
          if (!resetting) return;
          await client.call('users.resetSecret', { userId: resetting.id, secret });
          await saved(() => setResetting(null));
        }}
      />
    </div>
  );
}

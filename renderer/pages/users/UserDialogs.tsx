import { Form, Input } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contract/users';
import type { Role } from '../../../shared/domain/roles';
import { DialogForm } from '../../components/DialogForm';
import { NewSecretItem } from '../../components/SecretItems';
import { RoleChecks } from './RoleChecks';

function RolesItem() {
  const { t } = useTranslation();
  const labelId = useId();
  return (
    <Form.Item
      name="roles"
      label={<span id={labelId}>{t('users.roles')}</span>}
      rules={[{ required: true, type: 'array', min: 1, message: t('users.rolesRequired') }]}
    >
      <RoleChecks labelledBy={labelId} />
    </Form.Item>
  );
}

export interface NewUser {
  name: string;
  roles: Role[];
  secret: string;
}

export function AddUserDialog(props: {
  open: boolean;
  onCancel: () => void;
  onSubmit: (values: NewUser) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <DialogForm<NewUser> name="addUser" title={t('users.addTitle')} submitText={t('users.create')} {...props}>
      <Form.Item
        name="name"
        label={t('users.name')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 40 }]}
      >
        <Input autoFocus autoComplete="off" />
      </Form.Item>
      <RolesItem />
      <NewSecretItem name="secret" label={t('users.secret')} extra={t('users.secretHelp')} />
    </DialogForm>
  );
}

export function RolesDialog(props: {
  user: UserView | null;
  onCancel: () => void;
  onSubmit: (values: { roles: Role[] }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { user, ...rest } = props;
  return (
    <DialogForm<{ roles: Role[] }>
      name="userRoles"
      title={t('users.rolesTitle', { name: user?.name ?? '' })}
      submitText={t('form.save')}
      open={user !== null}
      initialValues={{ roles: user?.roles ?? [] }}
      {...rest}
    >
      <RolesItem />
    </DialogForm>
  );
}

export function ResetSecretDialog(props: {
  user: UserView | null;
  onCancel: () => void;
  onSubmit: (values: { secret: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const { user, ...rest } = props;
  return (
    <DialogForm<{ secret: string }>
      name="resetSecret"
      title={t('users.resetTitle', { name: user?.name ?? '' })}
      submitText={t('form.save')}
      open={user !== null}
      {...rest}
    >
      <NewSecretItem name="secret" label={t('users.newSecret')} extra={t('users.secretHelp')} autoFocus />
    </DialogForm>
  );
}

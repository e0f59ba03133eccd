import { Button, Form, Input, Modal, Space } from 'antd';
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserView } from '../../../shared/contract/users';
import type { Role } from '../../../shared/domain/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { RoleChecks } from './RoleChecks';

/**
 * The three user dialogs share one frame: a form whose Enter submits, the refusal shown inside,
 * the dialog staying open until the main process accepts.
 */
function DialogForm<V extends object>({
  name,
  title,
  open,
  submitText,
  onCancel,
  onSubmit,
  initialValues,
  children,
}: {
  /** Prefixes the field ids, which must stay unique while the lock screen's form is open too. */
  name: string;
  title: string;
  open: boolean;
  submitText: string;
  onCancel: () => void;
  onSubmit: (values: V) => Promise<void>;
  initialValues?: Partial<V>;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function finish(values: V) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={title} open={open} onCancel={onCancel} footer={null} destroyOnHidden>
      <DialogBody>
        <Form<V>
          name={name}
          layout="vertical"
          onFinish={(v) => void finish(v)}
          initialValues={initialValues}
          requiredMark={false}
        >
          {children}
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={onCancel}>{t('form.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {submitText}
            </Button>
          </Space>
        </Form>
      </DialogBody>
    </Modal>
  );
}

/** Mounted with the dialog (destroyOnHidden), so the caret lands in the first field each time. */
function DialogBody({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useInitialFocus(ref);
  return <div ref={ref}>{children}</div>;
}

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
      <Form.Item
        name="secret"
        label={t('users.secret')}
        extra={t('users.secretHelp')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
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
      <Form.Item
        name="secret"
        label={t('users.newSecret')}
        extra={t('users.secretHelp')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </DialogForm>
  );
}

import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient } from '../desk/DeskContext';
import { useToast } from '../hooks/useToast';
import { DialogForm } from './DialogForm';
import { NewSecretItem, RepeatSecretItem } from './SecretItems';

interface PinChange {
  currentSecret: string;
  newSecret: string;
  repeatSecret: string;
}

/** Anyone signed in changes their own PIN; the current one is asked so a passer-by at an unlocked desk cannot. */
export function ChangeOwnPinDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useClient();
  const message = useToast();
  return (
    <DialogForm<PinChange>
      name="changeOwnPin"
      title={t('shell.changePin')}
      submitText={t('form.save')}
      open={open}
      onCancel={onClose}
      onSubmit={async ({ currentSecret, newSecret }) => {
        await client.call('auth.changeOwnSecret', { currentSecret, newSecret });
        onClose();
        message.success(t('shell.pinChanged'));
      }}
    >
      <Form.Item
        name="currentSecret"
        label={t('shell.currentPin')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Input.Password autoFocus autoComplete="current-password" />
      </Form.Item>
      <NewSecretItem name="newSecret" label={t('users.newSecret')} extra={t('users.secretHelp')} />
      <RepeatSecretItem
        name="repeatSecret"
        of="newSecret"
        label={t('shell.repeatPin')}
        mismatch={t('shell.pinsDiffer')}
      />
    </DialogForm>
  );
}

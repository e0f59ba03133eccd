import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

interface SecretItemProps {
  name: string;
  label: string;
  extra?: string;
  autoFocus?: boolean;
  /** Spaces alone count as empty (the first-run form asks it of every field). */
  whitespace?: boolean;
}

/** A new PIN or password, typed where nobody else reads it; the main process checks its form. */
export function NewSecretItem({ name, label, extra, autoFocus, whitespace }: SecretItemProps) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={[{ required: true, whitespace, message: t('form.required') }]}
    >
      <Input.Password autoFocus={autoFocus} autoComplete="new-password" />
    </Form.Item>
  );
}

/** The new PIN or password again: refused with `mismatch` unless it equals the field `of`. */
export function RepeatSecretItem({
  of,
  mismatch,
  ...item
}: Omit<SecretItemProps, 'extra' | 'autoFocus'> & { of: string; mismatch: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={item.name}
      label={item.label}
      dependencies={[of]}
      rules={[
        { required: true, whitespace: item.whitespace, message: t('form.required') },
        ({ getFieldValue }) => ({
          validator: (_rule, value: string | undefined) =>
            !value || value === getFieldValue(of) ? Promise.resolve() : Promise.reject(new Error(mismatch)),
        }),
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}

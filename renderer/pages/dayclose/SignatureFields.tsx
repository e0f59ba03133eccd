import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { useLoaded } from '../../hooks/usePolled';

/** Everyone holding a role, from the sign-in roster (the person signed in included). */
function usePeopleWith(role: Role) {
  const roster = useLoaded('auth.roster', {});
  return (roster.data ?? []).filter((p) => p.roles.includes(role));
}

/**
 * One person's signature: who, and their own PIN typed at the desk. Fields are
 * `<field>UserId` and `<field>Secret` of the surrounding form.
 */
export function SignatureFields({
  role,
  field,
  autoFocus,
}: {
  role: Role;
  field: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation('dayclose');
  const people = usePeopleWith(role);
  const required = [{ required: true, message: t('required') }];
  return (
    <>
      <Form.Item name={`${field}UserId`} label={t(`sign.person.${field}`)} rules={required}>
        <Select autoFocus={autoFocus} options={people.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <Form.Item name={`${field}Secret`} label={t(`sign.pin.${field}`)} rules={required}>
        <Input.Password autoComplete="off" />
      </Form.Item>
    </>
  );
}

export function signatureOf(values: Record<string, unknown>, field: string) {
  return { userId: Number(values[`${field}UserId`]), secret: String(values[`${field}Secret`] ?? '') };
}

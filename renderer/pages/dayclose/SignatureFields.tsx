import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { CountersignPin } from '../../components/CountersignPin';
import { useLoaded } from '../../hooks/usePolled';

/** Everyone holding a role, from the sign-in roster (the person signed in included). */
function usePeopleWith(role: Role) {
  const roster = useLoaded('auth.roster', {});
  return (roster.data ?? []).filter((p) => p.roles.includes(role));
}

/**
 * One person's signature: who, and their own PIN typed at the desk. Fields are
 * `<field>UserId` and `<field>Secret` of the surrounding form (give `<field>UserId` an initial
 * value to start with someone picked). `inline` puts the two side by side, on one line.
 */
export function SignatureFields({
  role,
  field,
  focus,
  inline = false,
}: {
  role: Role;
  field: string;
  /** Where the caret starts: the person picker, or the PIN when the person is already picked. */
  focus?: 'person' | 'pin';
  inline?: boolean;
}) {
  const { t } = useTranslation('dayclose');
  const people = usePeopleWith(role);
  const required = [{ required: true, message: t('required') }];
  const person = (
    <Form.Item
      name={`${field}UserId`}
      label={t(`sign.person.${field}`)}
      rules={required}
      className="tight-item"
    >
      <Select autoFocus={focus === 'person'} options={people.map((p) => ({ value: p.id, label: p.name }))} />
    </Form.Item>
  );
  const pin = (
    <CountersignPin
      name={`${field}Secret`}
      label={t(`sign.pin.${field}`)}
      rules={required}
      className="tight-item"
      personField={`${field}UserId`}
      autoFocus={focus === 'pin'}
    />
  );
  if (!inline) {
    return (
      <>
        {person}
        {pin}
      </>
    );
  }
  return (
    <Row gutter={12}>
      <Col span={12}>{person}</Col>
      <Col span={12}>{pin}</Col>
    </Row>
  );
}

export function signatureOf(values: Record<string, unknown>, field: string) {
  return { userId: Number(values[`${field}UserId`]), secret: String(values[`${field}Secret`] ?? '') };
}

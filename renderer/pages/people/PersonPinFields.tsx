import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { CountersignPin } from '../../components/CountersignPin';
import { useLoaded } from '../../hooks/usePolled';

/**
 * Who acts, and their own PIN, in the same form (a clocking, a signature): the PIN proves the
 * person picked, never the one signed in. Fields `userId` and `secret` of the surrounding form.
 */
export function PersonPinFields({
  roles,
  personLabel,
  pinLabel,
  disabledPerson = false,
}: {
  /** Only those holding one of these roles are offered; everyone when left out. */
  roles?: readonly Role[];
  personLabel: string;
  pinLabel: string;
  disabledPerson?: boolean;
}) {
  const { t } = useTranslation();
  const roster = useLoaded('auth.roster', {});
  const people = (roster.data ?? []).filter((p) => !roles || p.roles.some((r) => roles.includes(r)));
  const required = [{ required: true, message: t('form.required') }];
  return (
    <>
      <Form.Item name="userId" label={personLabel} rules={required}>
        <Select
          disabled={disabledPerson}
          showSearch={{ optionFilterProp: 'label' }}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <CountersignPin name="secret" label={pinLabel} rules={required} personField="userId" />
    </>
  );
}

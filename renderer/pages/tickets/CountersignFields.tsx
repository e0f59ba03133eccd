import { Form, Select } from 'antd';
import type { FormInstance, Rule } from 'antd/es/form';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { CountersignPin } from '../../components/CountersignPin';
import { useSession } from '../../desk/DeskContext';
import { requiredWhen } from '../../hooks/requiredWhen';
import { useLoaded } from '../../hooks/usePolled';

/**
 * The second person of a two-person act, in the same dialog (SPEC §1): pick who, they type their
 * own PIN. Fields are `countersignUserId` and `countersignSecret` of the surrounding form.
 */
export function CountersignFields({
  roles,
  personLabel,
  pinLabel,
  required = true,
  needed,
}: {
  roles: readonly Role[];
  personLabel?: string;
  pinLabel?: string;
  required?: boolean;
  /**
   * For fields kept in the form while not called for (hidden by the caller): whether a required
   * countersign is asked for, from the form's values when they are checked. Without it, always.
   */
  needed?: (value: FormInstance['getFieldValue']) => boolean;
}) {
  const { t } = useTranslation();
  const me = useSession((s) => s.user?.id);
  const roster = useLoaded('auth.roster', {});
  const people = (roster.data ?? []).filter((p) => p.id !== me && p.roles.some((r) => roles.includes(r)));
  const rule: Rule[] = !required
    ? []
    : needed
      ? [requiredWhen(needed, { message: t('form.required') })]
      : [{ required: true, message: t('form.required') }];
  return (
    <>
      <Form.Item name="countersignUserId" label={personLabel ?? t('tickets.countersign.person')} rules={rule}>
        <Select
          allowClear={!required}
          placeholder={required ? undefined : t('tickets.countersign.none')}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <CountersignPin
        name="countersignSecret"
        label={pinLabel ?? t('tickets.countersign.pin')}
        rules={rule}
        personField="countersignUserId"
      />
    </>
  );
}

export function countersignOf(values: { countersignUserId?: number; countersignSecret?: string }) {
  if (!values.countersignUserId || !values.countersignSecret) return undefined;
  return { userId: values.countersignUserId, secret: values.countersignSecret };
}

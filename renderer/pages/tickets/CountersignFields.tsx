import { Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../shared/domain/roles';
import { useSession } from '../../desk/DeskContext';
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
}: {
  roles: readonly Role[];
  personLabel?: string;
  pinLabel?: string;
  required?: boolean;
}) {
  const { t } = useTranslation();
  const me = useSession((s) => s.user?.id);
  const roster = useLoaded('auth.roster', {});
  const people = (roster.data ?? []).filter((p) => p.id !== me && p.roles.some((r) => roles.includes(r)));
  const rule = required ? [{ required: true, message: t('form.required') }] : [];
  // The tries left before a lock-out, asked again each time the PIN field is entered.
  const pickedId = Form.useWatch<number | undefined>('countersignUserId');
  const picked = people.find((p) => p.id === pickedId);
  const tries = picked
    ? picked.lockedUntil
      ? t('tickets.countersign.lockedOut', {
          name: picked.name,
          until: dayjs(picked.lockedUntil).format('HH:mm'),
        })
      : t('tickets.countersign.triesLeft', { name: picked.name, count: picked.triesLeft })
    : undefined;
  return (
    <>
      <Form.Item name="countersignUserId" label={personLabel ?? t('tickets.countersign.person')} rules={rule}>
        <Select
          allowClear={!required}
          placeholder={required ? undefined : t('tickets.countersign.none')}
          options={people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="countersignSecret"
        label={pinLabel ?? t('tickets.countersign.pin')}
        rules={rule}
        extra={tries}
      >
        <Input.Password autoComplete="off" onFocus={() => void roster.refresh()} />
      </Form.Item>
    </>
  );
}

export function countersignOf(values: { countersignUserId?: number; countersignSecret?: string }) {
  if (!values.countersignUserId || !values.countersignSecret) return undefined;
  return { userId: values.countersignUserId, secret: values.countersignSecret };
}

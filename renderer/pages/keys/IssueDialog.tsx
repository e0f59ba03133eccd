import { Form, Input, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import type { KeyView } from '../../../shared/contract/keys';
import type { Role } from '../../../shared/domain/roles';
import { DialogForm } from '../../components/DialogForm';
import { requiredWhen } from '../../hooks/requiredWhen';
import { trimmedText } from '../../hooks/trimmedText';
import {
  ManagerCountersign,
  managerCountersignOf,
  type ManagerCountersignValues,
} from './ManagerCountersign';

export interface Person {
  id: number;
  name: string;
  roles: Role[];
}

interface IssueValues extends ManagerCountersignValues {
  holderKind: 'staff' | 'outside';
  userId?: number;
  name?: string;
  phone?: string;
  purpose: string;
  minutes: number;
}

const DURATIONS = [30, 60, 120, 240, 0];

/**
 * Every rule of the dialog certainly passes (Enter then sends at once): a staff member of the
 * list, a purpose that is more than spaces, a duration offered. An outside holder or a restricted
 * key's countersign goes through the form's own checks.
 */
function certainlyAccepted(v: IssueValues, key: KeyView | null, people: Person[]): boolean {
  return (
    key !== null &&
    !key.restricted &&
    v.holderKind === 'staff' &&
    people.some((p) => p.id === v.userId) &&
    typeof v.purpose === 'string' &&
    v.purpose.trim() !== '' &&
    DURATIONS.includes(v.minutes)
  );
}

/** Issue a key: to whom, what for, for how long; a restricted key takes a manager's PIN here. */
export function IssueDialog(props: {
  keyView: KeyView | null;
  people: Person[];
  selfId: number | null;
  onCancel: () => void;
  onSubmit: (input: InputOf<'keys.issue'>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<IssueValues>();
  const kind = Form.useWatch('holderKind', form) ?? 'staff';
  const key = props.keyView;
  // Each issue starts empty: the form outlives the dialog, so the last borrower, purpose and
  // PIN would otherwise come back for the next key.
  const openFor = key?.id ?? null;
  useEffect(() => {
    if (openFor !== null) form.resetFields();
  }, [openFor, form]);

  async function submit(v: IssueValues) {
    if (!key) return;
    await props.onSubmit({
      tag: key.tag,
      holder:
        v.holderKind === 'staff'
          ? { kind: 'staff', userId: v.userId! }
          : { kind: 'outside', name: v.name!, phone: v.phone! },
      purpose: v.purpose,
      ...(v.minutes > 0 ? { dueBack: new Date(Date.now() + v.minutes * 60_000).toISOString() } : {}),
      ...(key.restricted ? { countersign: managerCountersignOf(v) } : {}),
    });
  }

  // spaces alone are no purpose: told here, as an empty field is, not refused by the main process
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  const requiredFor = (holderKind: IssueValues['holderKind'], text = false) =>
    requiredWhen((value) => (value('holderKind') ?? 'staff') === holderKind, {
      text,
      message: t('form.required'),
    });
  return (
    <DialogForm<IssueValues>
      name="issueKey"
      form={form}
      focusPicker
      title={t('keys.issueTitle', { tag: key?.tag ?? '', name: key?.name ?? '' })}
      open={key !== null}
      submitText={t('keys.issue')}
      onCancel={props.onCancel}
      onSubmit={submit}
      certain={(v) => certainlyAccepted(v, key, props.people)}
      initialValues={{ holderKind: 'staff', minutes: 60 }}
    >
      <Form.Item name="holderKind" label={t('keys.holderKind')}>
        <Radio.Group
          options={[
            { value: 'staff', label: t('keys.holderStaff') },
            { value: 'outside', label: t('keys.holderOutside') },
          ]}
        />
      </Form.Item>
      {/* Both kinds' fields stay in the form, the other hidden: the form learns of the pick on a
          timer, and a quick submit must check the fields of the kind picked, not the one drawn. */}
      <Form.Item
        name="userId"
        label={t('keys.staff')}
        hidden={kind !== 'staff'}
        rules={[requiredFor('staff')]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={props.people.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      {/* Each item hidden, not the row: the row's `display: grid` would outweigh `hidden`. */}
      <div className="keys-dialog-row">
        <Form.Item
          name="name"
          label={t('keys.outsideName')}
          hidden={kind !== 'outside'}
          rules={[requiredFor('outside', true)]}
        >
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('keys.outsidePhone')}
          hidden={kind !== 'outside'}
          rules={[
            requiredFor('outside', true),
            trimmedText({ min: 3, message: t('visits.walkIn.phoneInvalid') }),
          ]}
        >
          <Input autoComplete="off" inputMode="tel" maxLength={30} />
        </Form.Item>
      </div>
      <Form.Item name="purpose" label={t('keys.purpose')} rules={required}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="minutes" label={t('keys.due')}>
        <Select
          options={DURATIONS.map((m) => ({
            value: m,
            label:
              m === 0
                ? t('keys.dueNone')
                : m < 60
                  ? t('keys.dueMinutes', { count: m })
                  : t('keys.dueHours', { count: m / 60 }),
          }))}
        />
      </Form.Item>
      {key?.restricted && <ManagerCountersign people={props.people} selfId={props.selfId} />}
    </DialogForm>
  );
}

import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import type { Person } from './IssueDialog';

export interface ManagerCountersignValues {
  countersignerId?: number;
  countersignPin?: string;
}

/**
 * The manager's countersign in the same dialog, for every movement of a restricted key (000:721):
 * who, and their own PIN, side by side so the dialog's buttons stay on a small screen.
 */
export function ManagerCountersign({ people, selfId }: { people: Person[]; selfId: number | null }) {
  const { t } = useTranslation();
  const required = [{ required: true, message: t('form.required') }];
  const managers = people.filter((p) => p.roles.includes('manager') && p.id !== selfId);
  return (
    <div className="keys-dialog-row">
      <Form.Item name="countersignerId" label={t('keys.countersigner')} rules={required}>
        <Select options={managers.map((p) => ({ value: p.id, label: p.name }))} />
      </Form.Item>
      <CountersignPin
        name="countersignPin"
        label={t('keys.countersignPin')}
        rules={required}
        personField="countersignerId"
      />
    </div>
  );
}

export function managerCountersignOf(values: ManagerCountersignValues) {
  return { userId: values.countersignerId!, secret: values.countersignPin! };
}

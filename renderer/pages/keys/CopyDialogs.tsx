import { Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../../shared/contract/keys';
import { DialogForm } from '../../components/DialogForm';
import { holderText } from './format';
import type { Person } from './IssueDialog';
import {
  ManagerCountersign,
  managerCountersignOf,
  type ManagerCountersignValues,
} from './ManagerCountersign';

/** A key with several copies out: which one comes back (the tag alone cannot say). */
export function ReturnWhichDialog(props: {
  keyView: KeyView | null;
  onCancel: () => void;
  onSubmit: (copyNo: number) => Promise<void>;
}) {
  const { t } = useTranslation();
  const key = props.keyView;
  const out = key?.copyStates.filter((c) => c.state === 'out') ?? [];
  return (
    <DialogForm<{ copyNo: number }>
      name="keyReturnWhich"
      title={key ? t('keys.returnWhichTitle', { tag: key.tag, name: key.name }) : ''}
      open={key !== null}
      submitText={t('keys.return')}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v.copyNo)}
    >
      <Form.Item
        name="copyNo"
        label={t('keys.copy')}
        rules={[{ required: true, message: t('keys.returnWhichRequired') }]}
      >
        <Radio.Group
          className="keys-copy-choice"
          options={out.map((c) => ({
            value: c.copyNo,
            label: `${t('keys.copyOf', { n: c.copyNo })} · ${holderText(c.holder)}`,
          }))}
        />
      </Form.Item>
    </DialogForm>
  );
}

export interface HandOverTarget {
  key: KeyView;
  copyNo: number;
}

type HandOverValues = { toUserId: number } & ManagerCountersignValues;

/** A copy that is out passes to a colleague; the restricted key takes the manager's PIN here. */
export function HandOverDialog(props: {
  target: HandOverTarget | null;
  people: Person[];
  selfId: number | null;
  onCancel: () => void;
  onSubmit: (toUserId: number, countersign?: { userId: number; secret: string }) => Promise<void>;
}) {
  const { t } = useTranslation();
  const target = props.target;
  const holderId = target?.key.copyStates[target.copyNo - 1]?.holder?.userId ?? null;
  return (
    <DialogForm<HandOverValues>
      name="keyHandOver"
      focusPicker
      title={
        target
          ? t('keys.handOverTitle', { tag: target.key.tag, name: target.key.name, n: target.copyNo })
          : ''
      }
      open={target !== null}
      submitText={t('keys.handOver')}
      onCancel={props.onCancel}
      onSubmit={(v) =>
        props.onSubmit(v.toUserId, target?.key.restricted ? managerCountersignOf(v) : undefined)
      }
    >
      <Form.Item
        name="toUserId"
        label={t('keys.handOverTo')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={props.people.filter((p) => p.id !== holderId).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      {target?.key.restricted && <ManagerCountersign people={props.people} selfId={props.selfId} />}
    </DialogForm>
  );
}

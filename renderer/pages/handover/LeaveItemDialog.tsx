import { Form, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import { LEFT_ITEM_KINDS, type MailView } from '../../../shared/contract/mail';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';

interface LeaveValues {
  kind: (typeof LEFT_ITEM_KINDS)[number];
  leftBy: string;
  recipient: string;
  description: string;
  count: number;
  approverId?: number;
  approverPin?: string;
}

/**
 * An item someone leaves at the desk, kept for them (寄存) or passed on (转交): the desk takes it
 * only with the deputy's or the manager's approval (000:615), their PIN typed into this dialog.
 */
export function LeaveItemDialog({
  open,
  onCancel,
  onDone,
}: {
  open: boolean;
  onCancel: () => void;
  onDone: (item: MailView) => void;
}) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const selfId = useSession((s) => s.user?.id ?? null);
  const [form] = Form.useForm<LeaveValues>();
  const kind = Form.useWatch('kind', form) ?? 'forwarded';
  // Without the roster no approver can be chosen; the dialog then says the field is required.
  const roster = useLoaded('auth.roster', {});
  const approvers = (roster.data ?? []).filter(
    (p) => p.id !== selfId && (p.roles.includes('deputy') || p.roles.includes('manager')),
  );
  const required = [{ required: true, whitespace: true, message: t('common:form.required') }];
  const chosen = [{ required: true, message: t('common:form.required') }];

  async function submit(v: LeaveValues) {
    const item = await client.call('mail.leaveItem', {
      kind: v.kind,
      leftBy: v.leftBy.trim(),
      recipient: v.recipient.trim(),
      description: v.description.trim(),
      count: v.count,
      countersign: { userId: v.approverId!, secret: v.approverPin! },
    });
    onDone(item);
  }

  return (
    <DialogForm<LeaveValues>
      name="mail-leave"
      title={t('leave.title')}
      open={open}
      submitText={t('leave.submit')}
      onCancel={onCancel}
      onSubmit={submit}
      form={form}
      initialValues={{ kind: 'forwarded', count: 1 }}
    >
      <Form.Item name="kind" label={t('mail.kind')}>
        <Radio.Group
          options={LEFT_ITEM_KINDS.map((k) => ({ value: k, label: t(`mailKind.${k}`) }))}
          optionType="button"
        />
      </Form.Item>
      <div className="handover-dialog-row">
        <Form.Item name="leftBy" label={t('leave.leftBy')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="recipient"
          label={kind === 'stored' ? t('leave.collector') : t('leave.recipient')}
          rules={required}
        >
          <Input maxLength={40} />
        </Form.Item>
      </div>
      <div className="handover-dialog-row">
        <Form.Item name="description" label={t('leave.description')} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="count"
          label={t('mail.count')}
          rules={[{ required: true, type: 'integer', min: 1, max: 999, message: t('leave.badCount') }]}
        >
          <InputNumber />
        </Form.Item>
      </div>
      <div className="handover-dialog-row">
        <Form.Item name="approverId" label={t('leave.approver')} rules={chosen}>
          <Select
            showSearch
            optionFilterProp="label"
            options={approvers.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <CountersignPin
          name="approverPin"
          label={t('leave.approverPin')}
          rules={required}
          personField="approverId"
        />
      </div>
    </DialogForm>
  );
}

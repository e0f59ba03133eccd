import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';

interface RequestValues {
  customerName: string;
  customerPhone: string;
  consultantId?: number;
  secret?: string;
}

/** The unit a request is for: from the board, or from "is it free?". */
export interface RequestTarget {
  id: number;
  label: string;
}

/**
 * A consultant asks to hold a unit for a named customer. At the desk (receptionist, assistant)
 * the consultant is named and types their own PIN into the same dialog as countersign.
 */
export function RequestDialog({
  unit,
  onClose,
  onDone,
}: {
  unit: RequestTarget | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const message = useToast();
  const user = useSession((s) => s.user);
  const onBehalf = !user?.roles.includes('consultant');
  const roster = useLoaded('auth.roster', {}, { enabled: unit !== null && onBehalf });
  const consultants = (roster.data ?? [])
    .filter((p) => p.roles.includes('consultant'))
    .map((p) => ({ value: p.id, label: p.name }));

  async function submit(values: RequestValues) {
    if (!unit) return;
    await client.call('holds.request', {
      unitId: unit.id,
      customerName: values.customerName,
      customerPhone: values.customerPhone,
      ...(onBehalf && values.consultantId
        ? {
            consultantId: values.consultantId,
            countersign: { userId: values.consultantId, secret: values.secret ?? '' },
          }
        : {}),
    });
    message.success(t('request.sent'));
    onDone();
  }

  return (
    <DialogForm<RequestValues>
      name="hold-request"
      open={unit !== null}
      title={unit ? t('request.title', { unit: unit.label }) : ''}
      submitText={t('request.submit')}
      onCancel={onClose}
      onSubmit={submit}
    >
      <Form.Item
        name="customerName"
        label={t('request.customerName')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input autoFocus maxLength={40} />
      </Form.Item>
      <Form.Item
        name="customerPhone"
        label={t('request.customerPhone')}
        rules={[{ required: true, whitespace: true }]}
      >
        <Input inputMode="tel" maxLength={20} />
      </Form.Item>
      {onBehalf && (
        <>
          <Form.Item name="consultantId" label={t('request.consultant')} rules={[{ required: true }]}>
            <Select options={consultants} showSearch optionFilterProp="label" />
          </Form.Item>
          <CountersignPin
            name="secret"
            label={t('request.countersignSecret')}
            rules={[{ required: true }]}
            personField="consultantId"
            numeric
          />
        </>
      )}
    </DialogForm>
  );
}

import { Button, DatePicker, Form, Input, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { MESSAGE_VIAS, type MessageVia } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';

interface LeaveValues {
  forUserId: number;
  via: MessageVia;
  callerName: string;
  phone?: string;
  about: string;
  callBackBy: Dayjs;
}

/** The desk takes a message for a colleague who is out (000:683). */
export function LeaveMessageForm({ onLeft }: { onLeft: () => void }) {
  const { t } = useTranslation('privacy');
  const message = useToast();
  const [form] = Form.useForm<LeaveValues>();
  const roster = useLoaded('auth.roster', {});
  const leave = useCall('messages.leave');

  async function submit(v: LeaveValues) {
    const left = await leave.run({
      forUserId: v.forUserId,
      via: v.via,
      callerName: v.callerName,
      phone: v.phone?.trim() || undefined,
      about: v.about,
      callBackBy: v.callBackBy.toISOString(),
    });
    if (!left) return;
    message.success(t('messages.left', { name: left.forName }));
    form.resetFields();
    onLeft();
  }
  const submitOnce = useOneAtATime(submit);

  const required = [{ required: true, whitespace: true, message: t('common:form.required') }];
  return (
    <Form<LeaveValues>
      form={form}
      name="leave-message"
      layout="vertical"
      className="message-form"
      initialValues={{ via: 'call', callBackBy: dayjs().add(2, 'hour').startOf('minute') }}
      onFinish={submitOnce}
    >
      <Form.Item
        name="forUserId"
        label={t('messages.forWhom')}
        rules={[{ required: true, message: t('common:form.required') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={(roster.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="via" label={t('messages.via')}>
        <Radio.Group options={MESSAGE_VIAS.map((v) => ({ value: v, label: t(`messages.vias.${v}`) }))} />
      </Form.Item>
      <Form.Item name="callerName" label={t('messages.caller')} rules={required}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="phone" label={t('messages.phone')}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item name="about" label={t('messages.about')} rules={required}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2, maxRows: 4 }} />
      </Form.Item>
      <Form.Item
        name="callBackBy"
        label={t('messages.callBackBy')}
        rules={[{ required: true, message: t('common:form.required') }]}
      >
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" allowClear={false} />
      </Form.Item>
      <ErrorAlert error={leave.error} onClose={leave.clearError} />
      <Button type="primary" htmlType="submit" loading={leave.busy}>
        {t('messages.leave')}
      </Button>
    </Form>
  );
}

import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useLoaded } from '../../hooks/usePolled';

type Values = Pick<Settings, 'shifts' | 'handoverItems'>;

/** The shifts and the desk items counted at each handover, kept in the settings (admin). */
export function ShiftSettings({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('handover');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const settings = useLoaded('settings.get', {});
  const update = useCall('settings.update');

  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({ shifts: settings.data.shifts, handoverItems: settings.data.handoverItems });
  }, [settings.data, form]);

  async function save(values: Values) {
    if (!(await update.run(values))) return;
    void message.success(t('settings.saved'));
    onSaved();
  }

  const required = [{ required: true, message: t('common:form.required') }];
  const time = [...required, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('settings.timeFormat') }];
  return (
    <Form<Values> form={form} name="handover-settings" layout="vertical" onFinish={(v) => void save(v)}>
      <Card size="small" title={t('settings.shifts')} className="handover-card">
        <Form.List name="shifts">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`${t('settings.shiftName')} ${index + 1}`}
                    rules={required}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'start']}
                    label={`${t('settings.start')} ${index + 1}`}
                    rules={time}
                  >
                    <Input placeholder="08:30" />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'end']}
                    label={`${t('settings.end')} ${index + 1}`}
                    rules={time}
                  >
                    <Input placeholder="17:30" />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={`${t('settings.remove')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button
                icon={<PlusOutlined aria-hidden />}
                onClick={() => add({ name: '', start: '', end: '' })}
              >
                {t('settings.addShift')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <Card size="small" title={t('settings.items')} className="handover-card">
        <Form.List name="handoverItems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Space key={field.key} align="baseline" wrap>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={`${t('settings.itemName')} ${index + 1}`}
                    rules={required}
                  >
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'count']}
                    label={`${t('settings.usualCount')} ${index + 1}`}
                    rules={required}
                  >
                    <InputNumber min={0} precision={0} />
                  </Form.Item>
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined aria-hidden />}
                    aria-label={`${t('settings.removeItem')} ${index + 1}`}
                    onClick={() => remove(field.name)}
                  />
                </Space>
              ))}
              <Button icon={<PlusOutlined aria-hidden />} onClick={() => add({ name: '', count: 0 })}>
                {t('settings.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Card>
      <ErrorAlert from={[update, settings]} />
      <Button type="primary" htmlType="submit" loading={update.busy}>
        {t('common:form.save')}
      </Button>
    </Form>
  );
}

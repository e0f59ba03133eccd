import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, Input, InputNumber, Space } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';

type Values = Pick<Settings, 'shifts' | 'handoverItems'>;

/** The shifts and the desk items counted at each handover, kept in the settings (admin). */
export function ShiftSettings({ onSaved }: { onSaved: () => void }) {
  const { t } = useTranslation('handover');
  const message = useToast();
  const [form] = Form.useForm<Values>();
  const settings = useLoaded('settings.get', {});
  const update = useCall('settings.update');

  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({ shifts: settings.data.shifts, handoverItems: settings.data.handoverItems });
  }, [settings.data, form]);

  async function save(values: Values) {
    if (!(await update.run(values))) return;
    message.success(t('settings.saved'));
    onSaved();
  }
  const saveOnce = useOneAtATime(save);

  const required = [{ required: true, message: t('common:form.required') }];
  // spaces alone are no name; only on text, where `whitespace` would fail a number as no string
  const requiredText = [{ required: true, whitespace: true, message: t('common:form.required') }];
  const time = [...required, { pattern: /^([01]\d|2[0-3]):[0-5]\d$/, message: t('settings.timeFormat') }];
  return (
    <Form<Values> form={form} name="handover-settings" layout="vertical" onFinish={saveOnce}>
      <ListCard
        title={t('settings.shifts')}
        name="shifts"
        addText={t('settings.addShift')}
        removeText={t('settings.remove')}
        blank={{ name: '', start: '', end: '' }}
        row={(field, n) => (
          <>
            <Form.Item name={[field, 'name']} label={`${t('settings.shiftName')} ${n}`} rules={requiredText}>
              <Input />
            </Form.Item>
            <Form.Item name={[field, 'start']} label={`${t('settings.start')} ${n}`} rules={time}>
              <Input placeholder="08:30" />
            </Form.Item>
            <Form.Item name={[field, 'end']} label={`${t('settings.end')} ${n}`} rules={time}>
              <Input placeholder="17:30" />
            </Form.Item>
          </>
        )}
      />
      <ListCard
        title={t('settings.items')}
        name="handoverItems"
        addText={t('settings.addItem')}
        removeText={t('settings.removeItem')}
        blank={{ name: '', count: 0 }}
        row={(field, n) => (
          <>
            <Form.Item name={[field, 'name']} label={`${t('settings.itemName')} ${n}`} rules={requiredText}>
              <Input />
            </Form.Item>
            <Form.Item name={[field, 'count']} label={`${t('settings.usualCount')} ${n}`} rules={required}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
          </>
        )}
      />
      <ErrorAlert from={[update, settings]} />
      <Button type="primary" htmlType="submit" loading={update.busy}>
        {t('common:form.save')}
      </Button>
    </Form>
  );
}

/** A list the admin edits row by row (shifts, desk items): each row numbered, removable, and one more added. */
function ListCard<T>({
  title,
  name,
  addText,
  removeText,
  blank,
  row,
}: {
  title: string;
  name: keyof Values;
  addText: string;
  removeText: string;
  blank: T;
  /** The row's fields, given its field index and its number as people count (from 1). */
  row: (field: number, n: number) => ReactNode;
}) {
  return (
    <Card size="small" title={title} className="handover-card">
      <Form.List name={name}>
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => (
              <Space key={field.key} align="baseline" wrap>
                {row(field.name, index + 1)}
                <Button
                  type="text"
                  icon={<MinusCircleOutlined aria-hidden />}
                  aria-label={`${removeText} ${index + 1}`}
                  onClick={() => remove(field.name)}
                />
              </Space>
            ))}
            <Button icon={<PlusOutlined aria-hidden />} onClick={() => add(blank)}>
              {addText}
            </Button>
          </>
        )}
      </Form.List>
    </Card>
  );
}

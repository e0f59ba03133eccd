import { Form, Input, Radio, TimePicker } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AttendanceDay } from '../../../shared/contract/attendance';
import type { PunchKind } from '../../../shared/domain/vocab';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { trimmedText } from '../../hooks/trimmedText';
import { instantAt } from './format';

interface CorrectValues {
  kind: PunchKind;
  action: 'set' | 'remove';
  time?: Dayjs;
  reason: string;
}

/** The manager sets or removes a clocking, with the reason; the original stays in the register. */
export function CorrectDialog({
  day,
  onCancel,
  onDone,
}: {
  day: AttendanceDay | null;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const client = useClient();
  async function submit(v: CorrectValues) {
    if (!day) return;
    await client.call('attendance.correct', {
      userId: day.userId,
      workDate: day.date,
      kind: v.kind,
      at: v.action === 'remove' || !v.time ? null : instantAt(day.date, v.time.format('HH:mm')),
      reason: v.reason,
    });
    onDone();
  }
  const required = [{ required: true, message: tc('form.required') }];
  return (
    <DialogForm<CorrectValues>
      key={day ? `${day.userId}-${day.date}` : ''}
      name="correctPunch"
      title={day ? t('attendance.correctTitle', { name: day.name, date: day.date }) : ''}
      open={day !== null}
      submitText={t('attendance.correct')}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={{ kind: day?.in ? 'out' : 'in', action: 'set' }}
    >
      <Form.Item name="kind" label={t('attendance.which')}>
        <Radio.Group
          options={[
            { value: 'in', label: t('attendance.clockIn') },
            { value: 'out', label: t('attendance.clockOut') },
          ]}
        />
      </Form.Item>
      <Form.Item name="action" label={t('attendance.action')}>
        <Radio.Group
          options={[
            { value: 'set', label: t('attendance.setTime') },
            { value: 'remove', label: t('attendance.remove') },
          ]}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['action']}>
        {({ getFieldValue }) =>
          getFieldValue('action') === 'set' && (
            <Form.Item name="time" label={t('attendance.time')} rules={required}>
              <TimePicker format="HH:mm" needConfirm={false} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[trimmedText({ required: true, whitespace: true, min: 2, message: t('reasonRequired') })]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
    </DialogForm>
  );
}

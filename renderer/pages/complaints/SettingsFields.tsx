import { Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * The complaint deadlines on the settings page, each with what the rulebook says; the bounds are
 * the settings contract's.
 */
export function ComplaintSettingsFields() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const fields = [
    { name: 'complaintReplyMinutes', label: 'replyMinutes', help: 'replyHelp', min: 15, max: 1440 },
    { name: 'complaintHandleDays', label: 'handleDays', help: 'handleHelp', min: 1, max: 60 },
    { name: 'complaintLimitDays', label: 'limitDays', help: 'limitHelp', min: 1, max: 60 },
    { name: 'complaintRevisitDays', label: 'revisitDays', help: 'revisitHelp', min: 1, max: 30 },
    {
      name: 'complaintReplyNoticeMinutes',
      label: 'replyNoticeMinutes',
      help: 'noticeHelp',
      min: 0,
      max: 600,
    },
    { name: 'complaintDayNoticeHours', label: 'dayNoticeHours', help: 'noticeHelp', min: 0, max: 168 },
  ] as const;
  return (
    <>
      <Typography.Title level={4}>{t('settings.heading')}</Typography.Title>
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={t(`settings.${f.label}`)}
          extra={t(`settings.${f.help}`)}
          rules={[
            { required: true, message: tc('form.required') },
            { type: 'integer', min: f.min, max: f.max },
          ]}
        >
          <InputNumber min={f.min} max={f.max} precision={0} />
        </Form.Item>
      ))}
    </>
  );
}

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
    { name: 'complaintReplyMinutes', labelKey: 'replyMinutes', helpKey: 'replyHelp', min: 15, max: 1440 },
    { name: 'complaintHandleDays', labelKey: 'handleDays', helpKey: 'handleHelp', min: 1, max: 60 },
    { name: 'complaintLimitDays', labelKey: 'limitDays', helpKey: 'limitHelp', min: 1, max: 60 },
    { name: 'complaintRevisitDays', labelKey: 'revisitDays', helpKey: 'revisitHelp', min: 1, max: 30 },
    {
      name: 'complaintReplyNoticeMinutes',
      labelKey: 'replyNoticeMinutes',
      helpKey: 'noticeHelp',
      min: 0,
      max: 600,
    },
    { name: 'complaintDayNoticeHours', labelKey: 'dayNoticeHours', helpKey: 'noticeHelp', min: 0, max: 168 },
  ] as const;
  return (
    <>
      <Typography.Title level={4}>{t('settings.heading')}</Typography.Title>
      {fields.map((f) => (
        <Form.Item
          key={f.name}
          name={f.name}
          label={t(`settings.${f.labelKey}`)}
          extra={t(`settings.${f.helpKey}`)}
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

import { Checkbox, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/contract/settings';
import { isCutoff } from '../../../shared/domain/businessDate';

type LunchBreak = Settings['lunchBreak'];

/**
 * The people registers' part of the settings form (inside its `<Form>`): the graces, the lunch
 * break, the rest-day rules and the two checklists, each saying what the rulebook says.
 */
export function PeopleSettings() {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const lunch = {
    validator: (_rule: unknown, value: LunchBreak) =>
      value === null || (isCutoff(value.start) && isCutoff(value.end))
        ? Promise.resolve()
        : Promise.reject(new Error(t('settings.timeFormat'))),
  };
  const list = [
    { required: true, type: 'array' as const, min: 1, max: 30, message: tc('form.required') },
    {
      validator: (_rule: unknown, value: string[] | undefined) =>
        (value ?? []).every((c) => c.trim().length > 0 && c.trim().length <= 40)
          ? Promise.resolve()
          : Promise.reject(new Error(t('settings.itemFormat'))),
    },
  ];
  return (
    <>
      <Typography.Title level={4}>{t('settings.heading')}</Typography.Title>
      <Form.Item
        name="lateGraceMinutes"
        label={t('settings.lateGrace')}
        extra={t('settings.lateGraceHelp')}
        rules={[{ required: true, type: 'integer', min: 0, max: 120 }]}
      >
        <InputNumber min={0} max={120} precision={0} />
      </Form.Item>
      <Form.Item
        name="outingGraceMinutes"
        label={t('settings.outingGrace')}
        extra={t('settings.outingGraceHelp')}
        rules={[{ required: true, type: 'integer', min: 0, max: 240 }]}
      >
        <InputNumber min={0} max={240} precision={0} />
      </Form.Item>
      <Form.Item
        name="lunchBreak"
        label={t('settings.lunch')}
        extra={t('settings.lunchHelp')}
        rules={[lunch]}
      >
        <LunchBreakInput />
      </Form.Item>
      <Form.Item name="restWeekdaysOnly" valuePropName="checked" extra={t('settings.restWeekdaysHelp')}>
        <Checkbox>{t('settings.restWeekdays')}</Checkbox>
      </Form.Item>
      <Form.Item name="restByFridayBefore" valuePropName="checked" extra={t('settings.restFridayHelp')}>
        <Checkbox>{t('settings.restFriday')}</Checkbox>
      </Form.Item>
      <Form.Item
        name="openingChecklist"
        label={t('settings.openingList')}
        extra={t('settings.openingListHelp')}
        rules={list}
      >
        <Select mode="tags" tokenSeparators={['，']} />
      </Form.Item>
      <Form.Item
        name="closingChecklist"
        label={t('settings.closingList')}
        extra={t('settings.closingListHelp')}
        rules={list}
      >
        <Select mode="tags" tokenSeparators={['，']} />
      </Form.Item>
    </>
  );
}

/** The lunch break as two times; both left empty is no lunch break (null). */
function LunchBreakInput({
  value = null,
  onChange,
}: {
  value?: LunchBreak;
  onChange?: (value: LunchBreak) => void;
}) {
  const { t } = useTranslation('people');
  const set = (start: string, end: string) =>
    onChange?.(start.trim() === '' && end.trim() === '' ? null : { start: start.trim(), end: end.trim() });
  return (
    <Space>
      <Input
        aria-label={t('settings.lunchStart')}
        autoComplete="off"
        placeholder="12:00"
        value={value?.start ?? ''}
        onChange={(e) => set(e.target.value, value?.end ?? '')}
      />
      –
      <Input
        aria-label={t('settings.lunchEnd')}
        autoComplete="off"
        placeholder="13:30"
        value={value?.end ?? ''}
        onChange={(e) => set(value?.start ?? '', e.target.value)}
      />
    </Space>
  );
}

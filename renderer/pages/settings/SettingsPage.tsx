import { Button, Form, Input, InputNumber, Radio, Select, Spin, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { type Settings } from '../../../shared/contract/settings';
import { isCutoff } from '../../../shared/domain/businessDate';
import { BOARD_VISIBILITIES, OWNERSHIP_RULES } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useDesk } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { ComplaintSettingsFields } from '../complaints/SettingsFields';
import { PeopleSettings } from '../people/PeopleSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { session } = useDesk();
  const message = useToast();
  const [form] = Form.useForm<Settings>();
  const settings = useLoaded('settings.get', {});
  const update = useCall('settings.update');

  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [settings.data, form]);

  async function save(values: Settings) {
    const saved = await update.run(values);
    if (!saved) return;
    form.setFieldsValue(saved);
    // The project name and idle time live in the session the header reads.
    await session.getState().refresh({ fresh: true });
    message.success(t('settings.saved'));
  }
  const saveOnce = useOneAtATime(save);

  return (
    <div className="page">
      <Typography.Title level={2}>{t('nav.settings')}</Typography.Title>
      <Spin spinning={settings.loading}>
        <Form<Settings>
          name="settings"
          form={form}
          layout="vertical"
          onFinish={saveOnce}
          className="narrow-form"
        >
          <Form.Item
            name="projectName"
            label={t('settings.projectName')}
            rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 60 }]}
          >
            <Input autoFocus autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="dayCutoff"
            label={t('settings.dayCutoff')}
            extra={t('settings.dayCutoffHelp')}
            rules={[
              {
                validator: (_rule, value: string | undefined) =>
                  value && isCutoff(value)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings.dayCutoffFormat'))),
              },
            ]}
          >
            <Input autoComplete="off" placeholder="04:00" />
          </Form.Item>
          <Form.Item
            name="idleLockMinutes"
            label={t('settings.idleLockMinutes')}
            rules={[{ required: true, type: 'integer', min: 1, max: 240 }]}
          >
            <InputNumber min={1} max={240} precision={0} />
          </Form.Item>
          <Form.Item
            name="holdExpiryMinutes"
            label={t('settings.holdExpiryMinutes')}
            extra={t('settings.holdExpiryHelp')}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'integer', min: 1, max: 1440 },
            ]}
          >
            <InputNumber min={1} max={1440} precision={0} />
          </Form.Item>
          <Form.Item
            name="boardVisibility"
            label={t('holds:settings.boardVisibility')}
            extra={t('holds:settings.boardVisibilityHelp')}
          >
            <Radio.Group
              aria-label={t('holds:settings.boardVisibility')}
              options={BOARD_VISIBILITIES.map((v) => ({ label: t(`holds:visibility.${v}`), value: v }))}
            />
          </Form.Item>
          <Form.Item
            name="refundDueDays"
            label={t('holds:settings.refundDueDays')}
            extra={t('holds:settings.refundDueDaysHelp')}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'integer', min: 1, max: 60 },
            ]}
          >
            <InputNumber min={1} max={60} precision={0} />
          </Form.Item>
          <Form.Item
            name="blindCounts"
            label={t('dayclose:settings.blindCounts')}
            extra={t('dayclose:settings.blindCountsHelp')}
            valuePropName="checked"
          >
            <Switch aria-label={t('dayclose:settings.blindCounts')} />
          </Form.Item>
          <Form.Item
            name="backupKeep"
            label={t('settings.backupKeep')}
            rules={[
              { required: true, message: t('form.required') },
              { type: 'integer', min: 1, max: 365 },
            ]}
          >
            <InputNumber min={1} max={365} precision={0} />
          </Form.Item>
          <Form.Item
            name="secondBackupDir"
            label={t('settings.secondBackupDir')}
            extra={t('settings.secondBackupDirHelp')}
            rules={[
              { max: 260 },
              {
                pattern: /^$|^(\/|[A-Za-z]:[\\/]|\\\\[^\\]+\\)/,
                message: t('settings.secondBackupDirFormat'),
              },
            ]}
          >
            <Input autoComplete="off" placeholder={t('settings.secondBackupDirExample')} />
          </Form.Item>
          <Form.Item
            name="visitChannels"
            label={t('settings.visitChannels')}
            extra={t('settings.visitChannelsHelp')}
            rules={[
              { required: true, type: 'array', min: 1, max: 30, message: t('form.required') },
              {
                validator: (_rule, value: string[] | undefined) =>
                  (value ?? []).every((c) => c.trim().length > 0 && c.trim().length <= 20)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings.visitChannelsFormat'))),
              },
            ]}
          >
            <Select mode="tags" tokenSeparators={[',', '，']} />
          </Form.Item>
          <Form.Item
            name="callChannels"
            label={t('settings.callChannels')}
            extra={t('settings.visitChannelsHelp')}
            rules={[
              { required: true, type: 'array', min: 1, max: 30, message: t('form.required') },
              {
                validator: (_rule, value: string[] | undefined) =>
                  (value ?? []).every((c) => c.trim().length > 0 && c.trim().length <= 20)
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('settings.visitChannelsFormat'))),
              },
            ]}
          >
            <Select mode="tags" tokenSeparators={[',', '，']} />
          </Form.Item>
          <Form.Item name="ownership" label={t('settings.ownership')} extra={t('settings.ownershipHelp')}>
            <Radio.Group
              aria-label={t('settings.ownership')}
              options={OWNERSHIP_RULES.map((rule) => ({
                value: rule,
                label: t(rule === 'rulebook' ? 'settings.ownershipRulebook' : 'settings.ownershipPhone'),
              }))}
            />
          </Form.Item>
          <Form.Item name="language" label={t('settings.language')}>
            <Radio.Group
              aria-label={t('settings.language')}
              options={[
                { label: t('language.zh'), value: 'zh-CN' },
                { label: t('language.en'), value: 'en' },
              ]}
            />
          </Form.Item>
          {/* Handover, keys and mail (w-desk). */}
          <Form.Item
            name="handoverCountBlind"
            label={t('settings.handoverCountBlind')}
            extra={t('settings.handoverCountBlindHelp')}
          >
            <Radio.Group
              aria-label={t('settings.handoverCountBlind')}
              options={[
                { label: t('settings.handoverCountBlindOn'), value: true },
                { label: t('settings.handoverCountBlindOff'), value: false },
              ]}
            />
          </Form.Item>
          <ComplaintSettingsFields />
          <PeopleSettings />
          <ErrorAlert from={[update, settings]} />
          <Button type="primary" htmlType="submit" loading={update.busy}>
            {t('settings.save')}
          </Button>
        </Form>
      </Spin>
    </div>
  );
}

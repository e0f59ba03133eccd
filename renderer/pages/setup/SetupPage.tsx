import { Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { NewSecretItem, RepeatSecretItem } from '../../components/SecretItems';
import { useDesk } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';

interface Values {
  projectName: string;
  adminName: string;
  adminSecret: string;
  confirmSecret: string;
}

/** First run on an empty ledger: name the project and create the administrator. */
export function SetupPage() {
  const { t } = useTranslation();
  const { session } = useDesk();
  const setup = useCall('auth.setup');

  async function submit(values: Values) {
    const next = await setup.run({
      projectName: values.projectName,
      adminName: values.adminName,
      adminSecret: values.adminSecret,
    });
    if (next) session.getState().apply(next);
  }
  const submitOnce = useOneAtATime(submit);

  const required = { required: true, whitespace: true, message: t('form.required') };
  return (
    <main className="centre-screen">
      <Card
        className="setup-card"
        extra={<LanguageSwitch />}
        title={<h1 className="card-title">{t('setup.title')}</h1>}
      >
        <Typography.Paragraph>{t('setup.intro')}</Typography.Paragraph>
        <Form<Values> name="setup" layout="vertical" onFinish={submitOnce} requiredMark={false}>
          <Form.Item name="projectName" label={t('setup.projectName')} rules={[required, { max: 60 }]}>
            <Input autoFocus autoComplete="off" />
          </Form.Item>
          <Form.Item name="adminName" label={t('setup.adminName')} rules={[required, { max: 40 }]}>
            <Input autoComplete="off" />
          </Form.Item>
          <NewSecretItem
            name="adminSecret"
            label={t('setup.adminSecret')}
            extra={t('setup.adminSecretHelp')}
            whitespace
          />
          <RepeatSecretItem
            name="confirmSecret"
            of="adminSecret"
            label={t('setup.confirmSecret')}
            mismatch={t('setup.mismatch')}
            whitespace
          />
          <ErrorAlert error={setup.error} />
          <Button type="primary" htmlType="submit" block loading={setup.busy}>
            {t('setup.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}

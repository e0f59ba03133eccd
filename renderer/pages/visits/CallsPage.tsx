import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract/calls';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { clearFields } from '../../hooks/clearFields';
import { clockTime, customerLabel } from './format';
import { phoneRule } from './fieldRules';
import { ReturningTag } from './ReturningTag';
import './visits.css';

interface CallValues {
  phone?: string;
  callerName: string;
  channel: string;
  topic?: string;
  invitedFor?: Dayjs | null;
}

/** 来电登记: a returning caller is shown with the consultant to hand the call to. */
export function CallsPage() {
  const { t } = useTranslation();
  const roles = useSession((s) => s.user?.roles);
  const message = useToast();
  const [form] = Form.useForm<CallValues>();
  const phone = Form.useWatch('phone', form);
  const day = useLoaded('calls.day', {});
  const settings = useLoaded('settings.get', {});
  // A returning caller's consultant, as the number is typed; a failed lookup just shows nothing.
  const lookup = useLoaded('customers.lookup', { phone: phone ?? '' }, { enabled: Boolean(phone) });
  const known = phone ? (lookup.data?.customer ?? null) : null;
  const record = useCall('calls.record');
  const channels = settings.data?.callChannels ?? [];

  async function submit(values: CallValues) {
    const call = await record.run({
      callerName: values.callerName,
      channel: values.channel,
      ...(values.phone ? { phone: values.phone } : {}),
      ...(values.topic ? { topic: values.topic } : {}),
      ...(values.invitedFor ? { invitedFor: values.invitedFor.format('YYYY-MM-DD') } : {}),
    });
    if (!call) return;
    const recorded = t('visits.calls.recorded', {
      caller: call.customer.name,
      answeredBy: call.answeredBy,
    });
    message.success(recorded);
    if (call.ownerName) message.info(t('visits.calls.routeTo', { name: call.ownerName }));
    clearFields(form, { channel: channels[0] });
    form.getFieldInstance('phone')?.focus();
    await day.refresh();
  }
  const submitOnce = useOneAtATime(submit);

  const columns: TableColumnsType<CallView> = [
    { key: 'at', title: t('visits.calls.at'), render: (_, c) => clockTime(c.at) },
    {
      key: 'caller',
      title: t('visits.calls.caller'),
      render: (_, c) => customerLabel(c.customer, t('visits.today.anonymised')),
    },
    { key: 'channel', title: t('visits.calls.channel'), dataIndex: 'channel' },
    {
      key: 'kind',
      title: t('visits.today.kind'),
      render: (_, c) => <ReturningTag returning={c.returning} />,
    },
    { key: 'answered', title: t('visits.calls.answeredBy'), dataIndex: 'answeredBy' },
    { key: 'topic', title: t('visits.calls.topic'), dataIndex: 'topic' },
    { key: 'invited', title: t('visits.calls.invitedFor'), dataIndex: 'invitedFor' },
  ];

  return (
    <div className="page">
      <Typography.Title level={2}>{t('visits.nav.calls')}</Typography.Title>
      {mayCall('calls.record', roles) && channels.length > 0 && (
        <Card title={<h3 className="card-title">{t('visits.calls.title')}</h3>} className="page-card">
          <Form<CallValues>
            name="call"
            form={form}
            layout="vertical"
            requiredMark={false}
            initialValues={{ channel: channels[0] }}
            onFinish={submitOnce}
          >
            <div role="status" aria-live="polite">
              {known?.ownerName && (
                <Alert type="info" showIcon title={t('visits.calls.routeTo', { name: known.ownerName })} />
              )}
            </div>
            <Space wrap align="start">
              <Form.Item
                name="phone"
                label={t('visits.walkIn.phone')}
                rules={[phoneRule(t('visits.walkIn.phoneInvalid'))]}
              >
                <Input autoFocus autoComplete="off" inputMode="tel" />
              </Form.Item>
              <Form.Item
                name="callerName"
                label={t('visits.calls.caller')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 40 }]}
              >
                <Input autoComplete="off" placeholder={t('visits.walkIn.namePlaceholder')} />
              </Form.Item>
              <Form.Item name="channel" label={t('visits.calls.channel')}>
                <Select className="walk-in-select" options={channels.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
              <Form.Item name="topic" label={t('visits.calls.topic')}>
                <Input autoComplete="off" maxLength={200} />
              </Form.Item>
              <Form.Item name="invitedFor" label={t('visits.calls.invitedFor')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <ErrorAlert from={[record, day, settings]} closable />
            <Button type="primary" htmlType="submit" loading={record.busy}>
              {t('visits.calls.submit')}
            </Button>
          </Form>
        </Card>
      )}
      <Card title={<h3 className="card-title">{t('visits.calls.today')}</h3>} className="page-card">
        <Table<CallView>
          rowKey="id"
          size="small"
          aria-label={t('visits.calls.today')}
          columns={columns}
          dataSource={day.data?.calls ?? []}
          pagination={false}
          locale={{ emptyText: t('visits.calls.empty') }}
        />
      </Card>
    </div>
  );
}

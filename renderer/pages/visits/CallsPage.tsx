import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallView } from '../../../shared/contract/calls';
import type { CustomerView } from '../../../shared/contract/customers';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { clockTime, customerLabel } from './format';
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
  const client = useClient();
  const roles = useSession((s) => s.user?.roles);
  const { message } = App.useApp();
  const [form] = Form.useForm<CallValues>();
  const phone = Form.useWatch('phone', form);
  const [known, setKnown] = useState<CustomerView | null>(null);
  const [calls, setCalls] = useState<CallView[]>([]);
  const [channels, setChannels] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const [day, settings] = await Promise.all([
        client.call('calls.day', {}),
        client.call('settings.get', {}),
      ]);
      setCalls(day.calls);
      setChannels(settings.visitChannels);
    } catch (failure) {
      setError(failure);
    }
  }, [client]);
  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (!phone) return setKnown(null);
    let current = true;
    client
      .call('customers.lookup', { phone })
      .then((r) => current && setKnown(r.customer))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [client, phone]);

  async function submit(values: CallValues) {
    setBusy(true);
    setError(null);
    try {
      const call = await client.call('calls.record', {
        callerName: values.callerName,
        channel: values.channel,
        ...(values.phone ? { phone: values.phone } : {}),
        ...(values.topic ? { topic: values.topic } : {}),
        ...(values.invitedFor ? { invitedFor: values.invitedFor.format('YYYY-MM-DD') } : {}),
      });
      void message.success(
        call.ownerName ? t('visits.calls.routeTo', { name: call.ownerName }) : t('visits.calls.recorded'),
      );
      form.resetFields();
      form.getFieldInstance('phone')?.focus();
      await load();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const columns: TableColumnsType<CallView> = [
    { key: 'at', title: t('visits.calls.at'), render: (_, c) => clockTime(c.at) },
    {
      key: 'caller',
      title: t('visits.calls.caller'),
      render: (_, c) => customerLabel(c.customer, t('visits.today.anonymised')),
    },
    { key: 'channel', title: t('visits.today.channel'), dataIndex: 'channel' },
    {
      key: 'kind',
      title: t('visits.today.kind'),
      render: (_, c) =>
        c.returning ? (
          <Tag color="blue">{t('visits.today.returning')}</Tag>
        ) : (
          <Tag>{t('visits.today.new')}</Tag>
        ),
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
            onFinish={(v) => void submit(v)}
          >
            <div role="status" aria-live="polite">
              {known?.ownerName && (
                <Alert type="info" showIcon title={t('visits.calls.routeTo', { name: known.ownerName })} />
              )}
            </div>
            <Space wrap align="start">
              <Form.Item name="phone" label={t('visits.walkIn.phone')}>
                <Input autoFocus autoComplete="off" inputMode="tel" />
              </Form.Item>
              <Form.Item
                name="callerName"
                label={t('visits.calls.caller')}
                rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 40 }]}
              >
                <Input autoComplete="off" placeholder={t('visits.walkIn.namePlaceholder')} />
              </Form.Item>
              <Form.Item name="channel" label={t('visits.walkIn.channel')}>
                <Select className="walk-in-select" options={channels.map((c) => ({ value: c, label: c }))} />
              </Form.Item>
              <Form.Item name="topic" label={t('visits.calls.topic')}>
                <Input autoComplete="off" maxLength={200} />
              </Form.Item>
              <Form.Item name="invitedFor" label={t('visits.calls.invitedFor')}>
                <DatePicker />
              </Form.Item>
            </Space>
            <ErrorAlert error={error} onClose={() => setError(null)} />
            <Button type="primary" htmlType="submit" loading={busy}>
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
          dataSource={calls}
          pagination={false}
          locale={{ emptyText: t('visits.calls.empty') }}
        />
      </Card>
    </div>
  );
}

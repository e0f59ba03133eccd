import { App, Button, Checkbox, Form, Input, InputNumber, Popover, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIL_KINDS, type MailView } from '../../../shared/contract/mail';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';

interface ArrivalValues {
  recipient: string;
  kind: MailView['kind'];
  count: number;
  note?: string;
}

const time = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm') : '');

/** Hands one waiting item to its owner: who collected it, typed in a small popover form. */
function HandOut({ mail, onDone }: { mail: MailView; onDone: () => void }) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const content = (
    <Form<{ handedTo: string }>
      name={`mail-handout-${mail.id}`}
      layout="vertical"
      initialValues={{ handedTo: mail.recipient }}
      onFinish={(v) =>
        void client
          .call('mail.handOut', { mailId: mail.id, handedTo: v.handedTo })
          .then(() => {
            setOpen(false);
            onDone();
          })
          .catch(setError)
      }
    >
      <Form.Item
        name="handedTo"
        label={t('mail.handedTo')}
        rules={[{ required: true, message: t('common:form.required') }]}
      >
        <Input autoFocus />
      </Form.Item>
      <ErrorAlert error={error} />
      <Button type="primary" htmlType="submit" size="small">
        {t('mail.handOut')}
      </Button>
    </Form>
  );
  return (
    <Popover content={content} open={open} onOpenChange={setOpen} trigger="click" destroyOnHidden>
      <Button size="small" aria-label={`${t('mail.handOut')} ${mail.recipient}`}>
        {t('mail.handOut')}
      </Button>
    </Popover>
  );
}

/** 信、报、刊 at the desk (000:617): arrivals logged by recipient, waiting until handed out. */
export function MailRegister({ mayWrite }: { mayWrite: boolean }) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<ArrivalValues>();
  const [rows, setRows] = useState<MailView[]>([]);
  const [all, setAll] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    client.call('mail.list', { includeHandedOut: all }).then(setRows).catch(setError);
  }, [client, all]);
  useEffect(load, [load]);

  async function receive(values: ArrivalValues) {
    setError(null);
    try {
      await client.call('mail.receive', { ...values, note: values.note?.trim() || undefined });
      void message.success(t('mail.received'));
      form.resetFields();
      load();
    } catch (failure) {
      setError(failure);
    }
  }

  return (
    <>
      {mayWrite && (
        <Form<ArrivalValues>
          form={form}
          name="mail-arrival"
          layout="inline"
          initialValues={{ kind: 'letter', count: 1 }}
          onFinish={(v) => void receive(v)}
          className="handover-filters"
        >
          <Form.Item
            name="recipient"
            label={t('mail.recipient')}
            rules={[{ required: true, message: t('common:form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('mail.kind')}>
            <Select
              className="handover-select"
              options={MAIL_KINDS.map((k) => ({ value: k, label: t(`mailKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="count" label={t('mail.count')}>
            <InputNumber min={1} max={999} precision={0} />
          </Form.Item>
          <Form.Item name="note" label={t('mail.note')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('mail.receive')}
          </Button>
        </Form>
      )}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Space className="handover-filters">
        <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
          {t('mail.showAll')}
        </Checkbox>
      </Space>
      <Table<MailView>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        columns={[
          { key: 'recipient', title: t('mail.recipient'), dataIndex: 'recipient' },
          { key: 'kind', title: t('mail.kind'), render: (_, m) => t(`mailKind.${m.kind}`) },
          { key: 'count', title: t('mail.count'), dataIndex: 'count' },
          { key: 'note', title: t('mail.note'), dataIndex: 'note' },
          { key: 'at', title: t('mail.receivedAt'), render: (_, m) => time(m.receivedAt) },
          { key: 'by', title: t('mail.receivedBy'), dataIndex: 'receivedBy' },
          {
            key: 'out',
            title: t('mail.handedOut'),
            render: (_, m) =>
              m.handedOutAt ? (
                `${m.handedTo ?? ''} ${time(m.handedOutAt)}`
              ) : mayWrite ? (
                <HandOut mail={m} onDone={load} />
              ) : (
                t('mail.waiting')
              ),
          },
        ]}
      />
    </>
  );
}

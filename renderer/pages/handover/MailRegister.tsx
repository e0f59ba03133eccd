import { Button, Checkbox, Form, Input, InputNumber, Popover, Select, Space, Table } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OWNER_MAIL_KINDS, type MailView } from '../../../shared/contract/mail';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { LeaveItemDialog } from './LeaveItemDialog';

interface ArrivalValues {
  recipient: string;
  kind: (typeof OWNER_MAIL_KINDS)[number];
  count: number;
  note?: string;
}

const time = (iso: string | null) => (iso ? dayjs(iso).format('MM-DD HH:mm') : '');

/** Hands one waiting item to its owner: who collected it, typed in a small popover form. */
function HandOut({ mail, onDone }: { mail: MailView; onDone: () => void }) {
  const { t } = useTranslation('handover');
  const handOut = useCall('mail.handOut');
  const [open, setOpen] = useState(false);
  async function submit({ handedTo }: { handedTo: string }) {
    if (!(await handOut.run({ mailId: mail.id, handedTo }))) return;
    setOpen(false);
    onDone();
  }
  const submitOnce = useOneAtATime(submit);
  const content = (
    <Form<{ handedTo: string }>
      name={`mail-handout-${mail.id}`}
      layout="vertical"
      initialValues={{ handedTo: mail.recipient }}
      onFinish={submitOnce}
    >
      <Form.Item
        name="handedTo"
        label={t('mail.handedTo')}
        rules={[{ required: true, whitespace: true, message: t('common:form.required') }]}
      >
        <Input autoFocus />
      </Form.Item>
      <ErrorAlert error={handOut.error} />
      <Button type="primary" htmlType="submit" size="small" loading={handOut.busy}>
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

/**
 * What waits at the desk for someone: 信、报、刊 (000:619) logged by recipient on arrival, and
 * items left to be kept (寄存) or passed on (转交), taken only with an approval (000:615); each
 * waits until handed out.
 */
export function MailRegister({ mayWrite }: { mayWrite: boolean }) {
  const { t } = useTranslation('handover');
  const message = useToast();
  const [form] = Form.useForm<ArrivalValues>();
  const [all, setAll] = useState(false);
  const list = useLoaded('mail.list', { includeHandedOut: all });
  const receipt = useCall('mail.receive');
  const [leaving, setLeaving] = useState(false);

  async function receive(values: ArrivalValues) {
    if (!(await receipt.run({ ...values, note: values.note?.trim() || undefined }))) return;
    message.success(t('mail.received'));
    form.resetFields();
    void list.refresh();
  }
  const receiveOnce = useOneAtATime(receive);

  return (
    <>
      {mayWrite && (
        <Form<ArrivalValues>
          form={form}
          name="mail-arrival"
          layout="inline"
          initialValues={{ kind: 'letter', count: 1 }}
          onFinish={receiveOnce}
          className="handover-filters"
        >
          <Form.Item
            name="recipient"
            label={t('mail.recipient')}
            rules={[{ required: true, whitespace: true, message: t('common:form.required') }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t('mail.kind')}>
            <Select
              className="handover-select"
              options={OWNER_MAIL_KINDS.map((k) => ({ value: k, label: t(`mailKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="count" label={t('mail.count')}>
            <InputNumber min={1} max={999} precision={0} />
          </Form.Item>
          <Form.Item name="note" label={t('mail.note')}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={receipt.busy}>
            {t('mail.receive')}
          </Button>
          <Button onClick={() => setLeaving(true)}>{t('leave.open')}</Button>
        </Form>
      )}
      <LeaveItemDialog
        open={leaving}
        onCancel={() => setLeaving(false)}
        onDone={(item) => {
          setLeaving(false);
          message.success(
            t(item.kind === 'stored' ? 'leave.storedDone' : 'leave.forwardedDone', {
              recipient: item.recipient,
              description: item.note ?? '',
              approver: item.approvedBy ?? '',
            }),
          );
          void list.refresh();
        }}
      />
      <ErrorAlert from={[receipt, list]} closable />
      <Space className="handover-filters">
        <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
          {t('mail.showAll')}
        </Checkbox>
      </Space>
      <Table<MailView>
        size="small"
        rowKey="id"
        dataSource={list.data ?? []}
        pagination={false}
        columns={[
          { key: 'recipient', title: t('mail.recipient'), dataIndex: 'recipient' },
          { key: 'kind', title: t('mail.kind'), render: (_, m) => t(`mailKind.${m.kind}`) },
          { key: 'count', title: t('mail.count'), dataIndex: 'count' },
          { key: 'note', title: t('mail.note'), dataIndex: 'note' },
          { key: 'at', title: t('mail.receivedAt'), render: (_, m) => time(m.receivedAt) },
          { key: 'by', title: t('mail.receivedBy'), dataIndex: 'receivedBy' },
          {
            key: 'approval',
            title: t('leave.approval'),
            render: (_, m) =>
              m.approvedBy ? t('leave.approvalLine', { leftBy: m.leftBy, approver: m.approvedBy }) : '',
          },
          {
            key: 'out',
            title: t('mail.handedOut'),
            render: (_, m) =>
              m.handedOutAt ? (
                `${m.handedTo ?? ''} ${time(m.handedOutAt)}`
              ) : mayWrite ? (
                <HandOut mail={m} onDone={() => void list.refresh()} />
              ) : (
                t('mail.waiting')
              ),
          },
        ]}
      />
    </>
  );
}

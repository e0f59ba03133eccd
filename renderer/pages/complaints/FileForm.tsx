import { Button, Form, Input, Radio, Select, Space } from 'antd';
import type { KeyboardEvent } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../shared/contract';
import type { ComplaintView } from '../../../shared/contract/complaints';
import {
  COMPLAINT_CHANNELS,
  COMPLAINT_DEPARTMENTS,
  COMPLAINT_KINDS,
  COMPLAINT_TARGETS,
  COMPLAINT_URGENCIES,
  type ComplaintChannel,
  type ComplaintDepartment,
  type ComplaintKind,
  type ComplaintTarget,
  type ComplaintUrgency,
} from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useToast } from '../../hooks/useToast';
import { isClockTime, todayAt } from './format';
import type { Person } from './people';
import { requiredWhen } from '../../hooks/requiredWhen';

interface FileValues {
  phone?: string;
  name: string;
  channel: ComplaintChannel;
  kind?: ComplaintKind;
  target: ComplaintTarget;
  userId?: number;
  department?: ComplaintDepartment;
  subjectNote?: string;
  description: string;
  request: string;
  urgency: ComplaintUrgency;
  receivedTime?: string;
  receivedById?: number;
}

/**
 * The complaint card 客户投诉记录卡, built for the keyboard: the caret starts in the phone (a
 * known customer's name fills itself), every choice is a radio group or a searchable list,
 * Enter submits from a line, Ctrl+Enter from the two text boxes.
 */
export function FileForm(props: { staff: Person[]; onFiled: (c: ComplaintView) => void }) {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  const client = useClient();
  const message = useToast();
  const [form] = Form.useForm<FileValues>();
  const file = useCall('complaints.file');
  const phone = Form.useWatch('phone', form);
  const target = Form.useWatch('target', form) ?? 'staff';
  const [known, setKnown] = useState<{ id: number; name: string } | null>(null);

  useEffect(() => {
    let current = true;
    const typed = (phone ?? '').trim();
    if (typed.length < 7) {
      setKnown(null);
      return;
    }
    const timer = setTimeout(() => {
      client
        .call('customers.lookup', { phone: typed })
        .then((r) => {
          if (!current) return;
          const customer = r.customer && !r.customer.anonymised ? r.customer : null;
          setKnown(customer ? { id: customer.id, name: customer.name } : null);
          if (customer && !form.getFieldValue('name')) form.setFieldValue('name', customer.name);
        })
        .catch(() => undefined); // a hint only: filing links the phone itself
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, phone, form]);

  async function submit(v: FileValues) {
    const about: InputOf<'complaints.file'>['about'] =
      v.target === 'staff'
        ? { target: 'staff', userId: v.userId! }
        : v.target === 'department'
          ? { target: 'department', department: v.department! }
          : { target: 'product' };
    const receivedAt = todayAt(v.receivedTime);
    const filed = await file.run({
      channel: v.channel,
      customer: { kind: 'person', name: v.name, ...(v.phone?.trim() ? { phone: v.phone } : {}) },
      kind: v.kind!,
      about,
      ...(v.subjectNote?.trim() ? { subjectNote: v.subjectNote } : {}),
      description: v.description,
      request: v.request,
      urgency: v.urgency,
      ...(receivedAt ? { receivedAt } : {}),
      ...(v.receivedById ? { receivedById: v.receivedById } : {}),
    });
    if (!filed) return;
    message.success(t('file.filed', { no: filed.no }));
    form.resetFields();
    setKnown(null);
    form.getFieldInstance('phone')?.focus();
    props.onFiled(filed);
  }
  const submitOnce = useOneAtATime(submit);

  const submitOnCtrlEnter = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.submit();
    }
  };
  const required = [{ required: true, whitespace: true, message: tc('form.required') }];
  const choose = [{ required: true, message: tc('form.required') }];
  const requiredFor = (about: ComplaintTarget) =>
    requiredWhen((value) => ((value('target') as ComplaintTarget | undefined) ?? 'staff') === about, {
      message: tc('form.required'),
    });
  return (
    <Form<FileValues>
      name="complaintFile"
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{ channel: 'visit', target: 'staff', urgency: 'normal' }}
      onFinish={submitOnce}
      className="complaint-form"
    >
      <Space wrap align="start">
        <Form.Item
          name="phone"
          label={t('file.phone')}
          extra={known ? t('file.knownCustomer', { name: known.name }) : t('file.phoneHelp')}
        >
          <Input autoComplete="off" inputMode="tel" maxLength={30} />
        </Form.Item>
        <Form.Item name="name" label={t('file.name')} rules={[...required, { max: 40 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="channel" label={t('file.channel')}>
          <Radio.Group
            aria-label={t('file.channel')}
            options={COMPLAINT_CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="kind" label={t('file.kind')} rules={choose}>
          <Select
            className="complaint-select"
            showSearch={{ optionFilterProp: 'label' }}
            options={COMPLAINT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="target" label={t('file.target')}>
          <Radio.Group
            aria-label={t('file.target')}
            options={COMPLAINT_TARGETS.map((c) => ({ value: c, label: t(`target.${c}`) }))}
          />
        </Form.Item>
        {/* Both always in the form, hidden while not asked for, and required from the values
            themselves: the form learns of the target on a timer, so a click on submit right
            after picking it comes first. */}
        <Form.Item
          name="userId"
          label={t('file.staff')}
          hidden={target !== 'staff'}
          rules={[requiredFor('staff')]}
        >
          <Select
            className="complaint-select"
            showSearch={{ optionFilterProp: 'label' }}
            options={props.staff.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        <Form.Item
          name="department"
          label={t('file.department')}
          hidden={target !== 'department'}
          rules={[requiredFor('department')]}
        >
          <Select
            className="complaint-select"
            showSearch={{ optionFilterProp: 'label' }}
            options={COMPLAINT_DEPARTMENTS.map((d) => ({ value: d, label: t(`department.${d}`) }))}
          />
        </Form.Item>
        <Form.Item name="subjectNote" label={t('file.subjectNote')} rules={[{ max: 100 }]}>
          <Input autoComplete="off" />
        </Form.Item>
      </Space>
      <Form.Item
        name="description"
        label={t('file.description')}
        extra={t('file.multiline')}
        rules={[...required, { max: 1000 }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} onKeyDown={submitOnCtrlEnter} />
      </Form.Item>
      <Form.Item
        name="request"
        label={t('file.request')}
        extra={t('file.multiline')}
        rules={[...required, { max: 500 }]}
      >
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} onKeyDown={submitOnCtrlEnter} />
      </Form.Item>
      <Space wrap align="start">
        <Form.Item name="urgency" label={t('file.urgency')}>
          <Radio.Group
            aria-label={t('file.urgency')}
            options={COMPLAINT_URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="receivedTime"
          label={t('file.receivedTime')}
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                !value?.trim() || isClockTime(value)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('time.format'))),
            },
          ]}
        >
          <Input autoComplete="off" placeholder="09:40" className="complaint-time" />
        </Form.Item>
        <Form.Item name="receivedById" label={t('file.receivedBy')}>
          <Select
            className="complaint-select"
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={props.staff.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
      </Space>
      <ErrorAlert error={file.error} />
      <Button type="primary" htmlType="submit" loading={file.busy}>
        {t('file.submit')}
      </Button>
    </Form>
  );
}

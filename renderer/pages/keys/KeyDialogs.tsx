import { Checkbox, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { KEY_KINDS, type KeyView } from '../../../shared/contract/keys';
import { DialogForm } from '../../components/DialogForm';

export interface KeyFields {
  tag: string;
  name: string;
  kind: KeyView['kind'];
  homePlace: string;
  nightPlace?: string;
  copies: number;
  restricted: boolean;
}

/** Add a key, or edit one (`editing`): the register is kept by admins and managers. */
export function KeyDialog(props: {
  open: boolean;
  editing: KeyView | null;
  onCancel: () => void;
  onSubmit: (values: KeyFields) => Promise<void>;
}) {
  const { t } = useTranslation();
  const e = props.editing;
  const required = [{ required: true, whitespace: true, message: t('form.required') }];
  return (
    <DialogForm<KeyFields>
      name="keyRegister"
      title={e ? t('keys.editTitle', { tag: e.tag }) : t('keys.addTitle')}
      open={props.open}
      submitText={t('form.save')}
      onCancel={props.onCancel}
      onSubmit={props.onSubmit}
      initialValues={
        e
          ? { ...e, nightPlace: e.nightPlace ?? undefined }
          : { kind: 'show_flat', copies: 1, restricted: false }
      }
    >
      <Form.Item name="tag" label={t('keys.tag')} rules={required}>
        <Input autoComplete="off" maxLength={20} disabled={e !== null} />
      </Form.Item>
      <Form.Item name="name" label={t('keys.name')} rules={required}>
        <Input autoComplete="off" maxLength={60} />
      </Form.Item>
      <Form.Item name="kind" label={t('keys.kind')}>
        <Select options={KEY_KINDS.map((k) => ({ value: k, label: t(`keys.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="homePlace" label={t('keys.homePlace')} rules={required}>
        <Input autoComplete="off" maxLength={60} />
      </Form.Item>
      <Form.Item name="nightPlace" label={t('keys.nightPlace')} extra={t('keys.nightPlaceHelp')}>
        <Input autoComplete="off" maxLength={60} />
      </Form.Item>
      <Form.Item
        name="copies"
        label={t('keys.copies')}
        rules={[{ required: true, message: t('form.required') }]}
      >
        <InputNumber min={e?.copies ?? 1} max={20} precision={0} />
      </Form.Item>
      <Form.Item name="restricted" valuePropName="checked">
        <Checkbox>{t('keys.restricted')}</Checkbox>
      </Form.Item>
    </DialogForm>
  );
}

/** One line of text for an act on one copy: a lost report's reason. */
export function ReasonDialog(props: {
  title: string;
  open: boolean;
  submitText: string;
  onCancel: () => void;
  onSubmit: (reason: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <DialogForm<{ reason: string }>
      name="keyReason"
      title={props.title}
      open={props.open}
      submitText={props.submitText}
      onCancel={props.onCancel}
      onSubmit={(v) => props.onSubmit(v.reason)}
    >
      <Form.Item
        name="reason"
        label={t('keys.reason')}
        rules={[{ required: true, whitespace: true, message: t('form.required') }]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
    </DialogForm>
  );
}

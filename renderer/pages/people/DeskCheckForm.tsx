import { Button, Checkbox, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DeskCheckView } from '../../../shared/contract/checks';
import type { DeskCheckKind } from '../../../shared/domain/vocab';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSession } from '../../desk/DeskContext';
import { useCall } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { PersonPinFields } from './PersonPinFields';
import { requiredWhen } from '../../hooks/requiredWhen';
import { trimmedText } from '../../hooks/trimmedText';

/** Who may sign each check (the contract lets all four sign; the service narrows the opening one). */
const SIGNER_ROLES = {
  opening: ['receptionist', 'assistant'],
  closing: ['receptionist', 'assistant', 'manager', 'deputy'],
} as const;

interface CheckValues {
  items: { ticked?: boolean; note?: string }[];
  userId?: number;
  secret?: string;
  reason?: string;
}

/**
 * An opening or closing check 开/闭店检查 (004:211-223): each item of the checklist ticked, or
 * left with a note, then signed with the signer's own PIN. A date checked already is checked
 * again only with a reason; the earlier check stays.
 */
export function DeskCheckForm({
  kind,
  date,
  list,
  current,
  onSigned,
}: {
  kind: DeskCheckKind;
  /** The date checked; the desk's business date when left out. */
  date?: string;
  list: readonly string[];
  /** The check of this kind in force for the date, if any. */
  current: DeskCheckView | null;
  onSigned: (check: DeskCheckView) => void;
}) {
  const { t } = useTranslation('people');
  const me = useSession((s) => s.user);
  const [form] = Form.useForm<CheckValues>();
  const sign = useCall('checks.sign');
  const items = Form.useWatch('items', form);
  const mayBeSigner = me?.roles.some((r) => (SIGNER_ROLES[kind] as readonly string[]).includes(r));

  async function submit(v: CheckValues) {
    const signed = await sign.run({
      kind,
      ...(date ? { date } : {}),
      items: list.map((name, i) => {
        const item = v.items[i] ?? {};
        const note = item.note?.trim();
        return { name, ticked: item.ticked === true, ...(note ? { note } : {}) };
      }),
      signer: { userId: v.userId!, secret: v.secret! },
      ...(current ? { reason: v.reason } : {}),
    });
    if (signed) {
      form.resetFields(['secret', 'reason']);
      onSigned(signed);
    }
  }
  const submitOnce = useOneAtATime(submit);

  return (
    <Form<CheckValues>
      name={`deskCheck-${kind}`}
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={{
        items: list.map(() => ({ ticked: false })),
        userId: mayBeSigner ? me?.id : undefined,
      }}
      onFinish={submitOnce}
    >
      <Typography.Paragraph type="secondary">{t(`checks.intro.${kind}`)}</Typography.Paragraph>
      {list.map((name, i) => {
        const ticked = items?.[i]?.ticked === true;
        return (
          <Space key={name} align="start" className="check-item" wrap>
            <Form.Item name={['items', i, 'ticked']} valuePropName="checked" style={{ minWidth: 200 }}>
              <Checkbox>{name}</Checkbox>
            </Form.Item>
            {/* Hidden rather than left out when ticked: the watched tick lags a quick submit, and a
                hidden field is still checked, against the tick in the form. */}
            <Form.Item
              name={['items', i, 'note']}
              hidden={ticked}
              rules={[
                requiredWhen((value) => value(['items', i, 'ticked']) !== true, {
                  text: true,
                  message: t('checks.noteRequired'),
                }),
              ]}
            >
              <Input
                aria-label={t('checks.noteFor', { item: name })}
                placeholder={t('checks.notePlaceholder')}
                maxLength={200}
                autoComplete="off"
                style={{ width: 320 }}
              />
            </Form.Item>
          </Space>
        );
      })}
      <PersonPinFields roles={SIGNER_ROLES[kind]} personLabel={t('checks.signer')} pinLabel={t('pin')} />
      {current && (
        <Form.Item
          name="reason"
          label={t('checks.reasonAgain')}
          rules={[trimmedText({ required: true, whitespace: true, min: 2, message: t('reasonRequired') })]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
      )}
      <ErrorAlert error={sign.error} />
      <Button type="primary" htmlType="submit" loading={sign.busy}>
        {current ? t('checks.signAgain') : t(`checks.sign.${kind}`)}
      </Button>
    </Form>
  );
}

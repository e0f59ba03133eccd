import { Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogForm } from '../../components/DialogForm';
import { trimmedText } from '../../hooks/trimmedText';
import { useOpenedOnce } from '../../hooks/useOpenedOnce';
import { useClient } from '../../desk/DeskContext';
import { CountersignFields, countersignOf } from '../tickets/CountersignFields';

interface RevealValues {
  reason: string;
  countersignUserId?: number;
  countersignSecret?: string;
}

/**
 * "查看号码" for a masked number (000:613): a reason and the manager's PIN in one dialog; the
 * full number is shown in a window of its own and forgotten when it closes, so every look is one
 * recorded disclosure. One dialog for a whole list: each row has only its button (`customer` is
 * the row asked about, null when none), not a dialog and its hooks drawn with every row.
 */
export function RevealPhoneDialog({
  customer,
  onClose,
}: {
  customer: { id: number; name: string } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('privacy');
  const client = useClient();
  // the customer last asked about: the dialogs keep their title while they close
  const [asked, setAsked] = useState(customer);
  if (customer !== null && customer !== asked) setAsked(customer);
  const [shown, setShown] = useState<string | null>(null);
  const revealed = useOpenedOnce(shown !== null);
  const name = asked?.name ?? '';
  return (
    <>
      <DialogForm<RevealValues>
        name="reveal-phone"
        open={customer !== null}
        title={t('reveal.title', { name })}
        submitText={t('reveal.submit')}
        onCancel={onClose}
        onSubmit={async (v) => {
          if (!customer) return;
          const answer = await client.call('disclosures.reveal', {
            customerId: customer.id,
            reason: v.reason,
            countersign: countersignOf(v) ?? { userId: 0, secret: '' },
          });
          onClose();
          setShown(answer.phone);
        }}
      >
        <Typography.Paragraph type="secondary">{t('reveal.help')}</Typography.Paragraph>
        <Form.Item
          name="reason"
          label={t('reveal.reason')}
          rules={[
            trimmedText({ required: true, whitespace: true, min: 2, message: t('common:form.required') }),
          ]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <CountersignFields roles={['manager']} personLabel={t('reveal.manager')} pinLabel={t('reveal.pin')} />
      </DialogForm>
      {revealed && (
        <Modal
          open={shown !== null}
          title={t('reveal.title', { name })}
          onCancel={() => setShown(null)}
          closable={false}
          footer={
            <Button type="primary" onClick={() => setShown(null)}>
              {t('reveal.close')}
            </Button>
          }
          destroyOnHidden
        >
          <Typography.Text type="secondary">{t('reveal.shown')}</Typography.Text>
          <Typography.Title level={3} className="revealed-phone" copyable>
            {shown}
          </Typography.Title>
        </Modal>
      )}
    </>
  );
}

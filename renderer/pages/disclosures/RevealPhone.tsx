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
 * "查看号码" beside a masked number (000:613): a reason and the manager's PIN in one dialog; the
 * full number is shown in a window of its own and forgotten when it closes, so every look is one
 * recorded disclosure.
 */
export function RevealPhone({ customer }: { customer: { id: number; name: string } }) {
  const { t } = useTranslation('privacy');
  const client = useClient();
  const [asking, setAsking] = useState(false);
  const [shown, setShown] = useState<string | null>(null);
  const revealed = useOpenedOnce(shown !== null);
  return (
    <>
      <Button
        size="small"
        type="link"
        aria-label={t('reveal.buttonOf', { name: customer.name })}
        onClick={() => setAsking(true)}
      >
        {t('reveal.button')}
      </Button>
      <DialogForm<RevealValues>
        name={`reveal-phone-${customer.id}`}
        open={asking}
        title={t('reveal.title', { name: customer.name })}
        submitText={t('reveal.submit')}
        onCancel={() => setAsking(false)}
        onSubmit={async (v) => {
          const answer = await client.call('disclosures.reveal', {
            customerId: customer.id,
            reason: v.reason,
            countersign: countersignOf(v) ?? { userId: 0, secret: '' },
          });
          setAsking(false);
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
          title={t('reveal.title', { name: customer.name })}
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

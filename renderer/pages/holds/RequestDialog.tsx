import { App, Button, Form, Input, Modal, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardUnit } from '../../../shared/contract/holds';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { FocusFirst } from './FocusFirst';

interface RequestValues {
  customerName: string;
  customerPhone: string;
  consultantId?: number;
  secret?: string;
}

function unitName(u: BoardUnit): string {
  return [u.building, u.unit, u.room].filter(Boolean).join('-');
}

/**
 * A consultant asks to hold a unit for a named customer. At the desk (receptionist, assistant)
 * the consultant is named and types their own PIN into the same dialog as countersign.
 */
export function RequestDialog({
  unit,
  onClose,
  onDone,
}: {
  unit: BoardUnit | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const { message } = App.useApp();
  const user = useSession((s) => s.user);
  const onBehalf = !user?.roles.includes('consultant');
  const [consultants, setConsultants] = useState<{ value: number; label: string }[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!unit || !onBehalf) return;
    void client
      .call('auth.roster', {})
      .then((roster) =>
        setConsultants(
          roster.filter((p) => p.roles.includes('consultant')).map((p) => ({ value: p.id, label: p.name })),
        ),
      );
  }, [client, unit, onBehalf]);

  async function submit(values: RequestValues) {
    if (!unit) return;
    setBusy(true);
    setError(null);
    try {
      await client.call('holds.request', {
        unitId: unit.id,
        customerName: values.customerName,
        customerPhone: values.customerPhone,
        ...(onBehalf && values.consultantId
          ? {
              consultantId: values.consultantId,
              countersign: { userId: values.consultantId, secret: values.secret ?? '' },
            }
          : {}),
      });
      void message.success(t('request.sent'));
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      open={unit !== null}
      title={unit ? t('request.title', { unit: unitName(unit) }) : ''}
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      <FocusFirst>
        <Form<RequestValues>
          name="hold-request"
          layout="vertical"
          onFinish={(v) => void submit(v)}
          requiredMark={false}
        >
          <Form.Item
            name="customerName"
            label={t('request.customerName')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input autoFocus maxLength={40} />
          </Form.Item>
          <Form.Item name="customerPhone" label={t('request.customerPhone')} rules={[{ required: true }]}>
            <Input inputMode="tel" maxLength={20} />
          </Form.Item>
          {onBehalf && (
            <>
              <Form.Item name="consultantId" label={t('request.consultant')} rules={[{ required: true }]}>
                <Select options={consultants} showSearch optionFilterProp="label" />
              </Form.Item>
              <Form.Item name="secret" label={t('request.countersignSecret')} rules={[{ required: true }]}>
                <Input.Password autoComplete="off" inputMode="numeric" />
              </Form.Item>
            </>
          )}
          <ErrorAlert error={error} />
          <Space className="dialog-buttons">
            <Button onClick={onClose}>{t('common:form.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('request.submit')}
            </Button>
          </Space>
        </Form>
      </FocusFirst>
    </Modal>
  );
}

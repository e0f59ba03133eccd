import { App, Button, Descriptions, Divider, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Channel, InputOf } from '../../../shared/contract';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { FocusFirst } from './FocusFirst';
import { localDateTime, type UnitDialogProps } from './format';

type HoldCall = Extract<Channel, `holds.${string}`>;

/** Why: asked to reject a request or cancel a reservation. */
function ReasonItem() {
  const { t } = useTranslation('holds');
  return (
    <Form.Item name="reason" label={t('actions.reason')} rules={[{ required: true, whitespace: true }]}>
      <Input maxLength={200} />
    </Form.Item>
  );
}

/** What a manager or deputy can do with a claimed unit, by the state of its hold. */
export function HoldActionsDialog({ unit, onClose, onDone }: UnitDialogProps) {
  const { t } = useTranslation('holds');
  const client = useClient();
  const { message } = App.useApp();
  const roles = useSession((s) => s.user?.roles);
  const action = useAction();
  const hold = unit?.hold ?? null;

  async function act<C extends HoldCall>(channel: C, input: InputOf<C>) {
    if ((await action.run(() => client.call(channel, input))) === undefined) return;
    void message.success(t('actions.done'));
    onDone();
  }
  const yuan = (text: string | undefined) => parseYuanToFen(text ?? '');
  const amountRule = {
    validator: (_: unknown, v: string | undefined) => {
      const fen = yuan(v);
      return fen !== null && fen > 0
        ? Promise.resolve()
        : Promise.reject(new Error(t('actions.amountFormat')));
    },
  };

  return (
    <Modal
      open={hold !== null}
      title={
        hold
          ? t('actions.title', {
              unit: hold.unitLabel,
              customer: hold.customerName,
              consultant: hold.consultantName,
            })
          : ''
      }
      onCancel={onClose}
      footer={null}
      destroyOnHidden
    >
      {hold && unit && (
        <FocusFirst>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'state', label: t('tabs.board'), children: t(`state.${hold.state}`) },
              { key: 'phone', label: t('actions.phone'), children: hold.customerPhone },
              ...(unit.listPriceFen !== null
                ? [{ key: 'price', label: t('actions.price'), children: formatFen(unit.listPriceFen) }]
                : []),
              ...(hold.expiresAt
                ? [{ key: 'exp', label: t('actions.expiresAt'), children: localDateTime(hold.expiresAt) }]
                : []),
            ]}
          />
          <ErrorAlert error={action.error} />
          {hold.state === 'pending' && (
            <Form
              name="hold-reject"
              layout="vertical"
              requiredMark={false}
              onFinish={(v: { reason: string }) =>
                void act('holds.reject', { holdId: hold.id, reason: v.reason })
              }
            >
              <Button type="primary" autoFocus onClick={() => void act('holds.approve', { holdId: hold.id })}>
                {t('actions.approve')}
              </Button>
              <Divider />
              <ReasonItem />
              <Button danger htmlType="submit">
                {t('actions.reject')}
              </Button>
            </Form>
          )}
          {hold.state === 'held' && (
            <>
              <Form
                name="hold-deposit"
                layout="vertical"
                requiredMark={false}
                onFinish={(v: { amount: string; receiptNo: string }) =>
                  void act('holds.deposit', {
                    holdId: hold.id,
                    amountFen: yuan(v.amount)!,
                    receiptNo: v.receiptNo,
                  })
                }
              >
                <Form.Item name="amount" label={t('actions.amount')} rules={[{ required: true }, amountRule]}>
                  <Input autoFocus inputMode="decimal" />
                </Form.Item>
                <Form.Item
                  name="receiptNo"
                  label={t('actions.receiptNo')}
                  rules={[{ required: true, whitespace: true }]}
                >
                  <Input maxLength={40} />
                </Form.Item>
                <Button type="primary" htmlType="submit">
                  {t('actions.deposit')}
                </Button>
              </Form>
              <Divider />
              <Space wrap>
                <Button danger onClick={() => void act('holds.release', { holdId: hold.id })}>
                  {t('actions.release')}
                </Button>
                {mayCall('holds.extend', roles) && (
                  <Form
                    name="hold-extend"
                    layout="inline"
                    initialValues={{ minutes: 30 }}
                    onFinish={(v: { minutes: number }) =>
                      void act('holds.extend', { holdId: hold.id, minutes: v.minutes })
                    }
                  >
                    <Form.Item name="minutes" label={t('actions.minutes')}>
                      <InputNumber min={1} max={1440} />
                    </Form.Item>
                    <Button htmlType="submit">{t('actions.extend')}</Button>
                  </Form>
                )}
              </Space>
            </>
          )}
          {hold.state === 'reserved' && (
            <>
              <Button type="primary" autoFocus onClick={() => void act('holds.sign', { holdId: hold.id })}>
                {t('actions.sign')}
              </Button>
              {mayCall('holds.cancel', roles) && (
                <Form
                  name="hold-cancel"
                  layout="vertical"
                  requiredMark={false}
                  onFinish={(v: { refund: string; reason: string }) =>
                    void act('holds.cancel', {
                      holdId: hold.id,
                      refundFen: yuan(v.refund) ?? 0,
                      reason: v.reason,
                    })
                  }
                >
                  <Divider />
                  <Form.Item name="refund" label={t('actions.refund')} rules={[{ required: true }]}>
                    <Input inputMode="decimal" />
                  </Form.Item>
                  <ReasonItem />
                  <Button danger htmlType="submit">
                    {t('actions.cancel')}
                  </Button>
                </Form>
              )}
            </>
          )}
        </FocusFirst>
      )}
    </Modal>
  );
}

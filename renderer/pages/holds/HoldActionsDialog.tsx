import { Alert, Button, Descriptions, Divider, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, InputOf } from '../../../shared/contract';
import type { BoardUnit } from '../../../shared/contract/holds';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { mayCall } from '../../api/access';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { DepositDialog } from './DepositDialog';
import { FocusFirst } from './FocusFirst';
import { depositSummary, localDateTime } from './format';

type HoldCall = Extract<Channel, `holds.${string}`>;

/** Why: asked to reject a request or cancel a reservation. */
function ReasonItem({ initial }: { initial?: string }) {
  const { t } = useTranslation('holds');
  return (
    <Form.Item
      name="reason"
      label={t('actions.reason')}
      initialValue={initial}
      rules={[{ required: true, whitespace: true }]}
    >
      <Input maxLength={200} />
    </Form.Item>
  );
}

/** What a manager or deputy can do with a claimed unit, by the state of its hold. */
export function HoldActionsDialog({
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
  const message = useToast();
  const roles = useSession((s) => s.user?.roles);
  const settings = useLoaded('settings.get', {}, { enabled: unit !== null });
  const action = useAction();
  const [depositing, setDepositing] = useState(false);
  const hold = unit?.hold ?? null;

  async function act<C extends HoldCall>(channel: C, input: InputOf<C>, done: string) {
    if ((await action.run(() => client.call(channel, input))) === undefined) return;
    message.success(done);
    onDone();
  }
  // One act on the hold at a time, whichever of the forms and buttons below starts it.
  const once = useOneAtATime((work: () => Promise<void>) => work());
  const yuan = (text: string | undefined) => parseYuanToFen(text ?? '');
  const unitText = hold?.unitLabel ?? '';

  return (
    <>
      <Modal
        open={hold !== null && !depositing}
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
                ...(hold.deposit
                  ? [
                      {
                        key: 'deposit',
                        label: t('actions.deposit'),
                        children: depositSummary(hold.deposit, t),
                      },
                    ]
                  : []),
              ]}
            />
            {hold.reported && (
              <Alert
                type="warning"
                showIcon
                message={t('mine.reported', { at: localDateTime(hold.reported.at) })}
                description={t('mine.reportedBy', {
                  name: hold.reported.byName,
                  reason: hold.reported.reason,
                })}
              />
            )}
            <ErrorAlert error={action.error} />
            {hold.state === 'pending' && (
              <Form
                name="hold-reject"
                layout="vertical"
                requiredMark={false}
                onFinish={(v: { reason: string }) =>
                  once(() =>
                    act(
                      'holds.reject',
                      { holdId: hold.id, reason: v.reason },
                      t('actions.rejected', { unit: unitText }),
                    ),
                  )
                }
              >
                {!hold.reported && (
                  <Button
                    type="primary"
                    autoFocus
                    onClick={() =>
                      once(() =>
                        act('holds.approve', { holdId: hold.id }, t('actions.approved', { unit: unitText })),
                      )
                    }
                  >
                    {t('actions.approve')}
                  </Button>
                )}
                <Divider />
                <ReasonItem initial={hold.reported?.reason} />
                <Button danger type={hold.reported ? 'primary' : 'default'} htmlType="submit">
                  {t('actions.reject')}
                </Button>
              </Form>
            )}
            {hold.state === 'held' && (
              <Space wrap className="hold-actions">
                {hold.reported ? (
                  <Button
                    type="primary"
                    danger
                    onClick={() =>
                      once(() =>
                        act('holds.release', { holdId: hold.id }, t('reports.cancelled', { unit: unitText })),
                      )
                    }
                  >
                    {t('reports.cancelHold')}
                  </Button>
                ) : (
                  <Button type="primary" onClick={() => setDepositing(true)}>
                    {t('actions.deposit')}
                  </Button>
                )}
                {!hold.reported && (
                  <Button
                    danger
                    onClick={() =>
                      once(() =>
                        act('holds.release', { holdId: hold.id }, t('actions.released', { unit: unitText })),
                      )
                    }
                  >
                    {t('actions.release')}
                  </Button>
                )}
                {mayCall('holds.extend', roles) && (
                  <Form
                    name="hold-extend"
                    layout="inline"
                    initialValues={{ minutes: 30 }}
                    onFinish={(v: { minutes: number }) =>
                      once(() =>
                        act(
                          'holds.extend',
                          { holdId: hold.id, minutes: v.minutes },
                          t('actions.extended', { unit: unitText }),
                        ),
                      )
                    }
                  >
                    <Form.Item name="minutes" label={t('actions.minutes')}>
                      <InputNumber min={1} max={1440} precision={0} />
                    </Form.Item>
                    <Button htmlType="submit">{t('actions.extend')}</Button>
                  </Form>
                )}
              </Space>
            )}
            {hold.state === 'reserved' && (
              <>
                <Button
                  type="primary"
                  autoFocus
                  onClick={() =>
                    once(() =>
                      act('holds.sign', { holdId: hold.id }, t('actions.signed', { unit: unitText })),
                    )
                  }
                >
                  {t('actions.sign')}
                </Button>
                {mayCall('holds.cancel', roles) && (
                  <Form
                    name="hold-cancel"
                    layout="vertical"
                    requiredMark={false}
                    onFinish={(v: { refund: string; reason: string }) =>
                      once(() =>
                        act(
                          'holds.cancel',
                          { holdId: hold.id, refundFen: yuan(v.refund) ?? 0, reason: v.reason },
                          t('cancel.done', { unit: unitText }),
                        ),
                      )
                    }
                  >
                    <Divider />
                    <Form.Item
                      name="refund"
                      label={t('cancel.refund')}
                      extra={t('cancel.help', { days: settings.data?.refundDueDays ?? 7 })}
                      rules={[
                        {
                          validator: (_: unknown, v: string | undefined) => {
                            const fen = yuan(v);
                            return fen !== null && fen >= 0
                              ? Promise.resolve()
                              : Promise.reject(new Error(t('deposit.priceFormat')));
                          },
                        },
                      ]}
                    >
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
      <DepositDialog
        hold={depositing ? hold : null}
        listPriceFen={unit?.listPriceFen ?? null}
        onClose={() => setDepositing(false)}
        onDone={() => {
          setDepositing(false);
          onDone();
        }}
      />
    </>
  );
}

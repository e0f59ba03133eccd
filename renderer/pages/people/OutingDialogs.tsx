import { Form, Input, Select, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import type { OutingView } from '../../../shared/contract/outings';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';
import { trimmedText } from '../../hooks/trimmedText';
import { useLoaded } from '../../hooks/usePolled';
import { CountersignFields, countersignOf } from '../tickets/CountersignFields';
import { clock } from './format';

interface RecordValues {
  userId: number;
  reason: string;
  destination: string;
  minutes: number;
  countersignUserId?: number;
  countersignSecret?: string;
}

const DURATIONS = [30, 60, 90, 120, 180, 240];

/**
 * 外出登记 (000:745): who, why, where, when back; approved in the same dialog by the manager's
 * PIN (the manager's own outing, or any while the manager is out, by the deputy). A manager or
 * deputy signed in approves by recording it for someone else.
 */
export function RecordOutingDialog({
  open,
  onCancel,
  onDone,
}: {
  open: boolean;
  onCancel: () => void;
  onDone: (outing: OutingView) => void;
}) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const client = useClient();
  const me = useSession((s) => s.user?.id);
  const roster = useLoaded('auth.roster', {});
  const staff = (roster.data ?? []).filter((p) => p.roles.some((r) => r !== 'admin'));
  async function submit(v: RecordValues) {
    const countersign = countersignOf(v);
    const outing = await client.call('outings.record', {
      userId: v.userId,
      reason: v.reason,
      destination: v.destination,
      backInMinutes: v.minutes,
      ...(countersign ? { countersign } : {}),
    });
    onDone(outing);
  }
  const required = [{ required: true, whitespace: true, message: tc('form.required') }];
  return (
    <DialogForm<RecordValues>
      name="recordOuting"
      title={t('outings.recordTitle')}
      open={open}
      submitText={t('outings.record')}
      focusPicker
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={{ minutes: 60, ...(me ? { userId: me } : {}) }}
    >
      <Form.Item
        name="userId"
        label={t('outings.person')}
        rules={[{ required: true, message: tc('form.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={staff.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('outings.reason')}
        rules={[...required, trimmedText({ min: 2, message: t('reasonRequired') })]}
      >
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="destination" label={t('outings.destination')} rules={required}>
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item name="minutes" label={t('outings.expectedBack')}>
        <Select
          options={DURATIONS.map((m) => ({
            value: m,
            label: t('outings.inMinutes', {
              count: m,
              at: dayjs().add(m, 'minute').format('HH:mm'),
            }),
          }))}
        />
      </Form.Item>
      <CountersignFields
        roles={['manager', 'deputy']}
        required={false}
        personLabel={t('outings.approver')}
        pinLabel={t('outings.approverPin')}
      />
      <p className="field-help">{t('outings.approvalRule')}</p>
    </DialogForm>
  );
}

/** The person is back: their own PIN, unless they are the one signed in. */
export function ReturnDialog({
  outing,
  onCancel,
  onDone,
}: {
  outing: OutingView | null;
  onCancel: () => void;
  onDone: (outing: OutingView) => void;
}) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const client = useClient();
  const me = useSession((s) => s.user?.id);
  const self = outing?.userId === me;
  async function submit(v: { secret?: string }) {
    if (!outing) return;
    onDone(
      await client.call('outings.return', {
        outingId: outing.id,
        ...(self ? {} : { secret: v.secret }),
      }),
    );
  }
  return (
    <DialogForm<{ secret?: string }>
      name="outingReturn"
      title={outing ? t('outings.returnTitle', { name: outing.name, at: clock(outing.expectedBack) }) : ''}
      open={outing !== null}
      submitText={t('outings.return')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      {self ? (
        <p>{t('outings.returnSelf')}</p>
      ) : (
        <CountersignPin
          name="secret"
          label={t('outings.returnPin', { name: outing?.name ?? '' })}
          rules={[{ required: true, message: tc('form.required') }]}
          personId={outing?.userId ?? null}
        />
      )}
    </DialogForm>
  );
}

/** The manager's correction of an outing: cancel it, or correct its return time; with the reason. */
export function OutingFixDialog({
  fix,
  onCancel,
  onDone,
}: {
  fix: { outing: OutingView; kind: 'cancel' | 'correct' } | null;
  onCancel: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('people');
  const { t: tc } = useTranslation();
  const client = useClient();
  async function submit(v: { reason: string; time?: Dayjs }) {
    if (!fix) return;
    if (fix.kind === 'cancel') {
      await client.call('outings.cancel', { outingId: fix.outing.id, reason: v.reason });
    } else {
      const left = dayjs(fix.outing.leftAt);
      let back = left.hour(v.time!.hour()).minute(v.time!.minute()).second(0).millisecond(0);
      if (back.isBefore(left)) back = back.add(1, 'day');
      await client.call('outings.correctReturn', {
        outingId: fix.outing.id,
        backAt: back.toISOString(),
        reason: v.reason,
      });
    }
    onDone();
  }
  return (
    <DialogForm<{ reason: string; time?: Dayjs }>
      name="outingFix"
      title={
        fix
          ? t(fix.kind === 'cancel' ? 'outings.cancelTitle' : 'outings.correctTitle', {
              name: fix.outing.name,
            })
          : ''
      }
      open={fix !== null}
      danger={fix?.kind === 'cancel'}
      submitText={fix?.kind === 'cancel' ? t('outings.cancel') : t('outings.correct')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      {fix?.kind === 'correct' && (
        <Form.Item
          name="time"
          label={t('outings.backAt')}
          rules={[{ required: true, message: tc('form.required') }]}
        >
          <TimePicker format="HH:mm" needConfirm={false} />
        </Form.Item>
      )}
      <Form.Item
        name="reason"
        label={t('reason')}
        rules={[trimmedText({ required: true, whitespace: true, min: 2, message: t('reasonRequired') })]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
    </DialogForm>
  );
}

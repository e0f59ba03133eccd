import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ComplaintView } from '../../../shared/contract/complaints';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { isClockTime, parseStamp, stampOf, todayAt } from './format';
import type { Person } from './people';

/** The acts on a complaint, each one dialog. */
export type ComplaintAct =
  'assign' | 'replied' | 'progress' | 'result' | 'response' | 'close' | 'reopen' | 'revisit';

interface Props {
  complaint: ComplaintView;
  act: ComplaintAct | null;
  staff: Person[];
  onCancel: () => void;
  /** The complaint as the act left it, with the words to say it was done. */
  onDone: (c: ComplaintView, done: string) => void;
}

/** The dialog of whichever act is chosen (none open when `act` is null). */
export function ActionDialogs(props: Props) {
  return (
    <>
      <AssignDialog {...props} />
      <EntryDialog {...props} />
      <CloseDialog {...props} />
      <ReopenDialog {...props} />
      <RevisitDialog {...props} />
    </>
  );
}

function useRules() {
  const { t } = useTranslation('complaints');
  const { t: tc } = useTranslation();
  return {
    required: [{ required: true, whitespace: true, message: tc('form.required') }],
    choose: [{ required: true, message: tc('form.required') }],
    clock: [
      {
        validator: (_rule: unknown, value: string | undefined) =>
          !value?.trim() || isClockTime(value)
            ? Promise.resolve()
            : Promise.reject(new Error(t('time.format'))),
      },
    ],
    stamp: [
      { required: true, message: tc('form.required') },
      {
        validator: (_rule: unknown, value: string | undefined) =>
          parseStamp(value ?? '') ? Promise.resolve() : Promise.reject(new Error(t('dialogs.dueFormat'))),
      },
    ],
  };
}

function YesNo({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation('complaints');
  const { choose } = useRules();
  return (
    <Form.Item name={name} label={label} rules={choose}>
      <Radio.Group
        aria-label={label}
        options={[
          { value: true, label: t('dialogs.yes') },
          { value: false, label: t('dialogs.no') },
        ]}
      />
    </Form.Item>
  );
}

function WhenField() {
  const { t } = useTranslation('complaints');
  return (
    <Form.Item name="when" label={t('dialogs.when')} rules={useRules().clock}>
      <Input autoComplete="off" placeholder="10:40" className="complaint-time" />
    </Form.Item>
  );
}

function AssignDialog({ complaint, act, staff, onCancel, onDone }: Props) {
  const { t } = useTranslation('complaints');
  const client = useClient();
  const rules = useRules();
  const reply = complaint.deadlines.find((d) => d.deadline === 'reply')!.due!;
  const handle = complaint.deadlines.find((d) => d.deadline === 'handle')!.due!;
  const limit = complaint.deadlines.find((d) => d.deadline === 'limit')!.due!;
  // The person complained about is not offered (the main process refuses them anyway).
  const handlers = staff.filter((p) => p.id !== complaint.subjectUserId);
  async function submit(v: { handlerId: number; replyDue: string; handleDue: string; note?: string }) {
    // A due time left as shown is left as it is (the one in force keeps its seconds).
    const moved = (typed: string, inForce: string) =>
      typed.trim() === stampOf(inForce) ? undefined : (parseStamp(typed) ?? undefined);
    const replyDue = moved(v.replyDue, reply);
    const handleDue = moved(v.handleDue, handle);
    const done = await client.call('complaints.assign', {
      complaintId: complaint.id,
      handlerId: v.handlerId,
      ...(replyDue ? { replyDue } : {}),
      ...(handleDue ? { handleDue } : {}),
      ...(v.note?.trim() ? { note: v.note } : {}),
    });
    onDone(done, t('dialogs.assigned', { name: done.handlerName ?? '' }));
  }
  return (
    <DialogForm
      name="complaintAssign"
      title={t('dialogs.assignTitle', { no: complaint.no })}
      open={act === 'assign'}
      submitText={t('detail.actions.assign')}
      onCancel={onCancel}
      onSubmit={submit}
      focusPicker
      initialValues={{
        ...(complaint.handlerId !== null ? { handlerId: complaint.handlerId } : {}),
        replyDue: stampOf(reply),
        handleDue: stampOf(handle),
      }}
    >
      <Form.Item
        name="handlerId"
        label={t('dialogs.handler')}
        extra={t('dialogs.handlerHelp')}
        rules={rules.choose}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={handlers.map((p) => ({ value: p.id, label: p.name }))}
        />
      </Form.Item>
      <Form.Item name="replyDue" label={t('dialogs.replyDue')} rules={rules.stamp}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="handleDue"
        label={t('dialogs.handleDue')}
        extra={t('dialogs.dueHelp', { limit: stampOf(limit) })}
        rules={rules.stamp}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="note" label={t('dialogs.noteOptional')} rules={[{ max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
    </DialogForm>
  );
}

const ENTRY_ACTS = ['replied', 'progress', 'result', 'response'] as const;
type EntryAct = (typeof ENTRY_ACTS)[number];

function EntryDialog({ complaint, act, onCancel, onDone }: Props) {
  const { t } = useTranslation('complaints');
  const client = useClient();
  const rules = useRules();
  const kind = ENTRY_ACTS.includes(act as EntryAct) ? (act as EntryAct) : null;
  async function submit(v: { note: string; when?: string; upheld?: boolean; accepted?: boolean }) {
    if (!kind) return;
    const at = todayAt(v.when);
    const common = { complaintId: complaint.id, note: v.note, ...(at ? { at } : {}) };
    const done = await client.call(
      'complaints.record',
      kind === 'result'
        ? { kind, ...common, upheld: v.upheld! }
        : kind === 'response'
          ? { kind, ...common, accepted: v.accepted! }
          : { kind, ...common },
    );
    onDone(done, t('dialogs.recorded', { kind: t(`event.${kind}`) }));
  }
  return (
    <DialogForm
      name="complaintEntry"
      title={kind ? t('dialogs.entryTitle', { kind: t(`event.${kind}`), no: complaint.no }) : ''}
      open={kind !== null}
      submitText={kind ? t(`detail.actions.${kind}`) : ''}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <Form.Item name="note" label={t('dialogs.note')} rules={[...rules.required, { max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      {kind === 'result' && <YesNo name="upheld" label={t('dialogs.upheld')} />}
      {kind === 'response' && <YesNo name="accepted" label={t('dialogs.accepted')} />}
      <WhenField />
    </DialogForm>
  );
}

function CloseDialog({ complaint, act, onCancel, onDone }: Props) {
  const { t } = useTranslation('complaints');
  const client = useClient();
  async function submit(v: { note?: string; when?: string }) {
    const at = todayAt(v.when);
    const done = await client.call('complaints.close', {
      complaintId: complaint.id,
      ...(v.note?.trim() ? { note: v.note } : {}),
      ...(at ? { at } : {}),
    });
    onDone(done, t('dialogs.closed', { no: done.no }));
  }
  return (
    <DialogForm
      name="complaintClose"
      title={t('dialogs.closeTitle', { no: complaint.no })}
      open={act === 'close'}
      submitText={t('detail.actions.close')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <Form.Item name="note" label={t('dialogs.noteOptional')} rules={[{ max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <WhenField />
    </DialogForm>
  );
}

function ReopenDialog({ complaint, act, onCancel, onDone }: Props) {
  const { t } = useTranslation('complaints');
  const client = useClient();
  const rules = useRules();
  async function submit(v: { reason: string }) {
    const done = await client.call('complaints.reopen', { complaintId: complaint.id, reason: v.reason });
    onDone(done, t('dialogs.reopened', { no: done.no }));
  }
  return (
    <DialogForm
      name="complaintReopen"
      title={t('dialogs.reopenTitle', { no: complaint.no })}
      open={act === 'reopen'}
      submitText={t('detail.actions.reopen')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <Form.Item name="reason" label={t('dialogs.reason')} rules={[...rules.required, { max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
    </DialogForm>
  );
}

function RevisitDialog({ complaint, act, onCancel, onDone }: Props) {
  const { t } = useTranslation('complaints');
  const client = useClient();
  async function submit(v: { satisfied: boolean; note?: string; when?: string }) {
    const at = todayAt(v.when);
    const done = await client.call('complaints.revisit', {
      complaintId: complaint.id,
      satisfied: v.satisfied,
      ...(v.note?.trim() ? { note: v.note } : {}),
      ...(at ? { at } : {}),
    });
    onDone(done, t('dialogs.revisited', { no: done.no }));
  }
  return (
    <DialogForm
      name="complaintRevisit"
      title={t('dialogs.revisitTitle', { no: complaint.no })}
      open={act === 'revisit'}
      submitText={t('detail.actions.revisit')}
      onCancel={onCancel}
      onSubmit={submit}
    >
      <YesNo name="satisfied" label={t('dialogs.satisfied')} />
      <Form.Item name="note" label={t('dialogs.revisitNote')} rules={[{ max: 1000 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <WhenField />
    </DialogForm>
  );
}

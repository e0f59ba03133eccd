import { Button, Card, Form, Input, InputNumber, Select, Typography } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../shared/contract/handover';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction } from '../../hooks/useCall';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { LedgerSections, OpenTasks } from './LedgerSections';

interface WriteValues {
  toUserId: number;
  shiftName: string;
  counts: Record<string, number | null>;
  newTasks?: string;
  notes?: string;
}

/**
 * The outgoing person's part of the handover: the form fills itself from the ledgers (open
 * tasks, keys, mail, tickets, cash) and asks only for what the ledgers cannot know: the desk
 * items counted, new open tasks, notes, and who takes over.
 */
export function WriteForm({
  shifts,
  current,
  editing,
  onDone,
}: {
  shifts: { name: string; start: string; end: string }[];
  current: string | null;
  /** A draft not yet acknowledged: its items and notes are changed (a new version is saved). */
  editing?: HandoverView;
  onDone: () => void;
}) {
  const { t } = useTranslation('handover');
  const client = useClient();
  const me = useSession((s) => s.user);
  const message = useToast();
  const [form] = Form.useForm<WriteValues>();
  // Read once per mount: the page remounts the form after a save.
  const snapshotAnswer = useLoaded('handover.snapshot', {});
  const roster = useLoaded('auth.roster', {});
  const save = useAction();
  const snapshot = snapshotAnswer.data ?? null;
  const people = useMemo(
    () =>
      (roster.data ?? []).filter(
        (p) => p.id !== me?.id && p.roles.some((r) => r === 'receptionist' || r === 'assistant'),
      ),
    [roster.data, me?.id],
  );
  const root = useRef<HTMLDivElement>(null);
  useInitialFocus(root, (el) => el.querySelector<HTMLElement>('[role="combobox"]'), [people]);

  // The items to count: the draft's own when editing, else the settings' list with the last counts.
  const items = editing?.items ?? snapshot?.items ?? [];
  useEffect(() => {
    if (!snapshot) return;
    form.setFieldsValue({
      counts: Object.fromEntries(items.map((i) => [i.name, i.count ?? undefined])),
      notes: editing?.notes,
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- filled once the ledgers are read
  }, [snapshot, form]);

  async function submit(values: WriteValues) {
    if (!snapshot) return;
    const draft = {
      items: items.map((i) => ({ name: i.name, count: values.counts[i.name] ?? 0 })),
      notes: values.notes ?? '',
      newTasks: (values.newTasks ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    };
    const saved = await save.run(() =>
      editing
        ? client.call('handover.save', { handoverId: editing.id, ...draft })
        : client.call('handover.start', { toUserId: values.toUserId, shiftName: values.shiftName, ...draft }),
    );
    if (!saved) return;
    message.success(t('write.started'));
    onDone();
  }
  const submitOnce = useOneAtATime(submit);

  return (
    <div ref={root}>
      <Typography.Title level={3}>
        {editing
          ? t('write.editHeading', { id: editing.id, to: editing.toName })
          : t('write.heading', { name: me?.name ?? '' })}
      </Typography.Title>
      <Form<WriteValues>
        form={form}
        name="handover-write"
        layout="vertical"
        requiredMark={false}
        initialValues={{ shiftName: current ?? shifts[0]?.name }}
        onFinish={submitOnce}
      >
        {!editing && (
          <div className="handover-row">
            <Form.Item
              name="toUserId"
              label={t('write.to')}
              rules={[{ required: true, message: t('common:form.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                options={people.map((p) => ({ value: p.id, label: p.name }))}
                className="handover-select"
              />
            </Form.Item>
            <Form.Item name="shiftName" label={t('write.shift')}>
              <Select
                options={shifts.map((s) => ({ value: s.name, label: `${s.name} ${s.start}–${s.end}` }))}
                className="handover-select"
              />
            </Form.Item>
          </div>
        )}
        <Card size="small" title={t('write.openTasks')} className="handover-card">
          <OpenTasks tasks={snapshot?.openTasks ?? []} onChanged={() => void snapshotAnswer.refresh()} />
          <Form.Item name="newTasks" label={t('write.newTasks')}>
            <Input.TextArea rows={2} />
          </Form.Item>
        </Card>
        <Card size="small" title={t('write.items')} className="handover-card">
          <div className="handover-row">
            {items.map((i) => (
              <Form.Item key={i.name} name={['counts', i.name]} label={i.name}>
                <InputNumber min={0} precision={0} />
              </Form.Item>
            ))}
          </div>
        </Card>
        {snapshot && <LedgerSections snapshot={snapshot} />}
        <Form.Item name="notes" label={t('write.notes')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <ErrorAlert from={[save, snapshotAnswer]} />
        <Button type="primary" htmlType="submit" loading={save.busy}>
          {editing ? t('write.save') : t('write.submit')}
        </Button>
      </Form>
    </div>
  );
}

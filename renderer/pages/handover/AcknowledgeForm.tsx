import { App, Button, Card, Checkbox, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverSummary, HandoverView } from '../../../shared/contract/handover';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCall } from '../../hooks/useCall';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { useLoaded } from '../../hooks/usePolled';
import { OpenTasks, useKeyLabel, useKeyWhere } from './LedgerSections';

interface AckValues {
  counted: Record<string, number | null>;
  keys: Record<string, boolean>;
  mail: Record<string, boolean>;
  tickets: Record<string, number | null>;
  ticketNotes: Record<string, string | undefined>;
  cash: string;
  cashNote?: string;
  note?: string;
  secret: string;
}

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);

/**
 * The incoming person's part: every section filled from the ledgers as they stand now, to be
 * counted or confirmed item by item, then signed with the incoming person's own PIN (typed into
 * this same form whoever is signed in). The main process re-reads the ledgers when it records.
 */
export function AcknowledgeForm({
  handover,
  onDone,
  onPrint,
  onEdit,
}: {
  handover: HandoverSummary;
  onDone: () => void;
  onPrint: (id: number) => void;
  /** The outgoing person may still change the draft before it is signed. */
  onEdit?: (view: HandoverView) => void;
}) {
  const { t } = useTranslation('handover');
  const { message } = App.useApp();
  const [form] = Form.useForm<AckValues>();
  // Read once per handover (the form is keyed by it), again after an open task is marked done.
  const viewAnswer = useLoaded('handover.get', { handoverId: handover.id });
  const snapshotAnswer = useLoaded('handover.snapshot', { fromId: handover.fromId });
  const acknowledge = useCall('handover.acknowledge');
  const view = viewAnswer.data ?? null;
  const snapshot = snapshotAnswer.data ?? null;
  const keyLabel = useKeyLabel();
  const keyWhere = useKeyWhere();
  const root = useRef<HTMLDivElement>(null);
  useInitialFocus(root, undefined, [snapshot]);

  const reload = () => Promise.all([viewAnswer.refresh(), snapshotAnswer.refresh()]);

  useEffect(() => {
    if (!view || !snapshot) return;
    form.setFieldsValue({
      counted: Object.fromEntries(view.items.map((i) => [i.name, i.count])),
      tickets: Object.fromEntries(snapshot.tickets.map((l) => [String(l.typeId), l.expected])),
      cash: formatFen(snapshot.cashExpectedFen).replace(/^¥/, '').replace(/,/g, ''),
    });
  }, [view, snapshot, form]);

  async function submit(values: AckValues) {
    if (!view || !snapshot) return;
    const countedFen = parseYuanToFen(values.cash);
    if (countedFen === null) {
      form.setFields([{ name: 'cash', errors: [t('ack.badMoney')] }]);
      return;
    }
    const done = await acknowledge.run({
      handoverId: handover.id,
      countersign: { userId: handover.toId, secret: values.secret },
      items: view.items.map((i) => ({ name: i.name, counted: values.counted[i.name] ?? 0 })),
      keys: snapshot.keys.map((k) => ({
        keyId: k.keyId,
        copyNo: k.copyNo,
        confirmed: values.keys?.[`${k.keyId}-${k.copyNo}`] === true,
      })),
      mail: snapshot.mail.map((m) => ({
        mailId: m.mailId,
        confirmed: values.mail?.[String(m.mailId)] === true,
      })),
      tickets: snapshot.tickets.map((l) => ({
        typeId: l.typeId,
        counted: values.tickets[String(l.typeId)] ?? 0,
        explanation: blank(values.ticketNotes?.[String(l.typeId)]),
      })),
      cash: { countedFen, explanation: blank(values.cashNote) },
      note: blank(values.note),
    });
    if (!done) {
      form.setFieldValue('secret', '');
      return;
    }
    void message.success(t('ack.done', { count: done.differenceCount }));
    onDone();
  }

  return (
    <div ref={root}>
      <Typography.Title level={3}>
        {t('ack.heading', { from: handover.fromName, to: handover.toName, shift: handover.shiftName })}
      </Typography.Title>
      <Typography.Paragraph>{t('ack.intro')}</Typography.Paragraph>
      <Form<AckValues>
        form={form}
        name="handover-ack"
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Card size="small" title={t('write.items')} className="handover-card">
          <div className="handover-row">
            {view?.items.map((i) => (
              <Form.Item
                key={i.name}
                name={['counted', i.name]}
                label={`${i.name} (${t('ack.declared')} ${i.count})`}
              >
                <InputNumber min={0} precision={0} aria-label={`${i.name} ${t('ack.counted')}`} />
              </Form.Item>
            ))}
          </div>
        </Card>
        <Card size="small" title={t('write.keys')} className="handover-card">
          {snapshot?.keys.map((k) => (
            <Form.Item
              key={`${k.keyId}-${k.copyNo}`}
              name={['keys', `${k.keyId}-${k.copyNo}`]}
              valuePropName="checked"
              className="handover-check"
            >
              <Checkbox>
                {keyLabel(k)} · {keyWhere(k)}
              </Checkbox>
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title={t('write.mail')} className="handover-card">
          {snapshot?.mail.length === 0 && (
            <Typography.Text type="secondary">{t('write.noMail')}</Typography.Text>
          )}
          {snapshot?.mail.map((m) => (
            <Form.Item
              key={m.mailId}
              name={['mail', String(m.mailId)]}
              valuePropName="checked"
              className="handover-check"
            >
              <Checkbox>
                {m.recipient} · {t(`mailKind.${m.kind}`)} × {m.count}
              </Checkbox>
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title={t('write.tickets')} className="handover-card">
          {snapshot?.tickets.map((l) => (
            <Space key={l.typeId} align="start" wrap>
              <Form.Item
                name={['tickets', String(l.typeId)]}
                label={`${l.name} (${t('ack.expected')} ${l.expected})`}
              >
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Form.Item name={['ticketNotes', String(l.typeId)]} label={`${l.name} ${t('ack.explanation')}`}>
                <Input />
              </Form.Item>
            </Space>
          ))}
          <Space align="start" wrap>
            <Form.Item
              name="cash"
              label={`${t('ack.cashCounted')} (${t('ack.expected')} ${formatFen(snapshot?.cashExpectedFen ?? 0)})`}
              rules={[{ required: true, message: t('common:form.required') }]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="cashNote" label={`${t('write.cash')} ${t('ack.explanation')}`}>
              <Input />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title={t('write.openTasks')} className="handover-card">
          <OpenTasks tasks={snapshot?.openTasks ?? []} onChanged={() => void reload()} />
          {view?.notes && (
            <Typography.Paragraph>
              {t('write.notes')}: {view.notes}
            </Typography.Paragraph>
          )}
        </Card>
        <Form.Item name="note" label={t('ack.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item
          name="secret"
          label={t('ack.pin', { name: handover.toName })}
          rules={[{ required: true, message: t('common:form.required') }]}
        >
          <Input.Password autoComplete="off" className="handover-pin" />
        </Form.Item>
        <ErrorAlert from={[acknowledge, viewAnswer, snapshotAnswer]} />
        <Space>
          <Button type="primary" htmlType="submit" loading={acknowledge.busy}>
            {t('ack.submit')}
          </Button>
          {onEdit && view && <Button onClick={() => onEdit(view)}>{t('write.edit')}</Button>}
          <Button onClick={() => onPrint(handover.id)}>{t('log.view')}</Button>
        </Space>
      </Form>
    </div>
  );
}

import { Button, Card, Form, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import type { InputOf } from '../../../shared/contract';
import type { HandoverSummary, HandoverView, ReviewedDifference } from '../../../shared/contract/handover';
import { formatFen, parseYuanToFen } from '../../../shared/domain/money';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isApiError } from '../../api/client';
import { useClient, useSession } from '../../desk/DeskContext';
import { useAction, useCall } from '../../hooks/useCall';
import { useInitialFocus } from '../../hooks/useInitialFocus';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useLoaded } from '../../hooks/usePolled';
import { useToast } from '../../hooks/useToast';
import { OpenTasks, useKeyLabel, useKeyWhere } from './LedgerSections';

interface AckValues {
  counted: Record<string, string | undefined>;
  keys: Record<string, boolean | undefined>;
  mail: Record<string, boolean | undefined>;
  tickets: Record<string, string | undefined>;
  ticketNotes: Record<string, string | undefined>;
  cash?: string;
  cashNote?: string;
  note?: string;
  secret: string;
  managerId?: number;
  managerPin?: string;
}

const blank = (text: string | undefined) => (text?.trim() ? text.trim() : undefined);
/** A count as typed: digits only, never coerced (a minus, a decimal or a letter is an error). */
const WHOLE = /^\d{1,6}$/;

/**
 * The incoming person's part. The counts start empty and, by default, without the expected
 * figures (a blind count); every key copy and waiting item is answered "as the ledger says" or
 * "missing". "核对差异" sends the count to the main process, which compares it with the ledgers
 * as they stand and answers the differences; only then are the expected figures shown, the
 * variances explained and the incoming person's PIN typed (in this same form whoever is signed
 * in). Changing a count after the review asks for the review again.
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
  const message = useToast();
  const [form] = Form.useForm<AckValues>();
  const selfId = useSession((s) => s.user?.id ?? null);
  // Read once per handover (the form is keyed by it), again after an open task is marked done.
  const viewAnswer = useLoaded('handover.get', { handoverId: handover.id });
  const snapshotAnswer = useLoaded('handover.snapshot', { fromId: handover.fromId });
  const settings = useLoaded('settings.get', {});
  const roster = useLoaded('auth.roster', {});
  const review = useCall('handover.review');
  const client = useClient();
  const acknowledge = useAction();
  const [reviewed, setReviewed] = useState<ReviewedDifference[] | null>(null);
  const view = viewAnswer.data ?? null;
  const snapshot = snapshotAnswer.data ?? null;
  // Until the settings are read, the count is blind: the rulebook's careful count. The main
  // process withholds the figures from the incoming person herself (null) until her count.
  const blind = (settings.data?.handoverCountBlind ?? true) || snapshot?.cashExpectedFen === null;
  const keyLabel = useKeyLabel();
  const keyWhere = useKeyWhere();
  const root = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLElement>(null);
  const buttons = useRef<HTMLDivElement>(null);
  useInitialFocus(root, undefined, [snapshot]);
  // Once reviewed, the differences, the PIN and the sign button are brought on screen together
  // (the buttons at the bottom edge of a small screen) and the caret goes to the first field.
  useEffect(() => {
    if (reviewed === null) return;
    buttons.current?.scrollIntoView({ block: 'end' });
    summary.current?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, [reviewed]);
  // What appears in the summary afterwards (the manager picked for a restricted key, the tries
  // left under each PIN) grows it: the buttons are kept on screen.
  useEffect(() => {
    const section = summary.current;
    if (reviewed === null || !section || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => buttons.current?.scrollIntoView({ block: 'nearest' }));
    observer.observe(section);
    return () => observer.disconnect();
  }, [reviewed]);
  const restrictedPasses =
    snapshot?.keys.some((k) => k.restricted && k.state === 'out' && k.holderId === handover.fromId) ?? false;
  const managers = (roster.data ?? []).filter((p) => p.roles.includes('manager') && p.id !== selfId);

  const reload = () => Promise.all([viewAnswer.refresh(), snapshotAnswer.refresh()]);
  const required = (text: string) => [{ required: true, message: text }];
  // spaces alone explain nothing (they are dropped before sending); only on text fields
  const requiredText = (text: string) => [{ required: true, whitespace: true, message: text }];
  const countRules = [
    { required: true, message: t('ack.uncounted') },
    { pattern: WHOLE, message: t('ack.badCount') },
  ];
  const answerRules = required(t('ack.unanswered'));

  function counts(values: AckValues): Omit<InputOf<'handover.review'>, 'handoverId'> | null {
    if (!view || !snapshot) return null;
    const countedFen = parseYuanToFen(values.cash ?? '');
    if (countedFen === null) {
      form.setFields([{ name: 'cash', errors: [t('ack.badMoney')] }]);
      return null;
    }
    return {
      items: view.items.map((i) => ({ name: i.name, counted: Number(values.counted[i.name]) })),
      keys: snapshot.keys.map((k) => ({
        keyId: k.keyId,
        copyNo: k.copyNo,
        confirmed: values.keys[`${k.keyId}-${k.copyNo}`] === true,
      })),
      mail: snapshot.mail.map((m) => ({
        mailId: m.mailId,
        confirmed: values.mail[String(m.mailId)] === true,
      })),
      tickets: snapshot.tickets.map((l) => ({
        typeId: l.typeId,
        counted: Number(values.tickets[String(l.typeId)]),
        explanation: blank(values.ticketNotes?.[String(l.typeId)]),
      })),
      cash: { countedFen, explanation: blank(values.cashNote) },
    };
  }

  async function runReview() {
    let values: AckValues;
    try {
      values = await form.validateFields([
        ...(view?.items.map((i) => ['counted', i.name]) ?? []),
        ...(snapshot?.keys.map((k) => ['keys', `${k.keyId}-${k.copyNo}`]) ?? []),
        ...(snapshot?.mail.map((m) => ['mail', String(m.mailId)]) ?? []),
        ...(snapshot?.tickets.map((l) => ['tickets', String(l.typeId)]) ?? []),
        'cash',
      ]);
    } catch {
      return;
    }
    const input = counts({ ...form.getFieldsValue(true), ...values } as AckValues);
    if (!input) return;
    acknowledge.clearError();
    const answer = await review.run({ handoverId: handover.id, ...input });
    if (answer) setReviewed(answer.differences);
  }

  async function sign(values: AckValues) {
    if (reviewed === null) return runReview();
    const input = counts(values);
    if (!input) return;
    const signing = {
      handoverId: handover.id,
      ...input,
      countersign: { userId: handover.toId, secret: values.secret },
      reviewedDifferences: reviewed.length,
      reviewed: reviewed.map(({ section, label, expected, counted }) => ({
        section,
        label,
        expected,
        counted,
      })),
      ...(restrictedPasses
        ? { restrictedCountersign: { userId: values.managerId!, secret: values.managerPin! } }
        : {}),
      note: blank(values.note),
    };
    const done = await acknowledge.run(async () => {
      try {
        return await client.call('handover.acknowledge', signing);
      } catch (failure) {
        // The ledgers moved since the review: it is done again on what they hold now.
        if (isApiError(failure) && failure.code === 'HANDOVER_REVIEW_STALE') setReviewed(null);
        throw failure;
      }
    });
    if (!done) {
      form.setFieldValue('secret', '');
      return;
    }
    message.success(
      t('ack.done', { from: handover.fromName, to: handover.toName, count: done.differenceCount }),
    );
    onDone();
  }
  const signOnce = useOneAtATime(sign);

  const expected = (text: string) => (blind ? '' : ` (${t('ack.expected')} ${text})`);
  const explain = new Map((reviewed ?? []).filter((d) => d.needsExplanation).map((d) => [d.typeId, d]));

  return (
    <div ref={root}>
      <Typography.Title level={3}>
        {t('ack.heading', { from: handover.fromName, to: handover.toName, shift: handover.shiftName })}
      </Typography.Title>
      <Typography.Paragraph>{blind ? t('ack.introBlind') : t('ack.intro')}</Typography.Paragraph>
      <Form<AckValues>
        form={form}
        name="handover-ack"
        layout="vertical"
        requiredMark={false}
        initialValues={{ counted: {}, keys: {}, mail: {}, tickets: {}, ticketNotes: {} }}
        onValuesChange={(changed: Partial<AckValues>) => {
          const onlySigning = Object.keys(changed).every((k) =>
            ['secret', 'note', 'ticketNotes', 'cashNote', 'managerId', 'managerPin'].includes(k),
          );
          if (!onlySigning) setReviewed(null);
        }}
        onFinish={signOnce}
      >
        <Card size="small" title={t('write.items')} className="handover-card">
          <Table
            size="small"
            pagination={false}
            rowKey="name"
            dataSource={view?.items ?? []}
            columns={[
              { key: 'name', title: t('print.name'), dataIndex: 'name' },
              ...(blind ? [] : [{ key: 'declared', title: t('ack.declared'), dataIndex: 'count' }]),
              {
                key: 'counted',
                title: t('ack.counted'),
                render: (_, i) => (
                  <Form.Item name={['counted', i.name]} rules={countRules} className="handover-cell">
                    <Input inputMode="numeric" aria-label={`${i.name} ${t('ack.counted')}`} />
                  </Form.Item>
                ),
              },
            ]}
          />
        </Card>
        <Card size="small" title={t('write.keys')} className="handover-card">
          {snapshot?.keys.map((k) => (
            <Form.Item
              key={`${k.keyId}-${k.copyNo}`}
              name={['keys', `${k.keyId}-${k.copyNo}`]}
              label={`${keyLabel(k)} · ${keyWhere(k)}`}
              rules={answerRules}
              className="handover-check"
            >
              <Radio.Group
                aria-label={`${keyLabel(k)} ${t('ack.check')}`}
                options={[
                  { value: true, label: t('ack.seen') },
                  { value: false, label: t('ack.missing') },
                ]}
              />
            </Form.Item>
          ))}
        </Card>
        <Card size="small" title={t('write.mail')} className="handover-card">
          {snapshot?.mail.length === 0 && (
            <Typography.Text type="secondary">{t('write.noMail')}</Typography.Text>
          )}
          {snapshot?.mail.map((m) => {
            const label = `${m.recipient} ${t(`mailKind.${m.kind}`)} × ${m.count}`;
            return (
              <Form.Item
                key={m.mailId}
                name={['mail', String(m.mailId)]}
                label={label}
                rules={answerRules}
                className="handover-check"
              >
                <Radio.Group
                  aria-label={`${label} ${t('ack.check')}`}
                  options={[
                    { value: true, label: t('ack.seen') },
                    { value: false, label: t('ack.missing') },
                  ]}
                />
              </Form.Item>
            );
          })}
        </Card>
        <Card size="small" title={t('write.tickets')} className="handover-card">
          <Table
            size="small"
            pagination={false}
            rowKey="typeId"
            dataSource={snapshot?.tickets ?? []}
            columns={[
              { key: 'name', title: t('print.name'), dataIndex: 'name' },
              ...(blind ? [] : [{ key: 'expected', title: t('ack.expected'), dataIndex: 'expected' }]),
              {
                key: 'counted',
                title: t('ack.countedTickets'),
                render: (_, l) => (
                  <Form.Item
                    name={['tickets', String(l.typeId)]}
                    rules={countRules}
                    className="handover-cell"
                  >
                    <Input inputMode="numeric" aria-label={`${l.name} ${t('ack.countedTickets')}`} />
                  </Form.Item>
                ),
              },
            ]}
          />
          <Form.Item
            name="cash"
            label={`${t('ack.cashCounted')}${expected(formatFen(snapshot?.cashExpectedFen ?? 0))}`}
            rules={[{ required: true, message: t('ack.uncounted') }]}
          >
            <Input inputMode="decimal" className="handover-pin" />
          </Form.Item>
        </Card>
        <Card size="small" title={t('write.openTasks')} className="handover-card">
          <OpenTasks tasks={snapshot?.openTasks ?? []} onChanged={() => void reload()} />
          {view?.notes && (
            <Typography.Paragraph>
              {t('write.notes')}: {view.notes}
            </Typography.Paragraph>
          )}
        </Card>
        {reviewed !== null && (
          <section aria-label={t('ack.summary')} className="handover-card" ref={summary}>
            <Typography.Title level={4}>{t('ack.summary')}</Typography.Title>
            <Typography.Paragraph strong>
              {t('ack.differenceCount', { count: reviewed.length })}
            </Typography.Paragraph>
            {reviewed.length > 0 && (
              <Table<ReviewedDifference>
                size="small"
                pagination={false}
                rowKey={(d) => `${d.section}:${d.label}`}
                dataSource={reviewed}
                columns={[
                  { key: 'section', title: t('ack.section'), render: (_, d) => t(`section.${d.section}`) },
                  { key: 'label', title: t('print.name'), dataIndex: 'label' },
                  { key: 'expected', title: t('ack.expected'), dataIndex: 'expected' },
                  { key: 'counted', title: t('ack.counted'), dataIndex: 'counted' },
                ]}
              />
            )}
            {[...explain.values()].map((d) =>
              d.section === 'cash' ? (
                <Form.Item
                  key="cash"
                  name="cashNote"
                  label={`${d.label} ${t('ack.explanation')}`}
                  rules={requiredText(t('ack.explain'))}
                >
                  <Input maxLength={200} />
                </Form.Item>
              ) : (
                <Form.Item
                  key={d.typeId}
                  name={['ticketNotes', String(d.typeId)]}
                  label={`${d.label} ${t('ack.explanation')}`}
                  rules={requiredText(t('ack.explain'))}
                >
                  <Input maxLength={200} />
                </Form.Item>
              ),
            )}
            {restrictedPasses && (
              <div className="handover-dialog-row">
                <Form.Item
                  name="managerId"
                  label={t('ack.restrictedManager')}
                  rules={required(t('common:form.required'))}
                >
                  <Select options={managers.map((p) => ({ value: p.id, label: p.name }))} />
                </Form.Item>
                <CountersignPin
                  name="managerPin"
                  label={t('ack.restrictedPin')}
                  rules={required(t('common:form.required'))}
                  personField="managerId"
                />
              </div>
            )}
            <Form.Item name="note" label={t('ack.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <CountersignPin
              name="secret"
              label={t('ack.pin', { name: handover.toName })}
              rules={required(t('common:form.required'))}
              personId={handover.toId}
              inputClassName="handover-pin"
            />
          </section>
        )}
        <ErrorAlert from={[review, acknowledge, viewAnswer, snapshotAnswer]} />
        <div ref={buttons} className="handover-buttons">
          <Space>
            {reviewed === null ? (
              <Button type="primary" onClick={() => void runReview()} loading={review.busy}>
                {t('ack.review')}
              </Button>
            ) : (
              <Button type="primary" htmlType="submit" loading={acknowledge.busy}>
                {t('ack.submit')}
              </Button>
            )}
            {onEdit && view && <Button onClick={() => onEdit(view)}>{t('write.edit')}</Button>}
            <Button onClick={() => onPrint(handover.id)}>{t('log.view')}</Button>
          </Space>
        </div>
      </Form>
    </div>
  );
}

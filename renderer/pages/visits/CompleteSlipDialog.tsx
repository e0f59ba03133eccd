import { Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CountersignPin } from '../../components/CountersignPin';
import { VISIT_OUTCOMES, type VisitView } from '../../../shared/contract/visits';
import { DialogForm } from '../../components/DialogForm';
import { useClient, useSession } from '../../desk/DeskContext';
import { useToast } from '../../hooks/useToast';
import { wholeNumber, wholeNumberRule } from './fieldRules';

interface SlipValues {
  channel: string;
  intentLayout?: string;
  intentAreaSqm?: string;
  budgetWan?: string;
  outcome?: (typeof VISIT_OUTCOMES)[number];
  reason?: string;
  secret?: string;
}

/**
 * The receiving consultant completes their own visitor slip (来人条, 000:691, 004:243): the
 * channel as the customer tells it, the intent, the outcome; the leaving time is the one recorded,
 * else now. At someone else's session (the desk PC) the consultant types their own PIN here. A
 * slip already completed changes only with a reason (the service keeps every entry).
 */
export function CompleteSlipDialog({
  visit,
  channels,
  onClose,
  onSaved,
}: {
  visit: VisitView;
  channels: string[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const message = useToast();
  const me = useSession((s) => s.user?.id);
  const atTheirOwnSession = me === visit.consultantId;
  const correcting = visit.slip !== null;
  const slip = visit.slip;
  const known = channels.includes(visit.channel) ? channels : [visit.channel, ...channels];

  async function save(v: SlipValues) {
    const area = wholeNumber(v.intentAreaSqm);
    const budget = wholeNumber(v.budgetWan);
    await client.call('visits.completeSlip', {
      visitId: visit.id,
      channel: v.channel,
      outcome: v.outcome!,
      ...(v.intentLayout?.trim() ? { intentLayout: v.intentLayout.trim() } : {}),
      ...(area !== undefined ? { intentAreaSqm: area } : {}),
      ...(budget !== undefined ? { intentBudgetFen: budget * 1_000_000 } : {}),
      ...(correcting && v.reason?.trim() ? { reason: v.reason.trim() } : {}),
      ...(!atTheirOwnSession && v.secret
        ? { countersign: { userId: visit.consultantId, secret: v.secret } }
        : {}),
    });
    message.success(t('visits.complete.saved', { name: visit.customer.name }));
    onSaved();
  }

  const numberRule = wholeNumberRule(1, 100_000, t('visits.complete.wholeNumber'), false);
  return (
    <DialogForm<SlipValues>
      name="completeSlip"
      open
      title={t('visits.complete.title', { name: visit.customer.name, consultant: visit.consultantName })}
      submitText={t('visits.complete.save')}
      onCancel={onClose}
      onSubmit={save}
      initialValues={{
        channel: slip?.channel ?? visit.channel,
        intentLayout: (slip ?? visit).intentLayout ?? undefined,
        intentAreaSqm: (slip ?? visit).intentAreaSqm?.toString(),
        budgetWan:
          ((slip ?? visit).intentBudgetFen ?? 0) > 0
            ? String(Math.round((slip ?? visit).intentBudgetFen! / 1_000_000))
            : undefined,
        ...(visit.outcome ? { outcome: visit.outcome } : {}),
      }}
    >
      <Space wrap align="start">
        <Form.Item name="channel" label={t('visits.complete.channel')} rules={[{ required: true }]}>
          <Select className="walk-in-select" options={known.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item
          name="outcome"
          label={t('visits.complete.outcome')}
          rules={[{ required: true, message: t('form.required') }]}
        >
          <Select
            className="walk-in-select"
            options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`visits.outcome.${o}`) }))}
          />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="intentLayout" label={t('visits.walkIn.layout')} rules={[{ max: 40 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="intentAreaSqm" label={t('visits.walkIn.area')} rules={[numberRule]}>
          <Input autoComplete="off" inputMode="numeric" className="party-size-input" />
        </Form.Item>
        <Form.Item name="budgetWan" label={t('visits.walkIn.budget')} rules={[numberRule]}>
          <Input autoComplete="off" inputMode="numeric" className="party-size-input" />
        </Form.Item>
      </Space>
      {correcting && (
        <Form.Item
          name="reason"
          label={t('visits.complete.reason')}
          extra={t('visits.complete.reasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: 200 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      )}
      {!atTheirOwnSession && (
        <CountersignPin
          name="secret"
          label={t('visits.complete.pinOf', { name: visit.consultantName })}
          help={t('visits.complete.pinHelp')}
          rules={[{ required: true, message: t('form.required') }]}
          personId={visit.consultantId}
        />
      )}
    </DialogForm>
  );
}

import { Alert, Button, Form, Input, Select, Space } from 'antd';
import { memo, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../shared/contract/visits';
import type { OutputOf } from '../../../shared/contract';
import { isErrorCode } from '../../../shared/domain/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useClient } from '../../desk/DeskContext';
import { SHOW_BUSY_AFTER_MS, useCall } from '../../hooks/useCall';
import { clearFields } from '../../hooks/clearFields';
import { sendIfCertain, submitCaptureIfCertain } from '../../hooks/sendIfCertain';
import { useOneAtATime } from '../../hooks/useOneAtATime';
import { useToast } from '../../hooks/useToast';
import { nameMatches, phoneRule, wholeNumber, wholeNumberRule } from './fieldRules';
import {
  AREA_SQM,
  BUDGET_WAN,
  certainlyAccepted,
  NAME_MAX,
  NONE,
  PARTY,
  WALK_IN_START,
  type WalkInValues,
} from './walkInSlip';

/**
 * The walk-in slip, built for the keyboard: the caret starts in the phone field, every field
 * has a default but the name, Enter submits. Who receives is shown before submitting, and the
 * submission names that consultant, so a queue that moved meanwhile is refused, not misrouted.
 */
export function WalkInForm(props: {
  consultants: { id: number; name: string }[];
  channels: string[];
  onRecorded: (result: OutputOf<'visits.record'>) => void;
  /** Changes whenever the rotation changes, so the proposal is asked again. */
  rotationKey: string;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const message = useToast();
  const [form] = Form.useForm<WalkInValues>();
  const phone = Form.useWatch('phone', form);
  const named = Form.useWatch('namedConsultantId', form);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const record = useCall('visits.record', { busyAfterMs: SHOW_BUSY_AFTER_MS });
  // The consultant list: Enter picks while it is open and submits the slip once it is closed.
  const [namedOpen, setNamedOpen] = useState(false);
  // The name last filled in from a recognised phone: the desk's own typing is never overwritten.
  const filledName = useRef('');
  const [phoneFocus, setPhoneFocus] = useState(0);
  useLayoutEffect(() => {
    if (phoneFocus > 0) form.getFieldInstance('phone')?.focus();
  }, [form, phoneFocus]);

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      client
        .call('visits.propose', {
          ...(phone ? { phone } : {}),
          ...(named ? { namedConsultantId: named } : {}),
        })
        .then((p) => {
          if (!current) return;
          setProposal(p);
          const known = p.customer?.name;
          const typed = form.getFieldValue('customerName') as string | undefined;
          if (known && !p.customer?.anonymised && (!typed || typed === filledName.current)) {
            form.setFieldValue('customerName', known);
            filledName.current = known;
          }
        })
        .catch(() => undefined); // the proposal is a hint; recording reports refusals itself
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, form, phone, named, props.rotationKey]);

  // One slip at a time, however often Enter is pressed before the answer; Enter in the closed
  // consultant list submits too (the fields are memoised: the handler stays the same function).
  const submitOnce = useOneAtATime(submit);
  const submitOnEnter = useCallback(() => {
    if (!sendIfCertain(form, certainlyAccepted, submitOnce)) form.submit();
  }, [form, submitOnce]);

  async function submit(values: WalkInValues) {
    const area = wholeNumber(values.intentAreaSqm);
    const budgetWan = wholeNumber(values.budgetWan);
    const result = await record.run({
      customerName: values.customerName,
      ...(values.phone ? { phone: values.phone } : {}),
      ...(values.namedConsultantId ? { namedConsultantId: values.namedConsultantId } : {}),
      ...(proposal?.consultant ? { expectedConsultantId: proposal.consultant.id } : {}),
      channel: values.channel,
      partySize: wholeNumber(values.partySize) ?? 1,
      ...(values.intentLayout ? { intentLayout: values.intentLayout } : {}),
      ...(area !== undefined ? { intentAreaSqm: area } : {}),
      ...(budgetWan !== undefined ? { intentBudgetFen: budgetWan * 1_000_000 } : {}),
      ...(values.notes ? { notes: values.notes } : {}),
    });
    if (!result) return;
    message.success(
      t('visits.walkIn.recorded', {
        customer: result.visit.customer.name,
        name: result.visit.consultantName,
      }),
    );
    if (result.disputeId !== null) message.warning(t('visits.walkIn.disputeRaised'));
    clearFields(form, WALK_IN_START(props.channels));
    filledName.current = '';
    // The caret goes back to the phone once the cleared slip and the new row are drawn (the same
    // task): focusing now would lay out the page as it was, once more than needed.
    setPhoneFocus((n) => n + 1);
    props.onRecorded(result);
  }

  const refusal = proposal?.refusal;
  return (
    <Form<WalkInValues>
      name="walkIn"
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={WALK_IN_START(props.channels)}
      onFinish={submitOnce}
      onSubmitCapture={submitCaptureIfCertain(form, certainlyAccepted, submitOnce)}
      className="walk-in-form"
    >
      <div role="status" aria-live="polite" className="walk-in-proposal">
        {proposal?.consultant ? (
          <Alert
            type={proposal.disputes ? 'warning' : 'info'}
            showIcon
            title={
              <strong className="walk-in-receiver">
                {t('visits.walkIn.receives', { name: proposal.consultant.name })}
                {proposal.chosenBy ? ` · ${t(`visits.chosenBy.${proposal.chosenBy}`)}` : ''}
              </strong>
            }
            description={[
              proposal.customer &&
                (proposal.customer.ownerName
                  ? t('visits.walkIn.knownCustomer', {
                      name: proposal.customer.name,
                      owner: proposal.customer.ownerName,
                    })
                  : t('visits.walkIn.knownUnowned', { name: proposal.customer.name })),
              proposal.ownerOffDuty && t('visits.walkIn.ownerOffDuty'),
              proposal.ownershipQuestion && t('visits.walkIn.ownershipQuestion'),
              proposal.disputes && t('visits.walkIn.willDispute'),
            ]
              .filter(Boolean)
              .join('；')}
          />
        ) : refusal ? (
          <Alert
            type="error"
            showIcon
            title={t('visits.walkIn.nobody')}
            description={
              isErrorCode(refusal.code) ? t(`errors:${refusal.code}`, refusal.params) : refusal.code
            }
          />
        ) : null}
      </div>
      <WalkInFields
        onEnter={submitOnEnter}
        consultants={props.consultants}
        channels={props.channels}
        namedOpen={namedOpen}
        onNamedOpen={setNamedOpen}
      />
      <ErrorAlert error={record.error} onClose={record.clearError} />
      <Button type="primary" htmlType="submit" loading={record.busy}>
        {t('visits.walkIn.submit')}
      </Button>
    </Form>
  );
}

/**
 * The slip's fields. Memoised: typing re-renders the form (the proposal follows the phone) but
 * not its ten fields, each of which antd re-renders and measures; each field still follows its
 * own value through the form store.
 */
const WalkInFields = memo(function WalkInFields({
  onEnter,
  consultants,
  channels,
  namedOpen,
  onNamedOpen,
}: {
  /** Enter in the closed consultant list: the slip is submitted. */
  onEnter: () => void;
  consultants: { id: number; name: string }[];
  channels: string[];
  namedOpen: boolean;
  onNamedOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const setNamedOpen = onNamedOpen;
  return (
    <>
      <Space wrap align="start">
        <Form.Item
          name="phone"
          label={t('visits.walkIn.phone')}
          extra={t('visits.walkIn.phoneHelp')}
          rules={[phoneRule(t('visits.walkIn.phoneInvalid'))]}
        >
          <Input autoFocus autoComplete="off" inputMode="tel" />
        </Form.Item>
        <Form.Item
          name="customerName"
          label={t('visits.walkIn.name')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }, { max: NAME_MAX }]}
        >
          <Input autoComplete="off" placeholder={t('visits.walkIn.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="namedConsultantId" label={t('visits.walkIn.dealtWith')}>
          <Select
            className="walk-in-select"
            open={namedOpen}
            onOpenChange={setNamedOpen}
            showSearch={{
              filterOption: (typed, option) => nameMatches(String(option?.label ?? ''), typed),
            }}
            onKeyDown={(e) => {
              // The list would open on Enter; closed, Enter submits like in every other field.
              if (e.key !== 'Enter' || namedOpen) return;
              setNamedOpen(false);
              onEnter();
            }}
            options={[
              { value: NONE, label: t('visits.walkIn.dealtWithNone') },
              ...consultants.map((c) => ({ value: c.id, label: c.name })),
            ]}
          />
        </Form.Item>
        <Form.Item name="channel" label={t('visits.walkIn.channel')}>
          <Select className="walk-in-select" options={channels.map((c) => ({ value: c, label: c }))} />
        </Form.Item>
        <Form.Item
          name="partySize"
          label={t('visits.walkIn.partySize')}
          rules={[wholeNumberRule(PARTY.min, PARTY.max, t('visits.walkIn.partySizeInvalid'))]}
        >
          <Input autoComplete="off" inputMode="numeric" className="party-size-input" />
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name="intentLayout" label={t('visits.walkIn.layout')}>
          <Input autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="intentAreaSqm"
          label={t('visits.walkIn.area')}
          rules={[wholeNumberRule(AREA_SQM.min, AREA_SQM.max, t('visits.walkIn.areaInvalid'), false)]}
        >
          <Input autoComplete="off" inputMode="numeric" className="party-size-input" />
        </Form.Item>
        <Form.Item
          name="budgetWan"
          label={t('visits.walkIn.budget')}
          rules={[wholeNumberRule(BUDGET_WAN.min, BUDGET_WAN.max, t('visits.walkIn.budgetInvalid'), false)]}
        >
          <Input autoComplete="off" inputMode="numeric" className="party-size-input" />
        </Form.Item>
        <Form.Item name="notes" label={t('visits.walkIn.notes')}>
          <Input autoComplete="off" maxLength={500} />
        </Form.Item>
      </Space>
    </>
  );
});

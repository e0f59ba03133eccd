import { Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { VISIT_OUTCOMES, type VisitView } from '../../../shared/contract/visits';
import { DialogForm } from '../../components/DialogForm';
import { requiredWhen } from '../../hooks/requiredWhen';

export interface VisitAmendment {
  outcome?: (typeof VISIT_OUTCOMES)[number];
  note?: string;
  reason?: string;
}

/**
 * Appends to a visit's slip (来人条): a note, or an outcome that corrects the recorded one. The
 * slip is never overwritten — the service keeps each amendment as its own entry and refuses a
 * changed outcome without a reason; the form asks for the reason up front.
 */
export function AmendVisitDialog({
  visit,
  onCancel,
  onSave,
}: {
  visit: VisitView;
  onCancel: () => void;
  onSave: (amendment: VisitAmendment) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VisitAmendment>();
  // Whether an outcome corrects the recorded one, asked of the values when they are checked and
  // sent: the form learns of a pick on a timer, so a quick click on the button can come before
  // the reason field is drawn.
  const corrects = (chosen: VisitAmendment['outcome'] | null | undefined) =>
    visit.outcome !== null && chosen != null && chosen !== visit.outcome;
  const correcting = corrects(Form.useWatch('outcome', form));
  return (
    <DialogForm<VisitAmendment>
      name="amendVisit"
      form={form}
      open
      title={t('visits.today.amendTitle', { name: visit.customer.name })}
      submitText={t('visits.today.amendSave')}
      onCancel={onCancel}
      onSubmit={(v) =>
        onSave({
          ...(v.outcome && v.outcome !== visit.outcome ? { outcome: v.outcome } : {}),
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          ...(corrects(v.outcome) && v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        })
      }
    >
      <Form.Item name="outcome" label={t('visits.today.outcome')}>
        <Select
          autoFocus
          allowClear
          placeholder={visit.outcome ? t(`visits.outcome.${visit.outcome}`) : t('visits.today.setOutcome')}
          options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`visits.outcome.${o}`) }))}
        />
      </Form.Item>
      {/* Hidden rather than left out while not correcting: a hidden field is still checked. */}
      <Form.Item
        name="reason"
        label={t('visits.today.amendReason')}
        hidden={!correcting}
        rules={[
          requiredWhen((value) => corrects(value('outcome') as VisitAmendment['outcome']), {
            text: true,
            message: t('form.required'),
          }),
        ]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="note" label={t('visits.today.amendNote')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 5 }} />
      </Form.Item>
    </DialogForm>
  );
}

import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VisitView } from '../../../shared/contract/visits';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { trimmedText } from '../../hooks/trimmedText';

/**
 * A make-up turn for the consultant whose rotation visitor turned out to be market research. The
 * reason goes on the record, so it is asked as the main process counts it (two characters once
 * trimmed) and told beside the field; a refusal (the turn already given) is shown in the dialog.
 */
export function GrantMakeupDialog({
  visit,
  onClose,
  onGranted,
}: {
  visit: VisitView | null;
  onClose: () => void;
  onGranted: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  async function grant({ reason }: { reason: string }) {
    if (!visit) return;
    await client.call('rotation.grantMakeup', { visitId: visit.id, reason });
    onGranted();
  }
  return (
    <DialogForm<{ reason: string }>
      name="grantMakeup"
      title={t('visits.today.makeupOf', { name: visit?.consultantName ?? '' })}
      open={visit !== null}
      submitText={t('visits.today.makeup')}
      onCancel={onClose}
      onSubmit={grant}
    >
      <Form.Item
        name="reason"
        label={t('visits.today.makeupReason')}
        rules={[
          trimmedText({ required: true, whitespace: true, min: 2, message: t('people:reasonRequired') }),
        ]}
      >
        <Input autoComplete="off" maxLength={200} />
      </Form.Item>
    </DialogForm>
  );
}

import { useTranslation } from 'react-i18next';
import type { AttendanceDay } from '../../../shared/contract/attendance';
import type { PunchKind } from '../../../shared/domain/vocab';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { PersonPinFields } from './PersonPinFields';

interface PunchValues {
  userId: number;
  secret: string;
}

/**
 * 签到 / 签退 (000:705): the person clocking picks their name and types their own PIN. Someone
 * else's PIN is refused (代签), and the dialog says so.
 */
export function PunchDialog({
  kind,
  userId,
  onCancel,
  onDone,
}: {
  /** Open with this kind; closed when null. */
  kind: PunchKind | null;
  /** The person of the row the dialog was opened from; the caret then starts in the PIN. */
  userId?: number;
  onCancel: () => void;
  onDone: (day: AttendanceDay) => void;
}) {
  const { t } = useTranslation('people');
  const client = useClient();
  async function submit(v: PunchValues) {
    const input = { userId: v.userId, secret: v.secret };
    const day = await client.call(kind === 'out' ? 'attendance.clockOut' : 'attendance.clockIn', input);
    onDone(day);
  }
  return (
    <DialogForm<PunchValues>
      key={`${kind ?? ''}-${userId ?? ''}`}
      name="punch"
      title={kind === 'out' ? t('attendance.clockOut') : t('attendance.clockIn')}
      open={kind !== null}
      submitText={kind === 'out' ? t('attendance.clockOut') : t('attendance.clockIn')}
      focusPicker={userId === undefined}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={userId !== undefined ? { userId } : {}}
    >
      <PersonPinFields personLabel={t('attendance.person')} pinLabel={t('ownPin')} />
      <p className="field-help">{t('attendance.ownPinRule')}</p>
    </DialogForm>
  );
}

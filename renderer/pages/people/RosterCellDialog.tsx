import { Checkbox, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RosterMonth } from '../../../shared/contract/roster';
import type { RosterDuty } from '../../../shared/domain/vocab';
import { DialogForm } from '../../components/DialogForm';
import { useClient } from '../../desk/DeskContext';
import { CountersignFields, countersignOf } from '../tickets/CountersignFields';

type Person = RosterMonth['people'][number];

interface CellValues {
  dates: string[];
  duty: RosterDuty;
  shift?: string;
  lunchCover: boolean;
  countersignUserId?: number;
  countersignSecret?: string;
}

/**
 * Sets one person's roster for one or more dates of the month: a shift (and whether they stay at
 * the counter over lunch), a rest day, or nothing. Two rest days in a row set by the deputy take
 * the project manager's PIN here (000:741).
 */
export function RosterCellDialog({
  month,
  at,
  onCancel,
  onDone,
}: {
  month: RosterMonth;
  /** The cell the dialog was opened from; closed when null. */
  at: { person: Person; date: string } | null;
  onCancel: () => void;
  onDone: (month: RosterMonth) => void;
}) {
  const { t } = useTranslation('people');
  const client = useClient();
  const cell = at?.person.cells.find((c) => c.date === at.date);
  async function submit(v: CellValues) {
    if (!at) return;
    const countersign = countersignOf(v);
    const answer = await client.call('roster.set', {
      month: month.month,
      entries: v.dates.map((date) => ({
        userId: at.person.userId,
        date,
        duty: v.duty,
        ...(v.duty === 'shift' ? { shift: v.shift } : {}),
        lunchCover: v.duty === 'shift' && v.lunchCover,
      })),
      ...(countersign ? { countersign } : {}),
    });
    onDone(answer);
  }
  return (
    <DialogForm<CellValues>
      key={at ? `${at.person.userId}-${at.date}` : ''}
      name="rosterCell"
      title={at ? t('roster.cellTitle', { name: at.person.name }) : ''}
      open={at !== null}
      submitText={t('roster.save')}
      onCancel={onCancel}
      onSubmit={submit}
      initialValues={{
        dates: at ? [at.date] : [],
        duty: cell?.duty ?? 'shift',
        shift: cell?.shift?.name ?? month.shifts[0]?.name,
        lunchCover: cell?.lunchCover ?? false,
      }}
    >
      <Form.Item
        name="dates"
        label={t('roster.dates')}
        rules={[{ required: true, message: t('roster.datesRequired') }]}
      >
        <Select
          mode="multiple"
          options={month.days.map((d) => ({
            value: d.date,
            label: `${d.date.slice(5)} ${t(`weekday.${d.weekday}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="duty" label={t('roster.duty')}>
        <Radio.Group
          options={(['shift', 'rest', 'clear'] as const).map((d) => ({ value: d, label: t(`duty.${d}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['duty']}>
        {({ getFieldValue }) => {
          const duty = getFieldValue('duty') as RosterDuty;
          return (
            <>
              {duty === 'shift' && (
                <>
                  <Form.Item
                    name="shift"
                    label={t('attendance.shift')}
                    rules={[{ required: true, message: t('roster.shiftRequired') }]}
                  >
                    <Select
                      options={month.shifts.map((s) => ({
                        value: s.name,
                        label: `${s.name} ${s.start}–${s.end}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name="lunchCover" valuePropName="checked">
                    <Checkbox>{t('roster.lunchCover')}</Checkbox>
                  </Form.Item>
                </>
              )}
              {duty === 'rest' && (
                <>
                  <p className="field-help">{t('roster.restRule')}</p>
                  <CountersignFields
                    roles={['manager']}
                    required={false}
                    personLabel={t('roster.approver')}
                    pinLabel={t('roster.approverPin')}
                  />
                </>
              )}
            </>
          );
        }}
      </Form.Item>
    </DialogForm>
  );
}

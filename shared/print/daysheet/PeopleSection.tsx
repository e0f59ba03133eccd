import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { clock } from './format';
import { figure, SheetTable, text, type SheetColumn } from './SheetTable';

type Attendance = DaySheet['people']['attendance'][number];
type Outing = DaySheet['people']['outings'][number];
interface CheckLine {
  kind: string;
  signedBy: string;
  at: string | null;
  item: string;
  ticked: boolean;
  note: string;
}

/**
 * The people part of the printed sheet (出勤, 外出登记, 开/闭店检查), from the same DaySheet
 * data as the .xlsx's 出勤 sheet.
 */
export function PeopleSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const p = sheet.people;
  const attendance: SheetColumn<Attendance>[] = [
    text('person', (a) => a.name),
    text('shift', (a) => a.shift ?? ''),
    text('clockIn', (a) => clock(a.in)),
    text('clockOut', (a) => clock(a.out)),
    figure('lateMin', (a) => a.lateMinutes || ''),
    figure('earlyMin', (a) => a.earlyMinutes || ''),
    text('dayState', (a) => t(`kinds.dayState.${a.state}`)),
  ];
  const outings: SheetColumn<Outing>[] = [
    text('person', (o) => o.name),
    text('topic', (o) => o.reason),
    text('destination', (o) => o.destination),
    text('leftAt', (o) => clock(o.leftAt)),
    text('expectedBack', (o) => clock(o.expectedBack)),
    text('backAt', (o) => clock(o.backAt)),
    figure('overdueMin', (o) => o.lateMinutes || ''),
    text('approvedBy', (o) => o.approvedBy),
    text('dayState', (o) => t(`kinds.outingState.${o.state}`)),
    figure('standIns', (o) => o.standIns || ''),
  ];
  const lines: CheckLine[] = p.checks.flatMap((c) =>
    c.items.map((i, n) => ({
      kind: n === 0 ? t(`kinds.check.${c.kind}`) : '',
      signedBy: n === 0 ? c.signedBy : '',
      at: n === 0 ? c.at : null,
      item: i.name,
      ticked: i.ticked,
      note: i.note ?? '',
    })),
  );
  const checks: SheetColumn<CheckLine>[] = [
    text('check', (l) => l.kind),
    text('signedBy', (l) => l.signedBy),
    text('time', (l) => clock(l.at)),
    text('item', (l) => l.item),
    text('result', (l) => (l.ticked ? '✓' : t('columns.unticked'))),
    text('explanation', (l) => l.note),
  ];
  return (
    <section>
      <h2>{t('sections.attendance')}</h2>
      <SheetTable columns={attendance} rows={p.attendance} />
      {p.proxyAttempts > 0 && (
        <p>
          {t('columns.proxyAttempts')}: {p.proxyAttempts}
        </p>
      )}
      <h2>{t('sections.outings')}</h2>
      <SheetTable columns={outings} rows={p.outings} />
      <h2>{t('sections.checks')}</h2>
      <SheetTable columns={checks} rows={lines} />
    </section>
  );
}

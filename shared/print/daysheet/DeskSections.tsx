import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { clock, dateTime, sum } from './format';
import { amount, figure, SheetTable, short, text, type SheetColumn } from './SheetTable';

type Visit = DaySheet['visits'][number];
type Call = DaySheet['calls'][number];
type HoldEvent = DaySheet['holdEvents'][number];
type KeyMovement = DaySheet['keys']['movements'][number];
type KeyOut = DaySheet['keys']['out'][number];
type Handover = DaySheet['handovers'][number];

/** The number of rows, shown in the total row under the column after the first. */
function rowCount<T>(rows: readonly T[]): number {
  return rows.length;
}

export function VisitCallSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const newOrReturning = (returning: boolean) => t(returning ? 'doc.returning' : 'doc.newCustomer');
  const visits: SheetColumn<Visit>[] = [
    short('arrived', (v) => clock(v.arrivedAt)),
    short('left', (v) => clock(v.leftAt), rowCount),
    short('customer', (v) => v.customerName),
    short('phone', (v) => v.phone),
    figure(
      'party',
      (v) => v.partySize,
      (rows) => sum(rows, (v) => v.partySize),
    ),
    short('channel', (v) => v.channel),
    short('newOrReturning', (v) => newOrReturning(v.returning)),
    short('consultant', (v) => v.consultantName),
    text('outcome', (v) => (v.outcome ? t(`kinds.outcome.${v.outcome}`) : '')),
  ];
  const calls: SheetColumn<Call>[] = [
    short('time', (c) => clock(c.at)),
    short('caller', (c) => c.callerName, rowCount),
    short('phone', (c) => c.phone),
    short('channel', (c) => c.channel),
    short('newOrReturning', (c) => newOrReturning(c.returning)),
    short('answeredBy', (c) => c.answeredBy),
    text('topic', (c) => c.topic),
    short('invitedFor', (c) => c.invitedFor),
  ];
  return (
    <section>
      <h2>{t('sections.visits')}</h2>
      <SheetTable columns={visits} rows={sheet.visits} />
      <h2>{t('sections.calls')}</h2>
      <SheetTable columns={calls} rows={sheet.calls} />
    </section>
  );
}

export function HoldKeySection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const holdEvents: SheetColumn<HoldEvent>[] = [
    short('time', (e) => clock(e.at)),
    short('unit', (e) => e.unitLabel, rowCount),
    short('event', (e) => t(`kinds.hold.${e.kind}`)),
    short('actor', (e) => e.actorName ?? t('doc.system')),
    short('consultant', (e) => e.consultantName),
    short('customer', (e) => e.customerName),
    short('phone', (e) => e.phone),
    amount('amount', 'amountFen'),
    short('receipt', (e) => e.receiptNo),
  ];
  const movements: SheetColumn<KeyMovement>[] = [
    short('time', (m) => clock(m.at)),
    short('tag', (m) => m.tag),
    text('key', (m) => m.keyName),
    figure('copy', (m) => m.copyNo),
    short('movement', (m) => t(`kinds.key.${m.kind}`)),
    short('holder', (m) => m.holderName),
    short('by', (m) => m.byName),
    text('purpose', (m) => m.purpose ?? m.reason),
  ];
  const out: SheetColumn<KeyOut>[] = [
    short('tag', (k) => k.tag),
    text('key', (k) => k.keyName),
    figure('copy', (k) => k.copyNo),
    short('holder', (k) => k.holderName),
    short('since', (k) => dateTime(k.since)),
    text('overnight', (k) => k.overnightReason),
  ];
  return (
    <section>
      <h2>{t('sections.holds')}</h2>
      <SheetTable columns={holdEvents} rows={sheet.holdEvents} />
      <h2>{t('sections.keys')}</h2>
      <SheetTable columns={movements} rows={sheet.keys.movements} />
      <h3>{t('sections.keysOut')}</h3>
      <SheetTable columns={out} rows={sheet.keys.out} />
    </section>
  );
}

export function HandoverSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const handovers: SheetColumn<Handover>[] = [
    short('shift', (h) => h.shift),
    short('outgoing', (h) => h.fromName),
    short('incoming', (h) => h.toName),
    short('handoverAt', (h) => clock(h.startedAt)),
    short('acknowledged', (h) =>
      h.acknowledged ? `${t('doc.yes')} ${clock(h.acknowledgedAt)}` : t('doc.no'),
    ),
    text('differences', (h) => h.differences.join('; ')),
    text('openTasks', (h) => h.openTasks.join('; ')),
  ];
  return (
    <section>
      <h2>{t('sections.handovers')}</h2>
      <SheetTable columns={handovers} rows={sheet.handovers} />
    </section>
  );
}

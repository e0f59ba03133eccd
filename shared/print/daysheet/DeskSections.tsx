import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { clock, dateTime, sum } from './format';
import { amount, figure, SheetTable, text, type SheetColumn } from './SheetTable';

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
    text('arrived', (v) => clock(v.arrivedAt)),
    text('left', (v) => clock(v.leftAt), rowCount),
    text('customer', (v) => v.customerName),
    text('phone', (v) => v.phone),
    figure(
      'party',
      (v) => v.partySize,
      (rows) => sum(rows, (v) => v.partySize),
    ),
    text('channel', (v) => v.channel),
    text('newOrReturning', (v) => newOrReturning(v.returning)),
    text('consultant', (v) => v.consultantName),
    text('outcome', (v) => (v.outcome ? t(`kinds.outcome.${v.outcome}`) : '')),
  ];
  const calls: SheetColumn<Call>[] = [
    text('time', (c) => clock(c.at)),
    text('caller', (c) => c.callerName, rowCount),
    text('phone', (c) => c.phone),
    text('channel', (c) => c.channel),
    text('newOrReturning', (c) => newOrReturning(c.returning)),
    text('answeredBy', (c) => c.answeredBy),
    text('topic', (c) => c.topic),
    text('invitedFor', (c) => c.invitedFor),
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
    text('time', (e) => clock(e.at)),
    text('unit', (e) => e.unitLabel, rowCount),
    text('event', (e) => t(`kinds.hold.${e.kind}`)),
    text('actor', (e) => e.actorName ?? t('doc.system')),
    text('consultant', (e) => e.consultantName),
    text('customer', (e) => e.customerName),
    text('phone', (e) => e.phone),
    amount('amount', 'amountFen'),
    text('receipt', (e) => e.receiptNo),
  ];
  const movements: SheetColumn<KeyMovement>[] = [
    text('time', (m) => clock(m.at)),
    text('tag', (m) => m.tag),
    text('key', (m) => m.keyName),
    figure('copy', (m) => m.copyNo),
    text('movement', (m) => t(`kinds.key.${m.kind}`)),
    text('holder', (m) => m.holderName),
    text('by', (m) => m.byName),
    text('purpose', (m) => m.purpose ?? m.reason),
  ];
  const out: SheetColumn<KeyOut>[] = [
    text('tag', (k) => k.tag),
    text('key', (k) => k.keyName),
    figure('copy', (k) => k.copyNo),
    text('holder', (k) => k.holderName),
    text('since', (k) => dateTime(k.since)),
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
    text('shift', (h) => h.shift),
    text('outgoing', (h) => h.fromName),
    text('incoming', (h) => h.toName),
    text('handoverAt', (h) => clock(h.startedAt)),
    text('acknowledged', (h) =>
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

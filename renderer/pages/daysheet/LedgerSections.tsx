import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_FEN, type DaySheet } from '../../../shared/contract/exports';
import { clock, dateTime, money, sum } from './format';
import { SheetTable } from './SheetTable';

type Props = { sheet: DaySheet };

function useWords() {
  const { t } = useTranslation('daysheet');
  const col = (key: string, numeric = false) => ({ label: t(`columns.${key}`), numeric });
  return { t, col };
}

export function TicketSection({ sheet }: Props) {
  const { t, col } = useWords();
  const lines = sheet.tickets;
  const counts = sheet.close?.ticketCounts ?? [];
  return (
    <section>
      <h2>{t('sections.tickets')}</h2>
      <SheetTable
        columns={[
          col('type'),
          col('price', true),
          col('opening', true),
          col('received', true),
          col('sold', true),
          col('voided', true),
          col('returned', true),
          col('adjusted', true),
          col('closing', true),
          col('sales', true),
          col('cashSales', true),
        ]}
        rows={lines.map((l) => [
          l.name,
          money(l.priceFen),
          l.opening,
          l.received,
          l.sold,
          l.voided,
          l.returned,
          l.adjusted,
          l.closing,
          money(l.salesFen),
          money(l.cashSalesFen),
        ])}
        total={[
          undefined,
          sum(lines, (l) => l.opening),
          sum(lines, (l) => l.received),
          sum(lines, (l) => l.sold),
          sum(lines, (l) => l.voided),
          sum(lines, (l) => l.returned),
          sum(lines, (l) => l.adjusted),
          sum(lines, (l) => l.closing),
          money(sum(lines, (l) => l.salesFen)),
          money(sum(lines, (l) => l.cashSalesFen)),
        ]}
      />
      {sheet.close && (
        <>
          <h3>{t('sections.counts')}</h3>
          <SheetTable
            columns={[col('type'), col('expected', true), col('counted', true), col('difference', true)]}
            rows={counts.map((c) => [c.name, c.expected, c.counted, c.counted - c.expected])}
          />
        </>
      )}
    </section>
  );
}

export function CashSection({ sheet }: Props) {
  const { t, col } = useWords();
  const holders = sheet.cash.holders;
  const pieces = new Map((sheet.close?.cashByDenomination ?? []).map((d) => [d.denominationFen, d.pieces]));
  const total = (pick: (h: (typeof holders)[number]) => number) => money(sum(holders, pick));
  return (
    <section>
      <h2>{t('sections.cash')}</h2>
      <SheetTable
        columns={[
          col('holder'),
          col('opening', true),
          col('salesIn', true),
          col('voidsOut', true),
          col('transfersIn', true),
          col('transfersOut', true),
          col('toCashier', true),
          col('variance', true),
          col('closing', true),
        ]}
        rows={holders.map((h) => [
          h.name,
          money(h.openingFen),
          money(h.salesFen),
          money(h.voidsFen),
          money(h.transfersInFen),
          money(h.transfersOutFen),
          money(h.toCashierFen),
          money(h.varianceFen),
          money(h.closingFen),
        ])}
        total={[
          total((h) => h.openingFen),
          total((h) => h.salesFen),
          total((h) => h.voidsFen),
          total((h) => h.transfersInFen),
          total((h) => h.transfersOutFen),
          total((h) => h.toCashierFen),
          total((h) => h.varianceFen),
          total((h) => h.closingFen),
        ]}
      />
      <h3>{t('sections.transfers')}</h3>
      <SheetTable
        columns={[
          col('time'),
          col('kind'),
          col('from'),
          col('to'),
          col('amountExpected', true),
          col('amountPaid', true),
          col('difference', true),
          col('explanation'),
        ]}
        rows={sheet.cash.transfers.map((x) => [
          clock(x.at),
          t(`kinds.transfer.${x.kind}`),
          x.fromName,
          x.toName,
          money(x.expectedFen),
          money(x.amountFen),
          money(x.varianceFen),
          x.explanation,
        ])}
      />
      <h3>{t('sections.denominations')}</h3>
      <SheetTable
        columns={[col('denomination', true), col('pieces', true), col('amount', true)]}
        rows={DENOMINATIONS_FEN.map((d) => [money(d), pieces.get(d) ?? 0, money(d * (pieces.get(d) ?? 0))])}
        total={[
          sum(DENOMINATIONS_FEN, (d) => pieces.get(d) ?? 0),
          money(sum(DENOMINATIONS_FEN, (d) => d * (pieces.get(d) ?? 0))),
        ]}
      />
    </section>
  );
}

export function VisitCallSection({ sheet }: Props) {
  const { t, col } = useWords();
  const yesNo = (returning: boolean) => t(returning ? 'doc.returning' : 'doc.newCustomer');
  return (
    <section>
      <h2>{t('sections.visits')}</h2>
      <SheetTable
        columns={[
          col('arrived'),
          col('left'),
          col('customer'),
          col('phone'),
          col('party', true),
          col('channel'),
          col('newOrReturning'),
          col('consultant'),
          col('outcome'),
        ]}
        rows={sheet.visits.map((v) => [
          clock(v.arrivedAt),
          clock(v.leftAt),
          v.customerName,
          v.phone,
          v.partySize,
          v.channel,
          yesNo(v.returning),
          v.consultantName,
          v.outcome ? t(`kinds.outcome.${v.outcome}`) : '',
        ])}
        total={[sheet.visits.length, undefined, undefined, sum(sheet.visits, (v) => v.partySize)]}
      />
      <h2>{t('sections.calls')}</h2>
      <SheetTable
        columns={[
          col('time'),
          col('caller'),
          col('phone'),
          col('channel'),
          col('newOrReturning'),
          col('answeredBy'),
          col('topic'),
          col('invitedFor'),
        ]}
        rows={sheet.calls.map((c) => [
          clock(c.at),
          c.callerName,
          c.phone,
          c.channel,
          yesNo(c.returning),
          c.answeredBy,
          c.topic,
          c.invitedFor,
        ])}
        total={[sheet.calls.length]}
      />
    </section>
  );
}

export function HoldKeySection({ sheet }: Props) {
  const { t, col } = useWords();
  return (
    <section>
      <h2>{t('sections.holds')}</h2>
      <SheetTable
        columns={[
          col('time'),
          col('unit'),
          col('event'),
          col('actor'),
          col('consultant'),
          col('customer'),
          col('phone'),
          col('amount', true),
          col('receipt'),
        ]}
        rows={sheet.holdEvents.map((e) => [
          clock(e.at),
          e.unitLabel,
          t(`kinds.hold.${e.kind}`),
          e.actorName ?? t('doc.system'),
          e.consultantName,
          e.customerName,
          e.phone,
          money(e.amountFen),
          e.receiptNo,
        ])}
        total={[
          sheet.holdEvents.length,
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          money(sum(sheet.holdEvents, (e) => e.amountFen ?? 0)),
        ]}
      />
      <h2>{t('sections.keys')}</h2>
      <SheetTable
        columns={[
          col('time'),
          col('tag'),
          col('key'),
          col('copy', true),
          col('movement'),
          col('holder'),
          col('by'),
          col('purpose'),
        ]}
        rows={sheet.keys.movements.map((m) => [
          clock(m.at),
          m.tag,
          m.keyName,
          m.copyNo,
          t(`kinds.key.${m.kind}`),
          m.holderName,
          m.byName,
          m.purpose ?? m.reason,
        ])}
      />
      <h3>{t('sections.keysOut')}</h3>
      <SheetTable
        columns={[col('tag'), col('key'), col('copy', true), col('holder'), col('since'), col('overnight')]}
        rows={sheet.keys.out.map((k) => [
          k.tag,
          k.keyName,
          k.copyNo,
          k.holderName,
          dateTime(k.since),
          k.overnightReason,
        ])}
      />
    </section>
  );
}

export function HandoverSection({ sheet }: Props) {
  const { t, col } = useWords();
  return (
    <section>
      <h2>{t('sections.handovers')}</h2>
      <SheetTable
        columns={[
          col('shift'),
          col('outgoing'),
          col('incoming'),
          col('handoverAt'),
          col('acknowledged'),
          col('differences'),
          col('openTasks'),
        ]}
        rows={sheet.handovers.map((h) => [
          h.shift,
          h.fromName,
          h.toName,
          clock(h.startedAt),
          h.acknowledged ? `${t('doc.yes')} ${clock(h.acknowledgedAt)}` : t('doc.no'),
          h.differences.join('; '),
          h.openTasks.join('; '),
        ])}
      />
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_FEN, type DaySheet } from '../../contract/exports';
import { clock, money, sum } from './format';
import { amount, counted, figure, SheetTable, text, type SheetColumn } from './SheetTable';

type Ticket = DaySheet['tickets'][number];
type Holder = DaySheet['cash']['holders'][number];
type Transfer = DaySheet['cash']['transfers'][number];
type TicketCount = NonNullable<DaySheet['close']>['ticketCounts'][number];

const TICKET_COLUMNS: SheetColumn<Ticket>[] = [
  text('type', (l) => l.name),
  figure('price', (l) => money(l.priceFen)),
  counted('opening', 'opening'),
  counted('received', 'received'),
  counted('sold', 'sold'),
  counted('voided', 'voided'),
  counted('returned', 'returned'),
  counted('adjusted', 'adjusted'),
  counted('closing', 'closing'),
  amount('sales', 'salesFen'),
  amount('cashSales', 'cashSalesFen'),
];

const COUNT_COLUMNS: SheetColumn<TicketCount>[] = [
  text('type', (c) => c.name),
  figure('expected', (c) => c.expected),
  figure('counted', (c) => c.counted),
  figure('difference', (c) => c.counted - c.expected),
];

const HOLDER_COLUMNS: SheetColumn<Holder>[] = [
  text('holder', (h) => h.name),
  amount('opening', 'openingFen'),
  amount('salesIn', 'salesFen'),
  amount('voidsOut', 'voidsFen'),
  amount('transfersIn', 'transfersInFen'),
  amount('transfersOut', 'transfersOutFen'),
  amount('toCashier', 'toCashierFen'),
  amount('variance', 'varianceFen'),
  amount('closing', 'closingFen'),
];

export function TicketSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  return (
    <section>
      <h2>{t('sections.tickets')}</h2>
      <SheetTable columns={TICKET_COLUMNS} rows={sheet.tickets} />
      {sheet.close && (
        <>
          <h3>{t('sections.counts')}</h3>
          <SheetTable columns={COUNT_COLUMNS} rows={sheet.close.ticketCounts} />
        </>
      )}
    </section>
  );
}

export function CashSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const pieces = new Map((sheet.close?.cashByDenomination ?? []).map((d) => [d.denominationFen, d.pieces]));
  const piecesOf = (d: number) => pieces.get(d) ?? 0;
  const transfers: SheetColumn<Transfer>[] = [
    text('time', (x) => clock(x.at)),
    text('kind', (x) => t(`kinds.transfer.${x.kind}`)),
    text('from', (x) => x.fromName),
    text('to', (x) => x.toName),
    amount('amountExpected', 'expectedFen', false),
    amount('amountPaid', 'amountFen', false),
    amount('difference', 'varianceFen', false),
    text('explanation', (x) => x.explanation),
  ];
  const denominations: SheetColumn<number>[] = [
    figure('denomination', (d) => money(d)),
    figure('pieces', piecesOf, (all) => sum(all, piecesOf)),
    figure(
      'amount',
      (d) => money(d * piecesOf(d)),
      (all) => money(sum(all, (d) => d * piecesOf(d))),
    ),
  ];
  return (
    <section>
      <h2>{t('sections.cash')}</h2>
      <SheetTable columns={HOLDER_COLUMNS} rows={sheet.cash.holders} />
      <h3>{t('sections.transfers')}</h3>
      <SheetTable columns={transfers} rows={sheet.cash.transfers} />
      <h3>{t('sections.denominations')}</h3>
      <SheetTable columns={denominations} rows={DENOMINATIONS_FEN} />
    </section>
  );
}

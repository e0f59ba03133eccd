import { useTranslation } from 'react-i18next';
import { DENOMINATIONS_FEN, type DaySheet } from '../../contract/exports';
import { clock, money, sum } from './format';
import { amount, counted, figure, SheetTable, short, text, type SheetColumn } from './SheetTable';

type Ticket = DaySheet['tickets'][number];
type PriceException = DaySheet['priceExceptions'][number];
type Holder = DaySheet['cash']['holders'][number];
type Transfer = DaySheet['cash']['transfers'][number];
type TicketCount = NonNullable<DaySheet['close']>['ticketCounts'][number];
type CashCount = NonNullable<DaySheet['close']>['cashCounts'][number];
type Carried = NonNullable<DaySheet['close']>['carried'][number];

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

const PRICE_EXCEPTION_COLUMNS: SheetColumn<PriceException>[] = [
  short('time', (e) => clock(e.at)),
  short('type', (e) => e.typeName),
  counted('count', 'count'),
  figure('cataloguePrice', (e) => money(e.catalogueFen)),
  figure('soldPrice', (e) => money(e.unitPriceFen)),
  amount('amount', 'amountFen'),
  short('seller', (e) => e.sellerName),
  short('countersigner', (e) => e.countersignedByName),
  text('reason', (e) => e.reason),
];

const COUNT_COLUMNS: SheetColumn<TicketCount>[] = [
  short('type', (c) => c.name),
  figure('expected', (c) => c.expected),
  figure('counted', (c) => c.counted),
  figure('difference', (c) => c.counted - c.expected),
  text('explanation', (c) => c.explanation),
];

/** When a count was taken after later dates had moved the stock: the drawer, and those moves. */
const COUNTED_LATER_COLUMNS: SheetColumn<TicketCount>[] = [
  figure('countedOnHand', (c) => c.countedOnHand),
  figure('afterwards', (c) => c.afterwards),
];

const CASH_COUNT_COLUMNS: SheetColumn<CashCount>[] = [
  short('time', (c) => clock(c.at)),
  short('countedBy', (c) => c.countedBy),
  amount('expectedCash', 'expectedFen'),
  amount('countedCash', 'countedFen'),
  amount('difference', 'varianceFen'),
  amount('handed', 'handedFen'),
  short('cashier', (c) => c.cashierName),
  text('explanation', (c) => c.explanation),
];

const CARRIED_COLUMNS: SheetColumn<Carried>[] = [
  short('carriedBy', (c) => c.name),
  amount('amount', 'amountFen'),
];

const HOLDER_COLUMNS: SheetColumn<Holder>[] = [
  short('holder', (h) => h.name),
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
      {sheet.priceExceptions.length > 0 && (
        <>
          <h3>{t('sections.priceExceptions')}</h3>
          <SheetTable columns={PRICE_EXCEPTION_COLUMNS} rows={sheet.priceExceptions} />
        </>
      )}
      {sheet.close && (
        <>
          <h3>{t('sections.counts')}</h3>
          <SheetTable
            columns={
              sheet.close.ticketCounts.some((c) => c.afterwards !== 0)
                ? [...COUNT_COLUMNS.slice(0, 4), ...COUNTED_LATER_COLUMNS, ...COUNT_COLUMNS.slice(4)]
                : COUNT_COLUMNS
            }
            rows={sheet.close.ticketCounts}
          />
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
    short('time', (x) => clock(x.at)),
    short('kind', (x) => t(`kinds.transfer.${x.kind}`)),
    short('from', (x) => x.fromName),
    short('to', (x) => x.toName),
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
      {sheet.close && sheet.close.carried.length > 0 && (
        <>
          <h3>{t('sections.carried')}</h3>
          <SheetTable columns={CARRIED_COLUMNS} rows={sheet.close.carried} />
        </>
      )}
      <h3>{t('sections.transfers')}</h3>
      <SheetTable columns={transfers} rows={sheet.cash.transfers} />
      {sheet.close && sheet.close.cashCounts.length > 0 && (
        <>
          <h3>{t('sections.cashCounts')}</h3>
          <SheetTable columns={CASH_COUNT_COLUMNS} rows={sheet.close.cashCounts} />
        </>
      )}
      <h3>{t('sections.denominations')}</h3>
      <SheetTable columns={denominations} rows={DENOMINATIONS_FEN} />
    </section>
  );
}

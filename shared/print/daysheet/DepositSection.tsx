import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { clock, sum } from './format';
import { amount, counted, figure, SheetTable, text, type SheetColumn } from './SheetTable';

type Facts = DaySheet['deposits'];
type Deposit = Facts['deposits'][number];
type ByMethod = Facts['byMethod'][number] & { refundedFen: number };
type Discount = Facts['discounts'][number];
type Approved = Facts['refunds']['approved'][number];
type Paid = Facts['refunds']['paid'][number];
type Outstanding = Facts['refunds']['outstanding'][number];

/**
 * 定金 on the printed sheet, as on the .xlsx's 定金 sheet: the deposits of the date with where
 * each stood at its end, the totals by method, the discounts with who approved them, and the
 * refunds approved, paid and still owed. Units, customers and prices are absent from the copy of
 * a reader who does not read the 销控 (000:721).
 */
export function DepositSection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const d = sheet.deposits;
  const method = (m: Deposit['method']) => t(`kinds.method.${m}`);
  const deposits: SheetColumn<Deposit>[] = [
    text('time', (x) => clock(x.at)),
    text('receipt', (x) => x.receiptNo),
    text('agreement', (x) => x.agreementNo),
    ...(d.restricted
      ? []
      : [text<Deposit>('unit', (x) => x.unitLabel), text<Deposit>('customer', (x) => x.customerName)]),
    text('method', (x) => method(x.method)),
    amount('amount', 'amountFen'),
    text('receivedBy', (x) => x.receivedByName),
    ...(d.restricted
      ? []
      : [
          amount<Deposit>('agreedPrice', 'agreedPriceFen', false),
          amount<Deposit>('discount', 'discountFen'),
        ]),
    text('depositState', (x) => t(`kinds.depositState.${x.state}`)),
  ];
  const byMethod: SheetColumn<ByMethod>[] = [
    text('method', (x) => method(x.method)),
    counted('count', 'count'),
    amount('amount', 'amountFen'),
    amount('refunded', 'refundedFen'),
  ];
  const discounts: SheetColumn<Discount>[] = [
    text('receipt', (x) => x.receiptNo),
    text('unit', (x) => x.unitLabel),
    amount('listPrice', 'listPriceFen', false),
    amount('agreedPrice', 'agreedPriceFen', false),
    amount('discount', 'discountFen'),
    text('approvedBy', (x) => x.approvedByName),
    text('reason', (x) => x.reason),
  ];
  const approved: SheetColumn<Approved>[] = [
    text('unit', (x) => x.unitLabel),
    text('customer', (x) => x.customerName),
    amount('amount', 'amountFen'),
    text('approvedBy', (x) => x.approvedByName),
    text('dueDate', (x) => x.dueDate),
  ];
  const paid: SheetColumn<Paid>[] = [
    text('time', (x) => clock(x.paidAt)),
    text('unit', (x) => x.unitLabel),
    text('customer', (x) => x.customerName),
    amount('amount', 'amountFen'),
    text('method', (x) => method(x.method)),
    text('reference', (x) => x.reference),
    text('cashier', (x) => x.cashierName),
    text('dueDate', (x) => x.dueDate),
  ];
  const outstanding: SheetColumn<Outstanding>[] = [
    text('unit', (x) => x.unitLabel),
    text('customer', (x) => x.customerName),
    amount('amount', 'amountFen'),
    text('approvedBy', (x) => x.approvedByName),
    text('approvedOn', (x) => x.approvedOn),
    text('dueDate', (x) => x.dueDate),
    figure('daysOverdue', (x) => x.daysOverdue),
  ];
  const methods = d.byMethod.map((m) => ({
    ...m,
    refundedFen: sum(
      d.refunds.paidByMethod.filter((p) => p.method === m.method),
      (p) => p.amountFen,
    ),
  }));
  return (
    <section>
      <h2>{t('sections.deposits')}</h2>
      <SheetTable columns={deposits} rows={d.deposits} />
      <h2>{t('sections.depositMethods')}</h2>
      <SheetTable columns={byMethod} rows={methods} />
      {!d.restricted && (
        <>
          <h2>{t('sections.discounts')}</h2>
          <SheetTable columns={discounts} rows={d.discounts} />
        </>
      )}
      <h2>{t('sections.refundsApproved')}</h2>
      <SheetTable columns={approved} rows={d.refunds.approved} />
      <h2>{t('sections.refundsPaid')}</h2>
      <SheetTable columns={paid} rows={d.refunds.paid} />
      <h2>{t('sections.refundsOutstanding')}</h2>
      <SheetTable columns={outstanding} rows={d.refunds.outstanding} />
    </section>
  );
}

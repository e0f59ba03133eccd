import { useTranslation } from 'react-i18next';
import type { DaySheet } from '../../contract/exports';
import { amount, SheetTable, text, type SheetColumn } from './SheetTable';

type Line = DaySheet['money']['lines'][number];

/**
 * 收款方式 on the printed sheet, as on the .xlsx: every method's money of the date — tickets,
 * deposits, refunds paid out — what the cashier should have received of it and what she did (the
 * cash handed to her, the statement figures she confirmed), the difference and its explanation.
 */
export function MoneySection({ sheet }: { sheet: DaySheet }) {
  const { t } = useTranslation('daysheet');
  const columns: SheetColumn<Line>[] = [
    text('method', (l) => t(`kinds.method.${l.method}`)),
    amount('ticketMoney', 'ticketsFen'),
    amount('depositMoney', 'depositsFen'),
    amount('refundMoney', 'refundsFen'),
    amount('due', 'dueFen'),
    amount('cashierReceived', 'receivedFen'),
    amount('moneyDifference', 'differenceFen'),
    text('explanation', (l) => l.explanation ?? ''),
  ];
  return (
    <section>
      <h2>{t('sections.money')}</h2>
      <SheetTable columns={columns} rows={sheet.money.lines} />
      <p>
        {t('money.statementsBy', { name: sheet.money.statementsBy ?? t('money.notConfirmed') })} ·{' '}
        {t('money.note')}
      </p>
    </section>
  );
}

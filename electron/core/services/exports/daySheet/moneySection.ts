import type { DaySheet, SheetMoneyLine } from '../../../../../shared/contract/exports';
import { DEPOSIT_METHODS } from '../../../../../shared/domain/vocab';
import type { ReadCallContext } from '../../../context';
import { listVariances } from '../../cash';
import { latestTakings, takingsLedger } from '../../dayclose';

/**
 * 收款方式 (000:595-597): every method's money of the date and what the cashier received of it.
 * Other methods: the ledger (tickets + deposits − refunds paid out by the method, as its
 * statement nets the day) against the statement figure she confirmed at the close, the
 * difference with its explanation. Cash: the desk's cash of the date — the ticket cash and the
 * cash deposits, with what the desk held at the start less what it still holds or carries at the
 * end — against what was handed to her; the difference is the day's counted variances 长短款,
 * explained where they were found. Cash refunds come out of the cashier's own till.
 */
export async function moneySection(
  ctx: ReadCallContext,
  date: string,
  s: Pick<DaySheet, 'tickets' | 'cash' | 'deposits' | 'summary'>,
): Promise<DaySheet['money']> {
  const ledger = await takingsLedger(ctx, date);
  const statements = await latestTakings(ctx, date);
  const variances = await listVariances(ctx, { businessDate: date, limit: 500 });
  const sum = <T>(rows: T[], pick: (row: T) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const refundsBy = (method: string) =>
    s.deposits.refunds.paidByMethod.find((p) => p.method === method)?.amountFen ?? 0;

  const cashTickets = sum(s.tickets, (l) => l.cashSalesFen);
  const cashDeposits = s.deposits.byMethod.find((m) => m.method === 'cash')?.amountFen ?? 0;
  const held = sum(s.cash.holders, (h) => h.openingFen) - sum(s.cash.holders, (h) => h.closingFen);
  const cashDue = cashTickets + cashDeposits + held;
  const handed = s.summary.handedToCashierFen;
  const cash: SheetMoneyLine = {
    method: 'cash',
    ticketsFen: cashTickets,
    depositsFen: cashDeposits,
    refundsFen: refundsBy('cash'),
    dueFen: cashDue,
    receivedFen: handed,
    differenceFen: handed - cashDue,
    explanation:
      variances.length === 0
        ? null
        : [...variances]
            .reverse()
            .map((v) => `${v.holderName} ${v.explanation}`)
            .join('；'),
  };
  const others = ledger.map((l): SheetMoneyLine => {
    const confirmed = statements?.lines.find((c) => c.method === l.method) ?? null;
    return {
      method: l.method,
      ticketsFen: l.ticketsFen,
      depositsFen: l.depositsFen,
      refundsFen: l.refundsFen,
      dueFen: l.ledgerFen,
      receivedFen: confirmed?.statementFen ?? null,
      differenceFen: confirmed ? confirmed.statementFen - l.ledgerFen : null,
      explanation: confirmed?.explanation ?? null,
    };
  });
  const lines = [cash, ...others].sort(
    (a, b) => DEPOSIT_METHODS.indexOf(a.method) - DEPOSIT_METHODS.indexOf(b.method),
  );
  return { lines, statementsBy: statements?.cashierName ?? null };
}

import type { CloseSection, HandoverSection } from '../../../../../shared/contract/exports';
import { DENOMINATIONS_FEN, type SigningRole } from '../../../../../shared/contract/dayclose';
import type { CallReader } from '../../../context';
import { cashAtDateEnd, closeRecordOf } from '../../dayclose';
import { handoversOfDate } from '../../handover';

/**
 * The two parts of the sheet that other ledgers own: the day close (counts, cash by
 * denomination, hand-over to the cashier, signatures, closed or not) and the shift handovers.
 */

/** The date's close from the day-close ledger: null when nothing was ever counted or closed. */
export async function closeSection(ctx: CallReader, date: string): Promise<CloseSection | null> {
  const record = await closeRecordOf(ctx, date);
  if (!record) return null;
  const closed = record.status === 'closed';
  // The signatures of the latest close (a reopened date is signed again when closed again).
  const signer = (role: SigningRole) => record.signatures.find((s) => s.role === role)?.name ?? null;
  const pieces = (fen: number) =>
    record.cashCounts.reduce((n, c) => n + (c.pieces.find((p) => p.fen === fen)?.count ?? 0), 0);
  return {
    closed,
    closedAt: closed ? record.closedAt : null,
    reclosed: record.closes.length > 1,
    history: record.history,
    ticketCounts: record.stock.map((line) => ({
      typeId: line.typeId,
      name: line.typeName,
      expected: line.expected,
      counted: line.counted,
      explanation: line.explanation,
      countedOnHand: line.countedOnHand,
      afterwards: line.afterwards,
    })),
    cashByDenomination: DENOMINATIONS_FEN.map((fen) => ({ denominationFen: fen, pieces: pieces(fen) })),
    cashCounts: record.cashCounts.map((c) => ({
      at: c.at,
      countedBy: c.countedBy,
      countedFen: c.countedFen,
      expectedFen: c.expectedFen,
      varianceFen: c.varianceFen,
      explanation: c.explanation,
      handedFen: c.handedFen,
      cashierName: c.cashierName,
    })),
    expectedCashFen: record.cashCounts.reduce((sum, c) => sum + c.expectedFen, 0),
    handedToCashierFen: record.handedFen,
    carried: closed
      ? (await cashAtDateEnd(ctx, date)).carried.map((c) => ({ name: c.name, amountFen: c.balanceFen }))
      : [],
    signatures: closed
      ? { receptionist: signer('receptionist'), cashier: signer('cashier'), manager: signer('manager') }
      : { receptionist: null, cashier: null, manager: null },
  };
}

/** The handovers of the date from the handover ledger, as acknowledged (or still waiting). */
export async function handoverSection(ctx: CallReader, date: string): Promise<HandoverSection[]> {
  return (await handoversOfDate(ctx, date)).map((h) => ({
    shift: h.shiftName,
    fromName: h.fromName,
    toName: h.toName,
    startedAt: h.startedAt,
    acknowledgedAt: h.acknowledgedAt,
    acknowledged: h.acknowledgedAt !== null,
    differences: h.differences,
    openTasks: h.openTasks,
  }));
}

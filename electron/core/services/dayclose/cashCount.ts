import { DENOMINATIONS_FEN, type CashCountView, type Pieces } from '../../../../shared/contract/dayclose';
import { formatFen } from '../../../../shared/domain/money';
import { requireActor, type CallContext } from '../../context';
import { cashBalance } from '../cash/custody';
import { handToCashier } from '../cash/transfers';
import { toCashCountView } from './record';
import { requireClosable, requireCount } from './rules';

/** The pieces counted, each a whole number, and their total in fen (integer arithmetic only). */
export function countPieces(pieces: Pieces): { counts: Record<`n${number}`, number>; totalFen: number } {
  const counts: Record<string, number> = {};
  let totalFen = 0;
  for (const fen of DENOMINATIONS_FEN) {
    const n = requireCount(formatFen(fen), pieces[`${fen}`] ?? 0);
    counts[`n${fen}`] = n;
    totalFen += n * fen;
  }
  return { counts, totalFen };
}

/**
 * SPEC §8 step 2: the receptionist counts the ticket cash of the date by denomination, and hands
 * it to the cashier, who has countersigned (the router checked the PIN). What is expected is the
 * person's custody at the end of the date (cash taken in on a later date stays with them, for
 * that date's close); the hand-over is the cash ledger's `handToCashier` for that date, which
 * books any explained variance; this count keeps the pieces. With no ticket cash at all the
 * count of nothing is still recorded, with nothing handed.
 */
export async function countCash(
  ctx: CallContext,
  input: { businessDate: string; pieces: Pieces; explanation?: string },
): Promise<CashCountView> {
  const actor = requireActor(ctx);
  const date = input.businessDate;
  await requireClosable(ctx, date);
  const { counts, totalFen } = countPieces(input.pieces);
  const expected = await cashBalance(ctx.db, actor.id, { businessDate: date });
  const handed =
    totalFen === 0 && expected === 0
      ? null
      : await handToCashier(ctx, { countedFen: totalFen, explanation: input.explanation, forDate: date });
  const row = await ctx.writer.insert('day_close_cash_counts', {
    for_date: date,
    at: ctx.at,
    business_date: date,
    actor_id: actor.id,
    n10000: counts.n10000!,
    n5000: counts.n5000!,
    n2000: counts.n2000!,
    n1000: counts.n1000!,
    n500: counts.n500!,
    n100: counts.n100!,
    n50: counts.n50!,
    n10: counts.n10!,
    total_fen: totalFen,
    expected_fen: expected,
    variance_fen: totalFen - expected,
    explanation: totalFen === expected ? null : (input.explanation ?? null),
    cashier_id: handed ? handed.toId : null,
    transfer_id: handed ? handed.id : null,
  });
  return toCashCountView(row, ctx.staffNames());
}

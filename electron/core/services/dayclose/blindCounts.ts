import type { Preparation } from '../../../../shared/contract/dayclose';
import type { CallContext, ReadCallContext } from '../../context';
import type { HeldCash } from './carriedCash';
import { requireStockCounted, type CountableType } from './close';
import { requireClosable } from './rules';

/**
 * Blind counts (000:595-597, 帐实相符; the hotels' blind drop): with the setting on, the counting
 * steps of the close are not told what the ledger expects. The stock step learns the expected
 * figures only by submitting its counts (`checkStock`, each submission on the audit log); the
 * cash step only when the count handed to the cashier is compared with the ledger (a difference
 * refused for its explanation names both figures, the count already given).
 */
export function blindStock(ctx: ReadCallContext, types: CountableType[]): Preparation['stock'] {
  if (!ctx.settings.blindCounts) return types;
  return types.map((t) => ({ typeId: t.typeId, name: t.name, expected: null, onHandNow: null }));
}

export function blindCash(ctx: ReadCallContext, held: HeldCash[]): Preparation['cashHeld'] {
  if (!ctx.settings.blindCounts) return held;
  return held.map((h) => ({ userId: h.userId, name: h.name, balanceFen: null }));
}

/** The counts submitted, each beside what the drawer should hold now and at the date's end. */
export async function checkStock(
  ctx: CallContext,
  input: { businessDate: string; stock: { typeId: number; counted: number }[] },
) {
  await requireClosable(ctx, input.businessDate);
  const types = await requireStockCounted(ctx, input.businessDate, input.stock);
  return types.map((t) => {
    const counted = input.stock.find((s) => s.typeId === t.typeId)!.counted;
    return {
      typeId: t.typeId,
      name: t.name,
      expected: t.expected,
      onHandNow: t.onHandNow,
      counted,
      variance: counted - t.onHandNow,
    };
  });
}

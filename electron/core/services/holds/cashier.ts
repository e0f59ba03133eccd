import { AppError } from '../../../../shared/domain/errors';
import { verifyCountersign } from '../../auth/secretChecks';
import { requireActor, type Actor, type CallContext } from '../../context';

/**
 * The cashier's own act (000:597): she does it signed in, or types her PIN into the dialog of
 * whoever has the desk — then the audit row names her as the countersigner.
 */
export async function cashierActing(
  ctx: CallContext,
  countersign: { userId: number; secret: string } | undefined,
): Promise<Actor> {
  const actor = requireActor(ctx);
  if (countersign === undefined) {
    if (actor.roles.includes('cashier')) return actor;
    throw new AppError('CASHIER_REQUIRED');
  }
  const cashier = await verifyCountersign(ctx, countersign, ['cashier']);
  ctx.countersigner = cashier;
  return cashier;
}

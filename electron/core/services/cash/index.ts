import { DEFAULT_DESK } from '../../../../shared/contract/cash';
import { hasAnyRole } from '../../../../shared/domain/roles';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { allFloats, expectedCash, floatOf } from './custody';
import { handToCashier, listTransfers, transferToColleague } from './transfers';
import { decideVariance, listVariances } from './variances';

/** Managers (and the cashier and admin) see every balance and transfer; others see their own. */
const SEES_EVERYONE = ['manager', 'cashier', 'admin'] as const;

export const cashHandlers: HandlersOf<'cash'> = {
  'cash.balances': async (input, ctx) => {
    const actor = requireActor(ctx);
    const asOf = { at: input.asOf, businessDate: input.businessDate };
    const balances = await expectedCash(ctx.db, asOf);
    const everyone = hasAnyRole(actor.roles, SEES_EVERYONE);
    if (!balances.has(actor.id) && !everyone) balances.set(actor.id, 0);
    const names = ctx.staffNames();
    const people = [...balances]
      .filter(([id]) => everyone || id === actor.id)
      .map(([userId, balanceFen]) => ({ userId, name: names.get(userId) ?? `#${userId}`, balanceFen }))
      .sort((a, b) => b.balanceFen - a.balanceFen || a.name.localeCompare(b.name));
    const floats = await allFloats(ctx.db, asOf);
    return { people, floats, totalFen: people.reduce((sum, p) => sum + p.balanceFen, 0) };
  },

  'cash.transfers': async (input, ctx) => {
    const actor = requireActor(ctx);
    const everyone = hasAnyRole(actor.roles, SEES_EVERYONE);
    return listTransfers(ctx, { personId: everyone ? undefined : actor.id, limit: input.limit });
  },

  'cash.transfer': (input, ctx) => transferToColleague(ctx, input),

  'cash.handToCashier': (input, ctx) => handToCashier(ctx, input),

  'cash.variances': async (input, ctx) => {
    const actor = requireActor(ctx);
    const everyone = hasAnyRole(actor.roles, SEES_EVERYONE);
    return listVariances(ctx, {
      businessDate: input.businessDate,
      undecided: input.undecided,
      personId: everyone ? undefined : actor.id,
      limit: input.limit,
    });
  },

  'cash.decideVariance': (input, ctx) => decideVariance(ctx, input),

  'cash.setFloat': async (input, ctx) => {
    const desk = input.desk || DEFAULT_DESK;
    const current = await floatOf(ctx.db, desk);
    const delta = input.amountFen - current;
    if (delta !== 0) {
      await ctx.writer.insert('cash_float_changes', {
        at: ctx.at,
        business_date: ctx.businessDate,
        desk,
        delta_fen: delta,
        reason: input.reason,
        actor_id: requireActor(ctx).id,
      });
    }
    return { desk, floatFen: input.amountFen };
  },
};

export { listVariances } from './variances';
export { handInCovering, handInsOf, type HandIn } from './custody';

export const cashService: ServiceModule<'cash'> = {
  handlers: cashHandlers,
};

import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import type { HandlersOf, ServiceModule } from '../../handler';
import { BACKGROUND_JOB_MS } from '../../jobs';
import { flagOverdueOutings } from './overdue';
import { cancelOuting, correctReturn, recordOuting, returnOuting } from './record';
import { openOutings, outingsLeftBetween, outingViews } from './state';

/**
 * Outings 外出登记. Other registers use these, never the tables: `managerOutNow` (is the manager
 * out now) and `standInForManager` (mark a deputy's act 代 while so) from ./standIns — the holds
 * ask them; `openOutings` and `outingsLeftBetween` from ./state — the attendance month, the lunch
 * cover and the day sheet read them.
 */
export { managerOutNow, standInForManager } from './standIns';
export { openOutings, outingsLeftBetween } from './state';

/** The register is read a quarter at most at a time. */
const LONGEST_RANGE_DAYS = 92;

export const outingsHandlers: HandlersOf<'outings'> = {
  'outings.list': async (input, ctx) => {
    const from = input.from ?? input.to ?? ctx.businessDate;
    const to = input.to ?? from;
    const [low, high] = from <= to ? [from, to] : [to, from];
    if (addDays(low, LONGEST_RANGE_DAYS) < high) {
      throw new AppError('INVALID_INPUT', { reason: `from–to ≤ ${LONGEST_RANGE_DAYS} days` });
    }
    return {
      out: await outingViews(ctx, await openOutings(ctx.db, input.userId)),
      outings: (
        await outingViews(ctx, await outingsLeftBetween(ctx.db, low, high, { userId: input.userId }))
      ).reverse(),
    };
  },
  'outings.record': (input, ctx) => recordOuting(ctx, input),
  'outings.return': (input, ctx) => returnOuting(ctx, input),
  'outings.cancel': (input, ctx) => cancelOuting(ctx, input),
  'outings.correctReturn': (input, ctx) => correctReturn(ctx, input),
  'outings.flagOverdue': (_input, ctx) => flagOverdueOutings(ctx),
};

export const outingsService: ServiceModule<'outings'> = {
  handlers: outingsHandlers,
  jobs: [
    {
      everyMs: BACKGROUND_JOB_MS,
      // An overdue return reaches the manager from any screen.
      run: async ({ call }) => void (await call('outings.flagOverdue', {})),
    },
  ],
};

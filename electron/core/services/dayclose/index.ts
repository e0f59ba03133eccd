import type { HandlersOf, ServiceModule } from '../../handler';
import { countCash } from './cashCount';
import { closeDay, reopenDay } from './close';
import { prepareClose } from './prepare';
import { closeRecordOf, closeSummaries } from './record';
import { clockDate } from './rules';
import { confirmTakings } from './takings';
import { checkStock } from './blindCounts';

/**
 * Day close 日结 (SPEC §2, §8). For the reconciliation sheet: `closeRecordOf(ctx, date)` from
 * ./record. For the router: the closed-date rule in ../../closedDates.ts.
 */
export { closeRecordOf } from './record';
export { cashAtDateEnd } from './carriedCash';
export { latestTakings, takingsLedger } from './takings';

export const daycloseHandlers: HandlersOf<'dayclose'> = {
  'dayclose.prepare': (input, ctx) => prepareClose(ctx, input.businessDate ?? ctx.businessDate),
  'dayclose.checkStock': (input, ctx) => checkStock(ctx, input),
  'dayclose.countCash': (input, ctx) => countCash(ctx, input),
  'dayclose.confirmTakings': (input, ctx) => confirmTakings(ctx, input),
  'dayclose.close': (input, ctx) => closeDay(ctx, input),
  'dayclose.reopen': (input, ctx) => reopenDay(ctx, input),
  'dayclose.openDate': (_input, ctx) => ({ businessDate: ctx.businessDate, clockDate: clockDate(ctx) }),
  'dayclose.list': (input, ctx) => closeSummaries(ctx, input.limit),
  'dayclose.record': (input, ctx) => closeRecordOf(ctx, input.businessDate),
};

export const daycloseService: ServiceModule<'dayclose'> = {
  handlers: daycloseHandlers,
};

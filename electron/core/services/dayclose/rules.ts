import { AppError } from '../../../../shared/domain/errors';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import type { ReadCallContext } from '../../context';
import { isClosed } from '../../closedDateQueries';

/** The business date the clock is in, before any redirect past a closed date. */
export function clockDate(ctx: ReadCallContext): string {
  return businessDateOf(ctx.now, ctx.settings.dayCutoff);
}

/** A date can be counted or closed only once it has begun, and only while it is open. */
export async function requireClosable(ctx: ReadCallContext, date: string): Promise<void> {
  if (date > clockDate(ctx)) throw new AppError('DAYCLOSE_FUTURE', { date });
  if (await isClosed(ctx.db, date)) throw new AppError('DAY_CLOSED', { date });
}

/** A counted figure: a whole number of pieces or tickets, never negative. */
export function requireCount(what: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) {
    throw new AppError('DAYCLOSE_COUNT_INVALID', { what, value: String(value) });
  }
  return value;
}

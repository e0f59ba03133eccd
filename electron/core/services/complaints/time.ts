import { AppError } from '../../../../shared/domain/errors';
import type { ReadCallContext } from '../../context';
import type { ComplaintRecord } from './records';

/**
 * An instant as the ledger keeps a complaint's times: `toISOString()` text, so that comparing
 * two of them as text compares them in time (the input may say `…:00Z` or `+08:00`).
 */
export function instant(text: string): string {
  return new Date(text).toISOString();
}

/** An instant as the desk reads it in a message: local date and time to the minute. */
export function localStamp(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/**
 * When a step of the complaint happened: now, or a time the person gives, no earlier than the
 * complaint's latest step (or its receipt) and no later than now.
 */
export function stepTime(ctx: ReadCallContext, record: ComplaintRecord, at: string | undefined): string {
  if (at === undefined) return ctx.at;
  const when = instant(at);
  const earliest = record.events.at(-1)?.at ?? record.row.received_at;
  if (when < earliest || when > ctx.at) {
    throw new AppError('COMPLAINT_TIME_OUT_OF_RANGE', { earliest: localStamp(earliest) });
  }
  return when;
}

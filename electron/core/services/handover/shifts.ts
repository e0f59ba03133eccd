import type { ReadableDB } from '../../../../db/access';
import type { Settings } from '../../../../shared/contract/settings';
import {
  addDays,
  businessDateOf,
  cutoffMinutes,
  type BusinessDate,
} from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { listUsers } from '../users';

/**
 * Shifts (SPEC §5, 000:75: 白班 08:30–17:30, 晚班 17:30–01:00) are set in the settings as local
 * clock times. One occurrence of a shift belongs to a business date: it starts on that date's
 * calendar day, or on the next one when its start is before the day cut-off (a shift starting
 * after midnight still belongs to the evening before); a shift whose end is not after its start
 * ends on the following day.
 */
export type Shift = Settings['shifts'][number];

export interface ShiftOccurrence extends Shift {
  businessDate: BusinessDate;
  startsAt: Date;
  endsAt: Date;
}

function clockMinutes(hhmm: string): number {
  return cutoffMinutes(hhmm); // same HH:MM form as the cut-off
}

export function occurrence(date: BusinessDate, shift: Shift, cutoff: string): ShiftOccurrence {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = clockMinutes(shift.start);
  const day = start < cutoffMinutes(cutoff) ? d + 1 : d;
  const startsAt = new Date(y, m - 1, day, Math.floor(start / 60), start % 60);
  const length = (clockMinutes(shift.end) - start + 1440) % 1440 || 1440;
  return { ...shift, businessDate: date, startsAt, endsAt: new Date(startsAt.getTime() + length * 60_000) };
}

/** The occurrences of every shift on the business dates around `now`, oldest first. */
function occurrencesAround(now: Date, settings: Settings, daysBack = 1): ShiftOccurrence[] {
  const today = businessDateOf(now, settings.dayCutoff);
  const all: ShiftOccurrence[] = [];
  for (let back = daysBack; back >= -1; back--) {
    for (const shift of settings.shifts)
      all.push(occurrence(addDays(today, -back), shift, settings.dayCutoff));
  }
  return all.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}

/** The shift on now, or null between shifts (the desk is closed). */
export function currentShift(now: Date, settings: Settings): ShiftOccurrence | null {
  return occurrencesAround(now, settings).find((o) => o.startsAt <= now && now < o.endsAt) ?? null;
}

/** A handover is written within hours of its shift's end (the night's the next morning at latest). */
const WRITTEN_WITHIN_MS = 12 * 3_600_000;
/** A desk taken over this close to a shift's end belongs to the next shift (an early relief). */
const TAKEOVER_LEAD_MS = 30 * 60_000;
/** A takeover older than this says nothing about the shift being worked now. */
const TAKEOVER_RECENT_MS = 24 * 3_600_000;

/**
 * The shift a person's handover closes: the outgoing person's ending shift, not the shift on the
 * clock (written at 18:51, the day shift's handover is the 白班's although the 晚班 began at
 * 17:30). Among the shifts that have begun and ended at most 12 hours ago:
 *  - when the person took the desk over at a handover in the last day (`takenOverAt`), the first
 *    shift ending more than 30 minutes after that: the shift they came to work (a takeover at
 *    17:25 is the night shift's, one at 08:32 the day shift's, even if they stay late);
 *  - otherwise the shift whose end is nearest to now.
 * Null when no shift has begun in that window.
 */
export function endingShift(now: Date, settings: Settings, takenOverAt: Date | null): ShiftOccurrence | null {
  const candidates = occurrencesAround(now, settings).filter(
    (o) => o.startsAt <= now && o.endsAt.getTime() > now.getTime() - WRITTEN_WITHIN_MS,
  );
  if (takenOverAt !== null && takenOverAt.getTime() > now.getTime() - TAKEOVER_RECENT_MS) {
    const theirs = candidates
      .filter((o) => o.endsAt.getTime() > takenOverAt.getTime() + TAKEOVER_LEAD_MS)
      .sort((a, b) => a.endsAt.getTime() - b.endsAt.getTime());
    if (theirs[0]) return theirs[0];
  }
  const distance = (o: ShiftOccurrence) => Math.abs(o.endsAt.getTime() - now.getTime());
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? null;
}

/**
 * The occurrence a handover is written for: the named shift's latest occurrence that has begun
 * (the night shift's handover may be written after midnight, or even next morning), else the
 * outgoing person's ending shift, else the shift on now, else the one that ended last.
 */
export function shiftForHandover(
  now: Date,
  settings: Settings,
  takenOverAt: Date | null,
  name?: string,
): ShiftOccurrence {
  const begun = occurrencesAround(now, settings).filter((o) => o.startsAt <= now);
  if (name !== undefined) {
    const named = begun.filter((o) => o.name === name).at(-1);
    if (!named) throw new AppError('HANDOVER_UNKNOWN_SHIFT', { name });
    return named;
  }
  const shift = endingShift(now, settings, takenOverAt) ?? currentShift(now, settings) ?? begun.at(-1);
  if (!shift) throw new AppError('HANDOVER_UNKNOWN_SHIFT', { name: '' });
  return shift;
}

/**
 * The instants a handover for `o` may carry: from the shift's start until the same shift begins
 * again. A night shift written after midnight may be filed into the next business date when its
 * own date was closed that evening, so the date alone does not find it.
 */
export function writtenWindow(o: ShiftOccurrence): { from: string; until: string } {
  return {
    from: o.startsAt.toISOString(),
    until: new Date(o.startsAt.getTime() + 24 * 3_600_000).toISOString(),
  };
}

/** Occurrences that ended at least `graceMs` ago, over the last `daysBack` business dates. */
export function endedShifts(now: Date, settings: Settings, graceMs: number, daysBack = 1): ShiftOccurrence[] {
  return occurrencesAround(now, settings, daysBack).filter(
    (o) => o.endsAt.getTime() + graceMs <= now.getTime(),
  );
}

/** When the desk was set up: shifts before then are not judged. */
export async function deskSetUpAt(db: ReadableDB): Promise<string | null> {
  const users = await listUsers(db, true);
  return users.reduce<string | null>(
    (min, u) => (min === null || u.created_at < min ? u.created_at : min),
    null,
  );
}

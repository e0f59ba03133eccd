import type { ReadableDB } from '../../../../db/access';
import { anyoneOnShift, cellsOn } from '../roster/cells';
import { foldPunches, punchKey, punchRowsBetween } from './punches';

/**
 * Who is on duty and here on a date: rostered on a shift, clocked in and not clocked out. Null
 * when nobody is rostered on a shift that date (an office without a roster): the caller then
 * does without it. The day's rotation is offered from these (000:737, 000:647).
 */
export async function onDutyAndIn(db: ReadableDB, date: string): Promise<number[] | null> {
  const cells = await cellsOn(db, date);
  if (!anyoneOnShift(cells)) return null;
  const punches = foldPunches(await punchRowsBetween(db, date, date));
  return cells
    .filter((c) => c.duty === 'shift')
    .sort((a, b) => a.shift!.start.localeCompare(b.shift!.start) || a.userId - b.userId)
    .map((c) => c.userId)
    .filter((id) => {
      const day = punches.get(punchKey(id, date));
      return day?.in != null && day.out == null;
    });
}

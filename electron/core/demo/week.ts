import type { DeskSnapshot } from '../../../shared/contract/handover';
import type { DeskDriver, StaffName } from './deskDriver';
import type { Random } from './random';

export const CONSULTANTS = ['张伟', '孙丽', '周强', '吴娜'] as const satisfies readonly StaffName[];

/** What the week remembers from one day to the next while it is written. */
export interface Week {
  desk: DeskDriver;
  random: Random;
  /**
   * Customers who left a phone number: some come back (naming the consultant who received them,
   * null for one known only from a call), some call again.
   */
  customers: { name: string; phone: string; consultant: StaffName | null }[];
  ticketTypes: { twoD: number; threeD: number };
  /** Tickets on hand as the week's own sales leave them (so a sale never exceeds the stock). */
  onHand: { twoD: number; threeD: number };
  /**
   * The night handover written after midnight, acknowledged by the next morning's person, with
   * what was on the desk when it was written (what she will count).
   */
  pendingNight: { id: number; onDesk: DeskSnapshot } | null;
}

/** One act at the desk at a moment of the day, by the person who does it. */
export interface Act {
  at: Date;
  by: StaffName;
  run: () => Promise<void>;
}

/** A local moment of a business date (the desk PC's time zone, as the business date is). */
export function at(date: string, hour: number, minute = 0, dayOffset = 0): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + dayOffset, hour, minute);
}

export function plusMinutes(instant: Date, minutes: number): Date {
  return new Date(instant.getTime() + minutes * 60_000);
}

/** Runs the acts in the order of their moments, each by its own person. */
export async function runActs(desk: DeskDriver, acts: Act[]): Promise<void> {
  const ordered = acts
    .map((act, i) => ({ act, i }))
    .sort((a, b) => a.act.at.getTime() - b.act.at.getTime() || a.i - b.i);
  for (const { act } of ordered) {
    await desk.walkTo(act.at);
    await desk.as(act.by);
    await act.run();
  }
}

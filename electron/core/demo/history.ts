import { businessDateOf, localDate } from '../../../shared/domain/businessDate';
import type { PinnableClock, SettableClock } from '../clock';
import { DEMO_TICKET_TYPES, seedDemo } from '../demo';
import type { Router } from '../router';
import {
  callActs,
  holdActs,
  keyActs,
  morningRotation,
  ticketReceipt,
  ticketSales,
  visitActs,
} from './daytime';
import { DeskDriver } from './deskDriver';
import { eveningActs, morningActs, nightHandover } from './evening';
import { Random } from './random';
import { at, runActs, type Act, type Week } from './week';

export const DEFAULT_DEMO_DAYS = 7;
const DEFAULT_SEED = 20_261_116;

export interface DemoHistoryOptions {
  days?: number;
  seed?: number;
  /** The office's id at headquarters (default: the demo's own). */
  officeId?: string;
}

/** The `days` business dates before today's, oldest first. */
export function historyDates(today: string, days: number): string[] {
  return Array.from({ length: days }, (_, i) => localDate(at(today, 12, 0, i - days)));
}

/**
 * Writes the last `days` business dates of the demo office through the router, each one closed
 * (SPEC §8), so a newcomer finds real day sheets. The clock is moved to every moment written and
 * put back where it was at the end. Today starts clean: cash with the cashier, keys home, the
 * last night's handover acknowledged by this morning's person.
 *
 * Runs once, on the demo office only: a ledger without the demo staff, or that already has a
 * closed date or ticket movements, is left as it is.
 */
export async function seedDemoHistory(
  router: Router,
  clock: SettableClock,
  options: DemoHistoryOptions = {},
): Promise<void> {
  const days = options.days ?? DEFAULT_DEMO_DAYS;
  if (days <= 0) return;
  const start = clock.now();
  const today = businessDateOf(start); // the demo office keeps the default 04:00 cut-off
  const desk = new DeskDriver(router, clock);
  if (!(await desk.load())) return; // not the demo office
  await desk.as('李经理');
  const closed = await desk.must<unknown[]>('dayclose.list', { limit: 1 });
  const moved = await desk.must<unknown[]>('tickets.movements', { limit: 1 });
  await desk.signOut();
  if (closed.length > 0 || moved.length > 0) return;

  const catalogue = await ticketCatalogue(desk);
  const week: Week = {
    desk,
    random: new Random(options.seed ?? DEFAULT_SEED),
    customers: [],
    ticketTypes: catalogue.ids,
    onHand: { twoD: 0, threeD: 0 },
    pendingNight: null,
  };
  const dates = historyDates(today, days);
  try {
    for (const [i, date] of dates.entries()) {
      clock.set(at(date, 8, 25));
      await runActs(desk, dayActs(week, date, i, catalogue.prices));
      await runActs(desk, [nightHandover(week, date)]);
    }
    await runActs(desk, morningOfToday(week, today, start));
    await desk.signOut();
  } finally {
    clock.set(start);
  }
}

function dayActs(week: Week, date: string, index: number, prices: { twoD: number; threeD: number }): Act[] {
  const receipt = ticketReceipt(week, date, index === 0); // before the sales: they draw on its stock
  const sales = ticketSales(week, date, prices);
  const holds = holdActs(week, date);
  const keys = keyActs(week, date);
  return [
    { at: at(date, 8, 30), by: '王芳', run: async () => {} }, // the morning person takes the desk
    ...morningActs(week, date),
    morningRotation(week, date, index),
    ...(receipt ? [receipt] : []),
    ...visitActs(week, date),
    ...callActs(week, date),
    ...sales.acts,
    ...keys,
    ...holds.acts,
    ...eveningActs(week, date, sales.cashFen, holds.releasedAtClose ? '李经理' : '王芳'),
  ];
}

/** This morning's person acknowledges the night's handover, no later than now. */
function morningOfToday(week: Week, today: string, now: Date): Act[] {
  if (week.pendingNight === null) return [];
  const latest = new Date(Math.min(at(today, 8, 32).getTime(), now.getTime() - 60_000));
  const [acknowledgeNight] = morningActs(week, today);
  return acknowledgeNight ? [{ ...acknowledgeNight, at: latest }] : [];
}

async function ticketCatalogue(desk: DeskDriver) {
  await desk.as('王芳');
  const { types } = await desk.must<{ types: { id: number; name: string; priceFen: number }[] }>(
    'tickets.catalogue',
    {},
  );
  await desk.signOut();
  const find = (name: string) => {
    const type = types.find((t) => t.name === name);
    if (!type) throw new Error(`demo history: no ticket type ${name}`);
    return type;
  };
  const twoD = find(DEMO_TICKET_TYPES[0]!.name);
  const threeD = find(DEMO_TICKET_TYPES[1]!.name);
  return {
    ids: { twoD: twoD.id, threeD: threeD.id },
    prices: { twoD: twoD.priceFen, threeD: threeD.priceFen },
  };
}

/**
 * What the hosts run for `--demo`: the office (staff, catalogue, units, keys) set up the morning
 * the history begins, then the history, then the clock goes back to the system time. Like
 * seedDemo, it only fills an empty ledger: `--demo` over a ledger in use changes nothing.
 */
export async function seedDemoOffice(
  router: Router,
  clock: PinnableClock,
  options: DemoHistoryOptions = {},
): Promise<void> {
  const days = options.days ?? DEFAULT_DEMO_DAYS;
  const session = await router.call('auth.session', {});
  if (!session.ok || !(session.data as { setupRequired: boolean }).setupRequired) return;
  try {
    const today = businessDateOf(clock.now());
    if (days > 0) clock.set(at(historyDates(today, days)[0]!, 8, 0));
    await seedDemo(router, { officeId: options.officeId });
    clock.release();
    await seedDemoHistory(router, clock, options);
  } finally {
    clock.release();
  }
}

import { setSecretCost } from '../../../electron/core/auth/secrets';
import { ManualClock } from '../../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from '../../../electron/core/demo';
import { openDesk } from '../../../electron/core/desk';
import { handlers } from '../../../electron/core/handlers';
import { Router } from '../../../electron/core/router';
import { callsGenerator } from './calls';
import { dayCloseGenerator } from './dayclose';
import { handoversGenerator } from './handovers';
import { holdsGenerator } from './holds';
import { keysGenerator } from './keys';
import {
  OPEN_MINUTES,
  OPENING_HOUR,
  seededRandom,
  type DayEvent,
  type LedgerGenerator,
  type Office,
} from './office';
import { ticketsGenerator } from './tickets';
import { unitsGenerator } from './units';
import { visitsGenerator } from './visits';

/** Bump when what the generator writes changes: the bench's cached ledgers are keyed on it. */
export const GENERATOR_VERSION = 3;

/** The last generated business date: fixed, so a cached ledger is the same on every machine. */
export const LAST_DAY = '2026-11-20';

/**
 * The ledgers of the busy office, set up and played in this order; within a minute a ledger's
 * events keep this order, so the day close (at the day's last minute) comes after everything.
 */
export function busyOffice(): LedgerGenerator[] {
  return [
    unitsGenerator,
    visitsGenerator(),
    callsGenerator(),
    holdsGenerator(),
    ticketsGenerator(),
    keysGenerator(),
    handoversGenerator(),
    dayCloseGenerator(),
  ];
}

export interface GenerateOptions {
  dataDir: string;
  years: number;
  seed?: number;
  onDay?: (done: number, total: number, counts: Record<string, number>) => void;
}

export interface GeneratedOffice {
  days: number;
  firstDay: string;
  lastDay: string;
  counts: Record<string, number>;
  calls: number;
}

/**
 * scrypt's cost while generating: every handover and close is countersigned with PINs (seven a
 * day), and at the desk's cost (60 ms each, on purpose) they would take most of the generation.
 */
const CHEAP_PIN_COST = 1 << 10;

/**
 * Gives the demo people new hashes of their PINs at `cost` (the desk's own when omitted), as the
 * administrator resetting them would: through the router, so the ledger still verifies.
 */
async function setPinCost(router: Router, cost?: number): Promise<void> {
  setSecretCost(cost);
  const users = await router.call('users.list', { includeInactive: false });
  if (!users.ok) throw new Error(users.error.message);
  const secrets = new Map([DEMO_ADMIN, ...DEMO_STAFF].map((u) => [u.name, u.secret]));
  for (const user of users.data as { id: number; name: string }[]) {
    const secret = secrets.get(user.name);
    if (!secret) continue;
    const res = await router.call('users.resetSecret', { userId: user.id, secret });
    if (!res.ok) throw new Error(`generator: users.resetSecret refused: ${res.error.message}`);
  }
}

/**
 * A realistic busy office over `years`, written through the router like the desk would: every
 * row valid and audited. The generator runs in-process as the person at the desk (it puts each
 * acting user on the desk's session instead of typing their PIN, and countersigns against PIN
 * hashes of a lower cost, see CHEAP_PIN_COST). Durability is relaxed while generating (synchronous=OFF, the
 * file is checkpointed and closed at the end): a crash only loses the half-made demo ledger.
 */
export async function generateOffice(options: GenerateOptions): Promise<GeneratedOffice> {
  const days = Math.max(1, Math.round(options.years * 365));
  const [y, m, d] = LAST_DAY.split('-').map(Number) as [number, number, number];
  // Business dates follow the machine's local time (the desk's own clock): the office opens at
  // 09:00 local, whatever the time zone the bench runs in.
  const dayOf = (dayIndex: number) => new Date(y, m - 1, d - (days - 1) + dayIndex, OPENING_HOUR);
  const at = (dayIndex: number, minute: number) => new Date(dayOf(dayIndex).getTime() + minute * 60_000);
  const dateOf = (dayIndex: number) => {
    const day = dayOf(dayIndex);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  };

  const clock = new ManualClock(at(0, -60));
  const desk = await openDesk({ dataDir: options.dataDir, clock });
  desk.ledger.sqlite.pragma('synchronous = OFF');
  // The generator's own router has no host: a day close asks its host for the day's backup, a
  // copy of the whole file — one per generated day would cost more than the day itself.
  const router = new Router({ ledger: desk.ledger, desk: desk.session, clock, handlers });
  let calls = 0;
  try {
    await seedDemo(router);
    const ids = new Map<string, number>();
    const signIn = async () => {
      const roster = await router.call('auth.roster', {});
      if (!roster.ok) throw new Error(roster.error.message);
      const admin = (roster.data as { id: number; name: string }[]).find((u) => u.name === DEMO_ADMIN.name)!;
      const res = await router.call('auth.signIn', { userId: admin.id, secret: DEMO_ADMIN.secret });
      if (!res.ok) throw new Error(res.error.message);
      const users = await router.call('users.list', { includeInactive: false });
      if (!users.ok) throw new Error(users.error.message);
      for (const u of users.data as { id: number; name: string }[]) ids.set(u.name, u.id);
    };
    await signIn();
    await setPinCost(router, CHEAP_PIN_COST);
    for (const name of [DEMO_ADMIN, ...DEMO_STAFF].map((u) => u.name)) {
      if (!ids.has(name)) throw new Error(`generator: demo user ${name} missing`);
    }
    const random = seededRandom(options.seed ?? 20_261_120);
    const office: Office = {
      desk,
      clock,
      random,
      date: dateOf(0),
      counts: {},
      actAs(name) {
        desk.session.signIn(ids.get(name)!, clock.now().getTime());
      },
      userId(name) {
        const id = ids.get(name);
        if (id === undefined) throw new Error(`generator: no user ${name}`);
        return id;
      },
      async must<T>(channel: string, input: unknown): Promise<T> {
        calls++;
        const res = await router.call(channel, input);
        if (!res.ok)
          throw new Error(
            `generator: ${channel} refused on ${office.date}: ${res.error.code} ${res.error.message}`,
          );
        return res.data as T;
      },
    };
    const generators = busyOffice();
    for (const g of generators) await g.setup?.(office);
    for (let day = 0; day < days; day++) {
      office.date = dateOf(day);
      const events: DayEvent[] = generators.flatMap((g) => g.day(office, day));
      events.sort((a, b) => a.minute - b.minute); // stable: a ledger's own order holds within a minute
      for (const event of events) {
        clock.set(at(day, Math.min(event.minute, OPEN_MINUTES)));
        await event.run(office);
      }
      options.onDay?.(day + 1, days, office.counts);
    }
    desk.session.signIn(ids.get(DEMO_ADMIN.name)!, clock.now().getTime());
    await setPinCost(router);
    desk.session.signOut();
    return {
      days,
      firstDay: dateOf(0),
      lastDay: office.date,
      counts: office.counts,
      calls,
    };
  } finally {
    setSecretCost();
    desk.ledger.sqlite.pragma('synchronous = FULL');
    await desk.close();
  }
}

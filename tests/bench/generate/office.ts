import type { ManualClock } from '../../../electron/core/clock';
import type { Desk } from '../../../electron/core/desk';

/** The office opens at 09:00 local time. */
export const OPENING_HOUR = 9;
/** Minutes the office is open (09:00–18:00); every event of a day happens inside them. */
export const OPEN_MINUTES = 9 * 60;

/**
 * One event of a generated day: when it happens (minutes after opening) and the calls it makes.
 * The driver runs a day's events of every ledger in time order, so they interleave as at a desk.
 */
export interface DayEvent {
  minute: number;
  run(office: Office): Promise<void>;
}

/**
 * One ledger's share of the busy office: `setup` once on the new ledger, then `day` plans each
 * day's events. A generator keeps its own memory (which units are free, which keys are out) so
 * every call it plans is one the rules accept.
 */
export interface LedgerGenerator {
  name: string;
  setup?(office: Office): Promise<void>;
  day(office: Office, dayIndex: number): DayEvent[];
}

/** What a generator acts through: the desk, its clock, a seeded random source, and people. */
export interface Office {
  desk: Desk;
  clock: ManualClock;
  random(): number;
  /** The business date being generated (YYYY-MM-DD). */
  date: string;
  /** The person at the desk from now on (the generator acts in-process, see `actAs`). */
  actAs(name: string): void;
  userId(name: string): number;
  /** A call that must be accepted; a refusal stops the generator with the reason. */
  must<T = unknown>(channel: string, input: unknown): Promise<T>;
  counts: Record<string, number>;
}

export function pick<T>(office: Office, items: readonly T[]): T {
  return items[Math.floor(office.random() * items.length)]!;
}

/** A deterministic random source (mulberry32), so a cached ledger is the same every time. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A mainland mobile number, unique per index. */
export function phoneOf(index: number): string {
  return `139${String(index % 100_000_000).padStart(8, '0')}`;
}

/** Minutes spread evenly over the opening hours, with a little jitter. */
export function spread(office: Office, count: number, from = 0, to = OPEN_MINUTES - 1): number[] {
  const step = (to - from) / Math.max(count, 1);
  return Array.from({ length: count }, (_, i) => Math.floor(from + i * step + office.random() * step));
}

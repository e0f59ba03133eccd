/** The time source of the main process; tests and the demo generator substitute their own. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved; for tests and for generating past days. */
export class ManualClock implements Clock {
  private current: Date;
  constructor(start: Date | string) {
    this.current = new Date(start);
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date | string): void {
    this.current = new Date(to);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A clock someone may set: the tests' ManualClock, and the hosts' PinnableClock. */
export interface SettableClock extends Clock {
  set(to: Date | string): void;
}

/**
 * The system time, except while pinned. The demo history pins it to each past moment it writes
 * (the router dates every write by its clock) and releases it before anyone uses the desk, so
 * the hosts open one desk with one router and never need a second clock or a reopen. Pinning
 * rather than offsetting keeps the generated instants exact (deterministic) while it writes.
 */
export class PinnableClock implements SettableClock {
  private pinned: Date | null = null;
  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }
  set(to: Date | string): void {
    this.pinned = new Date(to);
  }
  release(): void {
    this.pinned = null;
  }
}

/** An instant as the desk's local hh:mm, the way a refusal names a time. */
export function localTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

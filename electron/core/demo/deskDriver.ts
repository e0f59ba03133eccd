import { businessDateOf } from '../../../shared/domain/businessDate';
import type { SettableClock } from '../clock';
import { DEMO_ADMIN, DEMO_STAFF } from '../demo';
import type { Router } from '../router';

/** The desk locks after 5 idle minutes (the default setting); someone at the desk looks at it sooner. */
const AWAKE_STEP_MS = 4 * 60_000;

export type StaffName = (typeof DEMO_STAFF)[number]['name'];

/**
 * Drives the router like the people at the desk would: the clock moves to each moment, the
 * right person signs in (with their demo PIN) and acts. Every write goes through the router, so
 * it is validated, role-checked, dated and audited like any other.
 */
export class DeskDriver {
  private ids = new Map<string, number>();
  private signedIn: string | null = null;

  constructor(
    readonly router: Router,
    readonly clock: SettableClock,
  ) {}

  /** Learns the staff's ids; false when the ledger is not the demo office (a staff name missing). */
  async load(): Promise<boolean> {
    const roster = await this.must<{ id: number; name: string }[]>('auth.roster', {});
    for (const user of roster) this.ids.set(user.name, user.id);
    return DEMO_STAFF.every((u) => this.ids.has(u.name));
  }

  id(name: StaffName): number {
    const id = this.ids.get(name);
    if (id === undefined) throw new Error(`demo: no user ${name}`);
    return id;
  }

  countersign(name: StaffName): { userId: number; secret: string } {
    return { userId: this.id(name), secret: secretOf(name) };
  }

  businessDate(): string {
    return businessDateOf(this.clock.now());
  }

  async must<T = unknown>(channel: string, input: unknown = {}): Promise<T> {
    const res = await this.router.call(channel, input);
    if (!res.ok) throw new Error(`demo history: ${channel} refused: ${res.error.code} ${res.error.message}`);
    return res.data as T;
  }

  /**
   * Moves the clock forward to `to`. While someone holds the desk it glances at the rotation
   * every few minutes on the way, as a person at the desk would, so the screen does not lock.
   */
  async walkTo(to: Date): Promise<void> {
    let now = this.clock.now().getTime();
    if (to.getTime() <= now) return;
    while (this.signedIn !== null && to.getTime() - now > AWAKE_STEP_MS) {
      now += AWAKE_STEP_MS;
      this.clock.set(new Date(now));
      await this.must('rotation.today', {});
    }
    this.clock.set(to);
  }

  /** `name` takes the desk (a no-op when they already hold it). */
  async as(name: StaffName): Promise<void> {
    if (this.signedIn === name) return;
    await this.must('auth.signIn', this.countersign(name));
    this.signedIn = name;
  }

  async signOut(): Promise<void> {
    await this.must('auth.signOut', {});
    this.signedIn = null;
  }
}

function secretOf(name: string): string {
  const user = [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.name === name);
  if (!user) throw new Error(`demo: no user ${name}`);
  return user.secret;
}

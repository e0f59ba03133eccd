import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from '../../../electron/core/demo';
import { historyDates, seedDemoHistory } from '../../../electron/core/demo/history';
import { at } from '../../../electron/core/demo/week';
import { openDesk, type Desk } from '../../../electron/core/desk';
import type { Channel, InputOf, OutputOf } from '../../../shared/contract';

/** Business dates are Shanghai's: the tests pin TZ=Asia/Shanghai. */
export const TODAY = '2026-11-23';
/** 10:00 in Shanghai on TODAY. */
export const NOW = '2026-11-23T02:00:00.000Z';

export interface TestOffice extends Desk {
  officeId: string;
  clock: ManualClock;
  /** A call as the person named (signs them in first), failing the test on a refusal. */
  as<C extends Channel>(name: string, channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
}

/**
 * A demo office with its own id at HQ and its own history (`days` closed business dates before
 * TODAY, from its own random seed, so offices differ), written through the router as the demo
 * does; its clock stands at NOW.
 */
export async function demoOffice(
  officeId: string,
  options: { days?: number; seed?: number } = {},
): Promise<TestOffice> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sitedesk-office-${officeId}-`));
  const days = options.days ?? 2;
  const clock = new ManualClock(NOW);
  const desk = await openDesk({ dataDir, clock, onInternalError: () => {} });
  if (days > 0) clock.set(at(historyDates(TODAY, days)[0]!, 8, 0));
  await seedDemo(desk.router, { officeId });
  clock.set(NOW);
  await seedDemoHistory(desk.router, clock, { days, seed: options.seed ?? 1 });
  const secrets = new Map([DEMO_ADMIN, ...DEMO_STAFF].map((u) => [u.name, u.secret]));
  const as = async <C extends Channel>(name: string, channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const roster = await desk.router.call('auth.roster', {});
    if (!roster.ok) throw new Error(roster.error.message);
    const user = (roster.data as { id: number; name: string }[]).find((u) => u.name === name);
    if (!user) throw new Error(`no user ${name}`);
    const signIn = await desk.router.call('auth.signIn', { userId: user.id, secret: secrets.get(name)! });
    if (!signIn.ok) throw new Error(signIn.error.message);
    const res = await desk.router.call(channel, input);
    if (!res.ok) throw new Error(`${channel} refused: ${res.error.code} ${res.error.message}`);
    return res.data as OutputOf<C>;
  };
  return Object.assign(desk, { officeId, clock, as });
}

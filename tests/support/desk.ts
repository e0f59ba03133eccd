import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ManualClock } from '../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from '../../electron/core/demo';
import { openDesk, type Desk } from '../../electron/core/desk';
import { LEDGER_FILE_NAME } from '../../db/connection';

/** A fresh ledger in its own temp folder: service tests run against real SQLite files. */
export function tempDir(prefix = 'sitedesk-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface TestDesk extends Desk {
  clock: ManualClock;
  /** Calls a channel and returns the data, failing the test on a refusal. */
  ok<T = unknown>(channel: string, input?: unknown): Promise<T>;
  /** Calls a channel that must be refused and returns the error code. */
  refused(channel: string, input?: unknown): Promise<string>;
  signInAs(name: string): Promise<void>;
  userId(name: string): number;
}

let demoTemplate: Promise<string> | null = null;

/** Seeding hashes a dozen PINs (slow on purpose); do it once per test process and copy the file. */
function demoLedgerTemplate(): Promise<string> {
  demoTemplate ??= (async () => {
    const dir = tempDir('sitedesk-template-');
    const desk = await openDesk({ dataDir: dir, clock: new ManualClock('2026-11-23T01:00:00.000Z') });
    await seedDemo(desk.router);
    await desk.close(); // closing checkpoints the WAL into the main file
    return path.join(dir, LEDGER_FILE_NAME);
  })();
  return demoTemplate;
}

export async function testDesk(
  options: { dataDir?: string; demo?: boolean; start?: string } = {},
): Promise<TestDesk> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = new ManualClock(options.start ?? '2026-11-23T02:00:00.000Z'); // 10:00 in Shanghai
  if ((options.demo ?? true) && !fs.existsSync(path.join(dataDir, LEDGER_FILE_NAME))) {
    fs.copyFileSync(await demoLedgerTemplate(), path.join(dataDir, LEDGER_FILE_NAME));
  }
  const desk = await openDesk({ dataDir, clock, onInternalError: () => {} });
  const ids = new Map<string, number>();
  const roster = await desk.router.call('auth.roster', {});
  if (roster.ok) for (const u of roster.data as { id: number; name: string }[]) ids.set(u.name, u.id);
  // Extends the desk object itself: `ledger` is a getter that follows a restore.
  const self: TestDesk = Object.assign(desk, {
    clock,
    async ok(channel: string, input: unknown = {}) {
      const res = await desk.router.call(channel, input);
      if (!res.ok) throw new Error(`${channel} refused: ${res.error.code} ${res.error.message}`);
      return res.data as never;
    },
    async refused(channel: string, input: unknown = {}) {
      const res = await desk.router.call(channel, input);
      if (res.ok) throw new Error(`${channel} was accepted but should be refused`);
      return res.error.code;
    },
    async signInAs(name: string) {
      const user = [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.name === name);
      if (!user) throw new Error(`no demo user ${name}`);
      await self.ok('auth.signIn', { userId: self.userId(name), secret: user.secret });
    },
    userId(name: string) {
      const id = ids.get(name);
      if (id === undefined) throw new Error(`no user ${name}`);
      return id;
    },
  });
  return self;
}

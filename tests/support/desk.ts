import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { ManualClock } from '../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF, seedDemo } from '../../electron/core/demo';
import { openDesk, type Desk } from '../../electron/core/desk';
import type { HelperLauncher } from '../../electron/core/verifyOffThread';
import { LEDGER_FILE_NAME } from '../../db/connection';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';

/**
 * The folders a test file made, removed once its tests are done (registered on import, so after
 * the file's own hooks: a desk or host they stop is stopped first). Left behind, a full run left
 * some 1.5 GB in the temp folder.
 */
const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  demoTemplate = null; // its folder is gone: a later file in this module instance seeds again
});

/** A fresh ledger in its own temp folder: service tests run against real SQLite files. */
export function tempDir(prefix = 'sitedesk-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

/**
 * A call's input as the contract declares it; it may be left out where no field is required
 * (the input then defaults to `{}`).
 */
export type InputArgs<C extends Channel> =
  Record<never, never> extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

/**
 * Calls that bypass the contract's types, for tests that send what a typed caller cannot:
 * wrong values on purpose (validation, fuzzing) or channels that do not exist.
 */
export interface UntypedCalls {
  ok(channel: string, input: unknown): Promise<unknown>;
  refused(channel: string, input: unknown): Promise<string>;
}

export interface TestDesk extends Desk {
  clock: ManualClock;
  /** Calls a channel and returns the data, failing the test on a refusal. */
  ok<C extends Channel>(channel: C, ...input: InputArgs<C>): Promise<OutputOf<C>>;
  /** Calls a channel with well-formed input that must be refused and returns the error code. */
  refused<C extends Channel>(channel: C, ...input: InputArgs<C>): Promise<string>;
  /** The same two calls without the contract's types. */
  untyped: UntypedCalls;
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
  options: { dataDir?: string; demo?: boolean; start?: string; helperLauncher?: HelperLauncher } = {},
): Promise<TestDesk> {
  const dataDir = options.dataDir ?? tempDir();
  const clock = new ManualClock(options.start ?? '2026-11-23T02:00:00.000Z'); // 10:00 in Shanghai
  if ((options.demo ?? true) && !fs.existsSync(path.join(dataDir, LEDGER_FILE_NAME))) {
    fs.copyFileSync(await demoLedgerTemplate(), path.join(dataDir, LEDGER_FILE_NAME));
  }
  const desk = await openDesk({
    dataDir,
    clock,
    onInternalError: () => {},
    helperLauncher: options.helperLauncher,
  });
  const ids = new Map<string, number>();
  const untyped: UntypedCalls = {
    async ok(channel, input) {
      const res = await desk.router.call(channel, input);
      if (!res.ok) throw new Error(`${channel} refused: ${res.error.code} ${res.error.message}`);
      return res.data;
    },
    async refused(channel, input) {
      const res = await desk.router.call(channel, input);
      if (res.ok) throw new Error(`${channel} was accepted but should be refused`);
      return res.error.code;
    },
  };
  const roster = (await untyped.ok('auth.roster', {})) as OutputOf<'auth.roster'>;
  for (const u of roster) ids.set(u.name, u.id);
  // Extends the desk object itself: `ledger` is a getter that follows a restore.
  const self: TestDesk = Object.assign(desk, {
    clock,
    untyped,
    // The router parsed the input and the answer against the contract: the data is OutputOf<C>.
    ok: (channel: Channel, input: unknown = {}) => untyped.ok(channel, input) as Promise<never>,
    refused: (channel: Channel, input: unknown = {}) => untyped.refused(channel, input),
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

/** A demo desk (its clock at `start`, 10:00 of 2026-11-23 by default) with 王芳 signed in. */
export async function atFrontDesk(start?: string): Promise<TestDesk> {
  const desk = await testDesk(start ? { start } : {});
  await desk.signInAs('王芳');
  return desk;
}

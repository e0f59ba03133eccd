import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { backupFileName } from '../../db/backup';
import { dailyBackupDue, listBackups } from '../../electron/core/backups';
import { startJobs, type JobHost } from '../../electron/core/jobs';
import { backupsDir } from '../../electron/core/paths';
import { tempDir, testDesk, type TestDesk } from '../support/desk';

/**
 * The day's backup waits for the desk: not with its start (it slowed the first sign-in screen),
 * but once it has run a minute and nobody has done anything at it for a minute — or, on a desk
 * never quiet, once it has run an hour.
 */
let desk: TestDesk;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
  await desk?.close();
});

const MINUTE = 60_000;
const dailies = (d: TestDesk) => listBackups(d.dataDir).filter((b) => b.reason === 'daily');

/**
 * Starts the jobs and stops them: what one check at this moment does. Each job's first run starts
 * at once (its decision to back up is taken then), and the stop waits for it — a backup included.
 */
async function oneCheck(d: TestDesk): Promise<void> {
  stop = d.startBackgroundJobs();
  await stop();
  stop = null;
}

describe('the daily backup waits until the desk is quiet', () => {
  test('not at the start: the desk has not run a minute', async () => {
    desk = await testDesk();
    expect(dailyBackupDue(desk.dataDir, desk.clock.now())).toBe(true);
    await oneCheck(desk);
    desk.clock.advance(59_000);
    await oneCheck(desk);
    expect(dailies(desk)).toEqual([]);
  });

  test('a minute after the start with nobody at the desk: taken', async () => {
    desk = await testDesk();
    desk.clock.advance(MINUTE);
    stop = desk.startBackgroundJobs();
    await vi.waitFor(() => expect(dailies(desk)).toHaveLength(1), { timeout: 30_000 });
  });

  test('while someone works at the desk it waits; a minute after their last act it is taken', async () => {
    desk = await testDesk();
    desk.clock.advance(5 * MINUTE);
    await desk.signInAs('王芳');
    desk.clock.advance(40_000);
    await desk.ok('visits.day', {}); // an act of theirs (a page read; not a poll)
    desk.clock.advance(50_000);
    await oneCheck(desk);
    expect(dailies(desk)).toEqual([]);
    // the pages' polls are not acts
    await desk.ok('notifications.list', { unreadOnly: false });
    desk.clock.advance(10_000);
    stop = desk.startBackgroundJobs();
    await vi.waitFor(() => expect(dailies(desk)).toHaveLength(1), { timeout: 30_000 });
  });

  test('a desk never quiet takes it an hour after its start', async () => {
    desk = await testDesk();
    await desk.signInAs('王芳');
    // an act every 50 seconds: 71 of them make 59 min 10 s
    for (let i = 0; i < 71; i++) {
      desk.clock.advance(50_000);
      await desk.ok('visits.day', {});
    }
    await oneCheck(desk);
    expect(dailies(desk)).toEqual([]);
    desk.clock.advance(50_000); // an hour
    await desk.ok('visits.day', {});
    stop = desk.startBackgroundJobs();
    await vi.waitFor(() => expect(dailies(desk)).toHaveLength(1), { timeout: 30_000 });
  }, 90_000);
});

describe("the day is the office's, not UTC's", () => {
  // TZ=Asia/Shanghai (the tests' zone): 08:00 there is 00:00 UTC
  const taken = (dir: string, at: string) => {
    fs.mkdirSync(backupsDir(dir), { recursive: true });
    fs.writeFileSync(path.join(backupsDir(dir), backupFileName('dayclose', new Date(at))), '');
  };

  test('a backup of last evening does not count for this morning before 08:00', () => {
    const dir = tempDir();
    taken(dir, '2026-12-06T14:00:00.000Z'); // 22:00 on the 6th
    expect(dailyBackupDue(dir, new Date('2026-12-06T23:30:00.000Z'))).toBe(true); // 07:30 on the 7th
  });

  test('a backup taken at 07:30 counts for the rest of that day', () => {
    const dir = tempDir();
    taken(dir, '2026-12-06T23:30:00.000Z'); // 07:30 on the 7th
    expect(dailyBackupDue(dir, new Date('2026-12-07T01:00:00.000Z'))).toBe(false); // 09:00
    expect(dailyBackupDue(dir, new Date('2026-12-07T15:59:00.000Z'))).toBe(false); // 23:59
    expect(dailyBackupDue(dir, new Date('2026-12-07T16:00:00.000Z'))).toBe(true); // 00:00 on the 8th
  });
});

test('a job run still going when its next falls due is not joined by a second', async () => {
  let inside = 0;
  let most = 0;
  let runs = 0;
  const stopJobs = startJobs(
    [
      {
        everyMs: 20,
        run: async () => {
          runs++;
          most = Math.max(most, ++inside);
          await new Promise((resolve) => setTimeout(resolve, 150));
          inside--;
        },
      },
    ],
    {} as JobHost,
    () => {},
  );
  await vi.waitFor(() => expect(runs).toBeGreaterThanOrEqual(2), { timeout: 5_000 });
  await stopJobs();
  expect(most).toBe(1);
});

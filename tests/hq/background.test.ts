import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HQ_SYNC_EVERY_MS } from '../../electron/core/services/sync';
import {
  lastSyncRanOn,
  startBackgroundSync,
  stopBackgroundSync,
  syncRunning,
} from '../../electron/core/sync/background';
import { saveHqConnection } from '../../electron/core/sync/connection';
import { readLastSync } from '../../electron/core/sync/lastSync';
import { freshHq, type TestHq } from './support/hq';
import { demoOffice, type TestOffice } from './support/offices';

/**
 * The desk syncs by itself: its job starts a run on a worker thread when a connection is set up
 * and returns at once; one run at a time; the outcome is kept for `sync.status`.
 */
let hq: TestHq;
let office: TestOffice;
let url: string;

beforeAll(async () => {
  hq = await freshHq();
  office = await demoOffice('bg', { days: 1, seed: 3 });
  url = (await hq.addOffice('bg', '后台案场')).url;
});
afterAll(async () => {
  await stopBackgroundSync();
  await office?.close();
  await hq?.close();
});

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the background sync', () => {
  test('without a connection the job does nothing', async () => {
    const stop = office.startBackgroundJobs();
    await stop();
    expect(syncRunning(office.dataDir)).toBe(false);
    expect(readLastSync(office.dataDir)).toBeNull();
  });

  test('with one, the job starts a run on a worker and the desk is told how it ended', async () => {
    saveHqConnection(office.dataDir, url);
    const stop = office.startBackgroundJobs(); // its jobs run once at once, then every interval
    try {
      expect(HQ_SYNC_EVERY_MS).toBeLessThanOrEqual(5 * 60_000);
      expect(syncRunning(office.dataDir)).toBe(true);
      // a second start while it runs joins the same run
      const same = startBackgroundSync(office.dataDir, url);
      expect(syncRunning(office.dataDir)).toBe(true);
      const report = await same;
      expect(report).toMatchObject({ state: 'synced', officeId: 'bg' });
      expect(lastSyncRanOn()).toBe('worker');
      await until(() => !syncRunning(office.dataDir));
    } finally {
      await stop();
    }
    await office.as('李经理', 'calls.record', {
      callerName: '周先生',
      phone: '13500001111',
      channel: '其他',
    });
    const status = await office.as('李经理', 'sync.status', {});
    expect(status).toMatchObject({
      officeId: 'bg',
      configured: true,
      connection: 'file',
      lastRun: { state: 'synced' },
      witnessProblem: null,
    });
    // the call (and its sign-in) came after the run: HQ has not had them yet
    expect(status.backlog).toBe(status.localSeq - status.acknowledged!.seq);
    expect(status.backlog).toBeGreaterThanOrEqual(2);
    expect(status.acknowledged?.fingerprint).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
  });
});

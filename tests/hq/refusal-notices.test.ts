import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ManualClock } from '../../electron/core/clock';
import { DEMO_ADMIN, DEMO_STAFF } from '../../electron/core/demo';
import { openDesk, type Desk } from '../../electron/core/desk';
import { stopBackgroundSync, startBackgroundSync } from '../../electron/core/sync/background';
import { saveHqConnection } from '../../electron/core/sync/connection';
import { readLastSync } from '../../electron/core/sync/lastSync';
import { syncWithHq } from '../../electron/core/sync/run';
import type { OutputOf } from '../../shared/contract';
import { freshHq, type TestHq } from './support/hq';
import { forgeCall } from './support/ledgerFiles';
import { demoOffice, NOW } from './support/offices';

/**
 * When HQ refuses the ledger, the administrator and the manager are told — once per refusal,
 * whichever run met it first — and the status says where the sync stopped.
 */
let hq: TestHq;
let desk: Desk;
let dataDir: string;
let url: string;

beforeAll(async () => {
  hq = await freshHq();
  const office = await demoOffice('fk', { days: 1, seed: 13 });
  dataDir = office.dataDir;
  url = (await hq.addOffice('fk')).url;
  expect(await syncWithHq({ dataDir, url })).toMatchObject({ state: 'synced' });
  await office.close();
  // someone rewrites the ledger's past while the desk is closed, recomputing the chain
  forgeCall(dataDir);
  saveHqConnection(dataDir, url);
  desk = await openDesk({ dataDir, clock: new ManualClock(NOW), onInternalError: () => {} });
});
afterAll(async () => {
  await stopBackgroundSync();
  await desk?.close();
  await hq?.close();
});

async function as(name: string): Promise<void> {
  const roster = await desk.router.call('auth.roster', {});
  const user = (roster.ok ? (roster.data as { id: number; name: string }[]) : []).find(
    (u) => u.name === name,
  )!;
  const secret = [DEMO_ADMIN, ...DEMO_STAFF].find((u) => u.name === name)!.secret;
  expect((await desk.router.call('auth.signIn', { userId: user.id, secret })).ok).toBe(true);
}

async function notifications(): Promise<OutputOf<'notifications.list'>['items']> {
  const res = await desk.router.call('notifications.list', { unreadOnly: false });
  if (!res.ok) throw new Error(res.error.message);
  return (res.data as OutputOf<'notifications.list'>).items.filter((n) => n.kind === 'hq_sync');
}

describe('a refusal from HQ', () => {
  test('is told to the manager once, with the entry where the chains part; the sync stops', async () => {
    await as('李经理');
    // the desk's own job: it starts a run on its worker, and tells of the refusal when it ends
    const stop = desk.startBackgroundJobs();
    try {
      while ((await notifications()).length === 0) await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await stop();
    }
    const report = readLastSync(dataDir)!;
    expect(report).toMatchObject({ state: 'fork' });
    // told once: the same refusal again is not told again
    expect(await desk.router.call('sync.noteRefusal', {}, { system: true })).toMatchObject({
      ok: true,
      data: { notified: false },
    });
    const told = await notifications();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      severity: 'critical',
      titleKey: 'hqSyncFork',
      params: { seq: report.head!.seq },
      forRoles: ['admin', 'manager'],
    });
    const status = await desk.router.call('sync.status', {});
    expect(status).toMatchObject({ ok: true, data: { lastRun: { state: 'fork' } } });
    expect((status.ok && (status.data as OutputOf<'sync.status'>).witnessProblem) || '').toMatch(
      /was rewritten/,
    );
    // the same refusal met again by the next run is not told again
    expect(await startBackgroundSync(dataDir, url)).toMatchObject({ state: 'fork' });
    await desk.router.call('sync.noteRefusal', {}, { system: true });
    expect(await notifications()).toHaveLength(1);
  });

  test('a receptionist is not told, and cannot make the call', async () => {
    await as('王芳');
    expect(await notifications()).toHaveLength(0);
    const res = await desk.router.call('sync.noteRefusal', {});
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { receptionistAt, startHandover } from '../support/handover';

let desk: TestDesk;
afterEach(async () => desk?.close());

/** As the app's background jobs run it: a system call, whoever is (or is not) at the desk. */
async function checkMissed() {
  const res = await desk.router.call('handover.checkMissed', {}, { system: true });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

describe('a shift without a handover', () => {
  test('warns the manager once per missed shift, from the background jobs', async () => {
    // The demo desk was set up on the 23rd at 09:00: that day's day shift had begun already and
    // is not judged; every shift since is.
    desk = await receptionistAt('2026-11-24T09:00:00.000Z'); // 17:00 on the 24th
    expect(await checkMissed()).toEqual({ posted: 1 }); // the night shift of the 23rd wrote none
    desk.clock.set('2026-11-24T09:59:00.000Z'); // 17:59: the day shift ended at 17:30, grace 30 min
    expect(await checkMissed()).toEqual({ posted: 0 });
    desk.clock.set('2026-11-24T10:01:00.000Z'); // 18:01
    expect(await checkMissed()).toEqual({ posted: 1 });
    expect(await checkMissed()).toEqual({ posted: 0 });
    // the night shift writes its handover before leaving; its end passes without a warning
    await desk.signInAs('陈静');
    desk.clock.set('2026-11-24T16:55:00.000Z'); // 00:55
    await desk.signInAs('陈静');
    await startHandover(desk, '王芳');
    desk.clock.set('2026-11-24T17:45:00.000Z'); // 01:45
    expect(await checkMissed()).toEqual({ posted: 0 });
    await desk.signInAs('李经理');
    const notes = await desk.ok('notifications.list');
    expect(notes.items.filter((n) => n.kind === 'handover_missing').map((n) => n.params)).toEqual([
      { date: '2026-11-24', shift: '白班', end: '17:30' },
      { date: '2026-11-23', shift: '晚班', end: '01:00' },
    ]);
    await desk.signInAs('王芳'); // receptionists are not the ones warned
    const mine = await desk.ok('notifications.list');
    expect(mine.items.some((n) => n.kind === 'handover_missing')).toBe(false);
  });
});

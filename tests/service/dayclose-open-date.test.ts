import { afterEach, expect, test, vi } from 'vitest';
import type * as handoverCheck from '../../electron/core/services/dayclose/handoverCheck';
import { testDesk, type TestDesk } from '../support/desk';
import { closeADay, DAY, EVENING, NEXT } from '../support/dayclose';

vi.mock('../../electron/core/services/dayclose/handoverCheck', async (original) => ({
  ...(await original<typeof handoverCheck>()),
  unacknowledgedHandovers: vi.fn(async () => []),
}));

/** The home page shows the date the desk writes into: after an evening close, the next one. */
let desk: TestDesk;
afterEach(async () => desk?.close());

test('after an evening close the open business date is the next one, for every signed-in role', async () => {
  desk = await testDesk();
  desk.clock.set(EVENING);
  await desk.signInAs('王芳');
  expect(await desk.ok('dayclose.openDate')).toEqual({ businessDate: DAY, clockDate: DAY });
  await closeADay(desk);
  for (const name of ['王芳', '李经理', '张伟'] as const) {
    await desk.signInAs(name);
    expect(await desk.ok('dayclose.openDate'), name).toEqual({ businessDate: NEXT, clockDate: DAY });
  }
});

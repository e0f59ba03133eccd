import { afterEach, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';

let desk: TestDesk;
afterEach(async () => desk?.close());

const pendingIds = async (d: TestDesk) => (await d.ok('handover.desk')).pending.map((h) => h.id);

test('the desk lists exactly the handovers not yet acknowledged, as they come and go', async () => {
  desk = await receptionistAt();
  // The test's own account: every handover started, less those acknowledged.
  const started: number[] = [];
  const acknowledged = new Set<number>();
  const expected = () => started.filter((id) => !acknowledged.has(id)).reverse();

  expect(await pendingIds(desk)).toEqual([]); // a desk that has never handed over

  const day = await startHandover(desk, '陈静');
  started.push(day.id);
  expect(await pendingIds(desk)).toEqual(expected());
  const seen = (await desk.ok('handover.desk')).pending[0]!;
  expect(seen).toMatchObject({ fromName: '王芳', toName: '陈静', acknowledgedAt: null });

  await desk.ok('handover.acknowledge', fullAck(desk, day, await snapshot(desk)));
  acknowledged.add(day.id);
  expect(await pendingIds(desk)).toEqual(expected());

  // The night: 陈静 hands back to 王芳, who acknowledges it the next morning.
  desk.clock.set('2026-11-23T16:50:00.000Z');
  await desk.signInAs('陈静');
  const night = await startHandover(desk, '王芳');
  started.push(night.id);
  const nightSnap = await snapshot(desk);
  expect(await pendingIds(desk)).toEqual(expected());
  expect(expected()).toEqual([night.id]);

  desk.clock.set('2026-11-24T00:35:00.000Z');
  await desk.signInAs('王芳');
  expect(await pendingIds(desk)).toEqual([night.id]); // whoever asks
  await desk.ok('handover.acknowledge', fullAck(desk, night, nightSnap, '王芳'));
  acknowledged.add(night.id);
  expect(await pendingIds(desk)).toEqual([]);
  expect((await desk.ok('handover.log', {})).map((h) => h.id)).toEqual([night.id, day.id]);
});

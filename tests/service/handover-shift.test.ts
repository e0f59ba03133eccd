import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';

/**
 * Which shift a handover is filed under: the outgoing person's ending shift (白班 08:30–17:30,
 * 晚班 17:30–01:00 by default, 000:75), whatever shift the clock is in when it is written.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

/** Shanghai wall-clock time on a November 2026 day, as the UTC instant. */
const local = (day: number, hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(2026, 10, day, h - 8, m)).toISOString();
};

async function checkMissed() {
  const res = await desk.router.call('handover.checkMissed', {}, { system: true });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

/** `from` writes to `to` at `writtenAt`; `to`, signed in at `signedAt`, signs with her PIN. */
async function handOver(from: '王芳' | '陈静', to: '王芳' | '陈静', writtenAt: string, signedAt: string) {
  desk.clock.set(writtenAt);
  await desk.signInAs(from);
  const h = await startHandover(desk, to);
  // what is on the desk, as the outgoing person's screen shows it (the incoming one counts blind)
  const onDesk = await snapshot(desk);
  desk.clock.set(signedAt);
  await desk.signInAs(to);
  await desk.ok('handover.acknowledge', fullAck(desk, h, onDesk, to));
  return h;
}

describe('the outgoing person’s ending shift', () => {
  test('written at 18:51 by the day shift, a handover is the 白班’s, and it clears that shift’s missed-handover warning', async () => {
    desk = await receptionistAt(local(23, '17:20'));
    // the 23rd: 王芳 hands the desk to 陈静 before 17:30; 陈静 hands over after midnight;
    // 王芳 takes the desk back the next morning
    await handOver('王芳', '陈静', local(23, '17:20'), local(23, '17:25'));
    const night = await handOver('陈静', '王芳', local(24, '00:50'), local(24, '08:32'));
    expect(night).toMatchObject({ shiftName: '晚班', businessDate: '2026-11-23' });

    // the 24th: the day shift ends at 17:30 and nobody writes; the manager is warned at 18:01
    desk.clock.set(local(24, '18:01'));
    expect(await checkMissed()).toEqual({ posted: 1 });

    // 王芳 writes her handover at 18:51, in the night shift by the clock
    desk.clock.set(local(24, '18:51'));
    await desk.signInAs('王芳');
    expect((await desk.ok('handover.desk')).endingShift).toMatchObject({
      name: '白班',
      businessDate: '2026-11-24',
    });
    const late = await startHandover(desk, '陈静');
    expect(late).toMatchObject({ shiftName: '白班', businessDate: '2026-11-24' });

    // the warning is cleared for the manager, and no second one comes
    desk.clock.set(local(24, '19:30'));
    expect(await checkMissed()).toEqual({ posted: 0 });
    await desk.signInAs('李经理');
    const notes = (await desk.ok('notifications.list')).items;
    const missing = notes.filter((n) => n.kind === 'handover_missing');
    expect(missing.map((n) => n.params)).toEqual([{ date: '2026-11-24', shift: '白班', end: '17:30' }]);
    const cleared = notes.filter((n) => n.kind === 'handover_written_late');
    expect(cleared.map((n) => n.params)).toEqual([
      { date: '2026-11-24', shift: '白班', from: '王芳', to: '陈静', at: '18:51' },
    ]);
    const clearings = desk.ledger.sqlite
      .prepare('SELECT notice_id, handover_id FROM handover_missed_clearings')
      .all() as { notice_id: number; handover_id: number }[];
    expect(clearings).toHaveLength(1);
    expect(clearings[0]!.handover_id).toBe(late.id);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true }); // signed in as the manager
  });

  test('each handover goes to the shift its writer is ending, whatever the clock says', async () => {
    desk = await receptionistAt(local(23, '17:20'));
    // no desk holder yet: the shift whose end is nearest (17:30)
    const first = await handOver('王芳', '陈静', local(23, '17:20'), local(23, '17:25'));
    expect(first.shiftName).toBe('白班');

    // 陈静 took the desk at 17:25, five minutes before the change: she is the night shift, even
    // when she leaves early at 21:30
    desk.clock.set(local(23, '21:30'));
    await desk.signInAs('陈静');
    expect((await desk.ok('handover.desk')).endingShift).toMatchObject({
      name: '晚班',
      businessDate: '2026-11-23',
    });

    // written after midnight, and even the next morning, the night's handover is the 晚班's
    desk.clock.set(local(24, '08:40'));
    await desk.signInAs('陈静');
    expect((await desk.ok('handover.desk')).endingShift).toMatchObject({
      name: '晚班',
      businessDate: '2026-11-23',
    });
    await handOver('陈静', '王芳', local(24, '08:40'), local(24, '08:45'));

    // a midday cover: the assistant takes over at 12:00 and hands back at 13:00, both 白班
    desk.clock.set(local(24, '12:00'));
    await desk.signInAs('王芳');
    const toCover = await startHandover(desk, '刘敏');
    expect(toCover.shiftName).toBe('白班');
    await desk.ok('handover.acknowledge', {
      ...fullAck(desk, toCover, await snapshot(desk)),
      countersign: { userId: desk.userId('刘敏'), secret: '4444' },
    });
    desk.clock.set(local(24, '13:00'));
    await desk.signInAs('刘敏');
    const back = await startHandover(desk, '王芳');
    expect(back.shiftName).toBe('白班');
    await desk.ok('handover.acknowledge', fullAck(desk, back, await snapshot(desk), '王芳'));

    // 王芳 took the desk back at 13:00 and stays late: at 21:30 her handover is still the 白班's
    desk.clock.set(local(24, '21:30'));
    await desk.signInAs('王芳');
    expect((await desk.ok('handover.desk')).endingShift).toMatchObject({
      name: '白班',
      businessDate: '2026-11-24',
    });

    // the writer may still name the shift herself
    await desk.signInAs('陈静');
    expect((await desk.ok('handover.desk')).endingShift).toMatchObject({ name: '晚班' });
    expect((await startHandover(desk, '王芳', { shiftName: '白班' })).shiftName).toBe('白班');
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import type { BoardUnit, HoldView } from '../../shared/contract/holds';
import { testDesk, type TestDesk } from '../support/desk';
import { requestAs, depositInput } from '../support/holds';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;

async function board(d: TestDesk): Promise<BoardUnit[]> {
  return (await d.ok('holds.board')).units;
}

describe('the approval queue', () => {
  test('lists exactly the pending holds, oldest first, among claims in every other state', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const units = (await board(desk)).slice(0, 10);
    const consultants = ['张伟', '孙丽', '周强', '吴娜'];
    const holds: HoldView[] = [];
    for (const [i, unit] of units.entries()) {
      holds.push(await requestAs(desk, consultants[i % consultants.length]!, unit.id));
    }
    await desk.signInAs('李经理');
    // 0, 5, 9 stay pending. 1 held; 2 held for a minute, then lapses unreleased; 3 reserved;
    // 4 signed; 6 rejected (claim freed); 7 released, then asked for again (a new pending hold);
    // 8 reserved then cancelled (claim freed).
    await desk.ok('holds.approve', { holdId: holds[1]!.id });
    await desk.ok('holds.approve', { holdId: holds[2]!.id, minutes: 1 });
    await desk.ok('holds.approve', { holdId: holds[3]!.id });
    await desk.ok('holds.deposit', depositInput(desk, holds[3]!.id, 1_000_000, 'Q-3'));
    await desk.ok('holds.approve', { holdId: holds[4]!.id });
    await desk.ok('holds.deposit', depositInput(desk, holds[4]!.id, 1_000_000, 'Q-4'));
    await desk.ok('holds.sign', { holdId: holds[4]!.id });
    await desk.ok('holds.reject', { holdId: holds[6]!.id, reason: '资料不全' });
    await desk.ok('holds.approve', { holdId: holds[7]!.id });
    await desk.ok('holds.release', { holdId: holds[7]!.id, reason: '客户未下定' });
    await desk.ok('holds.approve', { holdId: holds[8]!.id });
    await desk.ok('holds.deposit', depositInput(desk, holds[8]!.id, 1_000_000, 'Q-8'));
    await desk.ok('holds.cancel', { holdId: holds[8]!.id, refundFen: 1_000_000, reason: '客户退订' });
    const again = await requestAs(desk, '孙丽', units[7]!.id, {
      customerName: '李女士',
      customerPhone: '139 0000 1111',
    });
    desk.clock.advance(2 * MIN); // hold 2 runs out; nobody has released it yet
    await desk.signInAs('李经理');

    const queue = await desk.ok('holds.queue');
    expect(queue.map((h) => h.id)).toEqual([holds[0]!.id, holds[5]!.id, holds[9]!.id, again.id]);
    expect(queue.every((h) => h.state === 'pending')).toBe(true);
    expect(queue.at(-1)).toMatchObject({
      unitId: units[7]!.id,
      consultantName: '孙丽',
      customerName: '李女士',
    });
    // The board agrees: the units waiting for a decision are the queue's.
    const waiting = (await board(desk)).filter((u) => u.status === 'pending').map((u) => u.hold!.id);
    expect(waiting.sort((a, b) => a - b)).toEqual(queue.map((h) => h.id));
    // Each queued hold is the view the approver acts on.
    expect(queue[0]).toEqual(holds[0]);

    await desk.ok('holds.approve', { holdId: holds[5]!.id });
    expect((await desk.ok('holds.queue')).map((h) => h.id)).toEqual([holds[0]!.id, holds[9]!.id, again.id]);
  });
});

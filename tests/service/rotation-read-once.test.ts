import { afterEach, describe, expect, test } from 'vitest';
import type { RotationView } from '../../shared/contract/rotation';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

/**
 * A rotation write reads the day once and adds its own event to what it read, instead of reading
 * and replaying the day again: the panel it answers must be the one the ledger gives right after.
 */
async function matchesLedger(answer: RotationView): Promise<RotationView> {
  expect(answer).toEqual(await desk.ok('rotation.today'));
  return answer;
}

describe('the rotation a write answers is the ledger’s', () => {
  test('order set, turns taken, away and back, a named and an owner reception, a make-up turn', async () => {
    desk = await morningAtDesk({ ownership: 'phone' }); // the owner receives by phone
    await matchesLedger(await desk.ok('rotation.today'));

    const first = await walkIn(desk, { name: '王先生', phone: '13812345678' }); // 张伟's turn
    await matchesLedger(first.rotation);
    expect(first.visit.chosenBy).toBe('rotation');
    const away = await matchesLedger(
      await desk.ok('rotation.markAway', { consultantId: desk.userId('孙丽') }),
    );
    expect(away.next?.name).toBe('周强');
    const second = await walkIn(desk, { name: '李女士' }); // 周强, 孙丽 being away
    await matchesLedger(second.rotation);
    expect(second.visit.consultantName).toBe('周强');
    await matchesLedger(await desk.ok('rotation.markBack', { consultantId: desk.userId('孙丽') }));

    // the owner receives a returning customer, the named consultant one who asks: no turn taken
    const owner = await walkIn(desk, { name: '王先生', phone: '13812345678' });
    expect(owner.visit).toMatchObject({ chosenBy: 'owner', consultantName: '张伟' });
    const named = await walkIn(desk, { name: '赵先生', named: '吴娜' });
    expect(named.visit).toMatchObject({ chosenBy: 'named', consultantName: '吴娜' });
    for (const r of [owner, named]) {
      expect(r.rotation).toEqual(await desk.ok('rotation.today'));
    }

    await desk.ok('visits.amend', { visitId: second.visit.id, outcome: 'market_research' });
    await desk.signInAs('李经理');
    const makeup = await matchesLedger(
      await desk.ok('rotation.grantMakeup', { visitId: second.visit.id, reason: '同行市调' }),
    );
    expect(makeup.next?.name).toBe('周强');
    expect(makeup.events.at(-1)).toMatchObject({ kind: 'makeup', consultant: '周强', reason: '同行市调' });

    await desk.signInAs('王芳');
    const reset = await matchesLedger(
      await desk.ok('rotation.setOrder', {
        consultantIds: ['吴娜', '张伟'].map((n) => desk.userId(n)),
      }),
    );
    expect(reset.queue.map((q) => q.name)).toEqual(['吴娜', '张伟']);
    expect(reset.events.map((e) => e.queueAfter.length)).toContain(2);
  });
});

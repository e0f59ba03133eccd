import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_SETTINGS } from '../../shared/contract/settings';
import type { TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';
import { morningAtDesk, queueNames, setOwnershipRule, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const PHONE = '13812345678';

/**
 * 004:241: "若客户说没有联系过或以前联系过但已忘记业务员姓名，则该客户应视为新客户" — a visitor who cannot
 * name their consultant is new and goes by rotation, whatever the phone says; the phone match is
 * shown to the desk and asks the manager whose customer they are (setting `ownership`).
 */
describe('a returning visitor who cannot name the consultant (setting ownership)', () => {
  test('the rulebook is the default', () => {
    expect(DEFAULT_SETTINGS.ownership).toBe('rulebook');
  });

  test('by the rulebook: received by rotation as new; the phone match raises a question for the manager', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { name: '李女士', phone: PHONE }); // 张伟 receives, owns her
    expect(await queueNames(desk)).toEqual(['孙丽', '周强', '吴娜', '张伟']);

    // She is back and names nobody: the desk is shown the match, 孙丽 (next in turn) receives.
    const proposal = await desk.ok('visits.propose', { phone: PHONE });
    expect(proposal).toMatchObject({
      consultant: { name: '孙丽' },
      chosenBy: 'rotation',
      returning: false,
      ownershipQuestion: true,
      disputes: false,
      customer: { name: '李女士', ownerName: '张伟' },
    });
    const back = await walkIn(desk, { name: '李女士', phone: PHONE });
    expect(back.visit).toMatchObject({ consultantName: '孙丽', chosenBy: 'rotation', returning: false });
    expect(back.disputeId).not.toBeNull();
    expect(await queueNames(desk)).toEqual(['周强', '吴娜', '张伟', '孙丽']); // the turn was used
    // Counted as new (004:255 reports new walk-ins): the analysis says so.
    const day = await desk.ok('visits.analysis', { period: 'day' });
    expect(day.visits).toMatchObject({ total: 2, new: 2, returning: 0 });

    // The manager decides as today: until then 张伟 still owns her.
    await desk.signInAs('李经理');
    const [question] = await desk.ok('customers.disputes', {});
    expect(question).toMatchObject({
      claimantName: '孙丽',
      visitId: back.visit.id,
      customer: { ownerName: '张伟' },
    });
    const notes = await desk.ok('notifications.list', {});
    expect(notes.items.filter((n) => n.kind === 'ownership_dispute')).toHaveLength(1);
    await desk.ok('customers.decide', {
      claimId: question!.claimId,
      ownerId: desk.userId('孙丽'),
      reason: '客户记不得张伟，由孙丽接待并跟进',
    });
    await desk.signInAs('王芳');
    expect((await desk.ok('visits.propose', { phone: PHONE })).customer?.ownerName).toBe('孙丽');
  });

  test('by the rulebook: when the one whose turn it is owns them, nothing is asked', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { name: '李女士', phone: PHONE }); // 张伟
    for (const name of ['王先生', '赵先生', '钱先生']) await walkIn(desk, { name }); // 孙丽, 周强, 吴娜
    const back = await walkIn(desk, { name: '李女士', phone: PHONE }); // 张伟's turn again
    expect(back.visit).toMatchObject({ consultantName: '张伟', chosenBy: 'rotation' });
    expect(back.disputeId).toBeNull();
    expect(rowCount(desk, 'ownership_claims')).toBe(0);
  });

  test('by the rulebook: naming the consultant still decides, without a turn', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { name: '李女士', phone: PHONE }); // 张伟
    const named = await walkIn(desk, { name: '李女士', phone: PHONE, named: '张伟' });
    expect(named.visit).toMatchObject({ consultantName: '张伟', chosenBy: 'named', returning: true });
    expect(named.disputeId).toBeNull();
    expect(await queueNames(desk)).toEqual(['孙丽', '周强', '吴娜', '张伟']);
  });

  test('by phone: the owner receives without a turn, no question asked', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { name: '李女士', phone: PHONE }); // 张伟
    await setOwnershipRule(desk, 'phone');
    const back = await walkIn(desk, { name: '李女士', phone: PHONE });
    expect(back.visit).toMatchObject({ consultantName: '张伟', chosenBy: 'owner', returning: true });
    expect(back.disputeId).toBeNull();
    expect(await queueNames(desk)).toEqual(['孙丽', '周强', '吴娜', '张伟']);
  });

  test('an unknown setting value is refused; the settings keep the rule', async () => {
    desk = await morningAtDesk();
    await desk.signInAs('系统管理员');
    expect(await desk.untyped.refused('settings.update', { ownership: 'owner' })).toBe('INVALID_INPUT');
    expect((await desk.ok('settings.get')).ownership).toBe('rulebook');
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, queueNames, setTodaysOrder, walkIn } from '../support/visits';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('reception rules (004:233-255) and the rotation 轮排', () => {
  test('a new visitor goes to the consultant whose turn it is, who moves to the end', async () => {
    desk = await morningAtDesk();
    expect(await queueNames(desk)).toEqual(['张伟', '孙丽', '周强', '吴娜']);
    const first = await walkIn(desk);
    expect(first.visit).toMatchObject({ consultantName: '张伟', chosenBy: 'rotation', returning: false });
    expect(first.rotation.next?.name).toBe('孙丽');
    const second = await walkIn(desk, { phone: '138 1234 5678' });
    expect(second.visit.consultantName).toBe('孙丽');
    expect(await queueNames(desk)).toEqual(['周强', '吴娜', '张伟', '孙丽']);
  });

  test('by phone (setting ownership: phone), a returning visitor goes to the owner without consuming the turn', async () => {
    desk = await morningAtDesk({ ownership: 'phone' });
    await walkIn(desk); // 张伟
    await walkIn(desk, { phone: '13812345678', name: '李女士' }); // 孙丽 owns her now
    const before = await queueNames(desk);
    const back = await walkIn(desk, { phone: '+86 138-1234-5678', name: '李女士' });
    expect(back.visit).toMatchObject({ consultantName: '孙丽', chosenBy: 'owner', returning: true });
    expect(await queueNames(desk)).toEqual(before);
    // the proposal the desk sees before recording says the same
    const proposal = await desk.ok('visits.propose', {
      phone: '13812345678',
    });
    expect(proposal).toMatchObject({ consultant: { name: '孙丽' }, chosenBy: 'owner' });
  });

  test('a consultant named by the visitor receives without consuming the turn', async () => {
    desk = await morningAtDesk();
    const named = await walkIn(desk, { named: '吴娜' });
    expect(named.visit).toMatchObject({ consultantName: '吴娜', chosenBy: 'named', returning: true });
    expect(await queueNames(desk)).toEqual(['张伟', '孙丽', '周强', '吴娜']);
    expect(named.disputeId).toBeNull(); // nobody owned this visitor
  });

  test('an away consultant is skipped but keeps their place; back, they are next again', async () => {
    desk = await morningAtDesk();
    await desk.ok('rotation.markAway', { consultantId: desk.userId('张伟') });
    expect(await queueNames(desk)).toEqual(['(张伟)', '孙丽', '周强', '吴娜']);
    expect((await walkIn(desk)).visit.consultantName).toBe('孙丽');
    expect((await walkIn(desk)).visit.consultantName).toBe('周强');
    expect(await queueNames(desk)).toEqual(['(张伟)', '吴娜', '孙丽', '周强']);
    await desk.ok('rotation.markBack', { consultantId: desk.userId('张伟') });
    expect((await walkIn(desk)).visit.consultantName).toBe('张伟');
    expect(await desk.refused('rotation.markBack', { consultantId: desk.userId('张伟') })).toBe('NOT_AWAY');
  });

  test('everyone away: nobody can receive, and nothing is written', async () => {
    desk = await morningAtDesk();
    for (const name of ['张伟', '孙丽', '周强', '吴娜']) {
      await desk.ok('rotation.markAway', { consultantId: desk.userId(name) });
    }
    const visits = rowCount(desk, 'visits');
    expect(await desk.refused('visits.record', { customerName: '赵先生', channel: '路过' })).toBe(
      'NO_CONSULTANT_AVAILABLE',
    );
    expect(rowCount(desk, 'visits')).toBe(visits);
  });

  test('a market-research visit earns a manager-granted make-up turn: back to the head', async () => {
    desk = await morningAtDesk();
    const researched = await walkIn(desk); // 张伟, to the end
    await walkIn(desk); // 孙丽
    expect(await queueNames(desk)).toEqual(['周强', '吴娜', '张伟', '孙丽']);
    const visitId = researched.visit.id;
    // not before the visit is confirmed as market research
    await desk.signInAs('李经理');
    expect(await desk.refused('rotation.grantMakeup', { visitId, reason: '同行市调' })).toBe(
      'MAKEUP_NOT_MARKET_RESEARCH',
    );
    await desk.signInAs('王芳');
    await desk.ok('visits.amend', { visitId, outcome: 'market_research', note: '顾问与前台确认为同行市调' });
    expect(await desk.refused('rotation.grantMakeup', { visitId, reason: '同行市调' })).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    const after = await desk.ok('rotation.grantMakeup', {
      visitId,
      reason: '同行市调',
    });
    expect(after.queue.map((q) => q.name)).toEqual(['张伟', '周强', '吴娜', '孙丽']);
    expect(after.next?.name).toBe('张伟');
    expect(await desk.refused('rotation.grantMakeup', { visitId, reason: '再补一次' })).toBe(
      'MAKEUP_ALREADY_GRANTED',
    );
    // an owner's visit took no turn, so there is nothing to make up
    await desk.signInAs('王芳');
    const named = await walkIn(desk, { named: '吴娜' });
    await desk.ok('visits.amend', { visitId: named.visit.id, outcome: 'market_research' });
    await desk.signInAs('李经理');
    expect(await desk.refused('rotation.grantMakeup', { visitId: named.visit.id, reason: '同行市调' })).toBe(
      'MAKEUP_NOT_BY_ROTATION',
    );
  });

  test('every change is an event; the day can be replayed and explained', async () => {
    desk = await morningAtDesk();
    await walkIn(desk);
    await desk.ok('rotation.markAway', { consultantId: desk.userId('孙丽') });
    const view = await desk.ok('rotation.today');
    expect(view.events.map((e) => [e.kind, e.consultant, e.queueAfter.join(',')])).toEqual([
      ['set_order', null, '张伟,孙丽,周强,吴娜'],
      ['received', '张伟', '孙丽,周强,吴娜,张伟'],
      ['away', '孙丽', '孙丽,周强,吴娜,张伟'],
    ]);
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM rotation_events').run()).toThrow(/append-only/);
  });

  test("the next morning starts from yesterday's queue as it ended", async () => {
    desk = await morningAtDesk();
    await walkIn(desk);
    desk.clock.advance(24 * 3600_000);
    await desk.signInAs('王芳');
    const today = await desk.ok('rotation.today');
    expect(today.set).toBe(false);
    expect(today.suggestedOrder.map((c) => c.name)).toEqual(['孙丽', '周强', '吴娜', '张伟']);
    expect(await desk.refused('visits.record', { customerName: '赵先生', channel: '路过' })).toBe(
      'ROTATION_NOT_SET',
    );
  });
});

describe('bad input is refused clearly and nothing is written', () => {
  test('invalid phone, future arrival, party of 0, unknown or off-duty consultant', async () => {
    desk = await morningAtDesk();
    await setTodaysOrder(desk, ['张伟', '孙丽', '周强']); // 吴娜 is off today
    const before = {
      visits: rowCount(desk, 'visits'),
      customers: rowCount(desk, 'customers'),
      audit: rowCount(desk, 'audit_log'),
    };
    const base = { customerName: '钱先生', channel: '路过' };
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: '12345' }, 'INVALID_PHONE'],
      [{ arrivedAt: '2026-11-23T03:00:00.000Z' }, 'ARRIVAL_IN_FUTURE'],
      [{ arrivedAt: '2026-11-22T03:00:00.000Z' }, 'ARRIVAL_NOT_TODAY'],
      [{ partySize: 0 }, 'PARTY_SIZE'],
      [{ namedConsultantId: 9999 }, 'CONSULTANT_UNKNOWN'],
      [{ namedConsultantId: desk.userId('王芳') }, 'CONSULTANT_UNKNOWN'],
      [{ namedConsultantId: desk.userId('吴娜') }, 'CONSULTANT_NOT_ON_DUTY'],
      [{ channel: '飞机' }, 'VISIT_CHANNEL_UNKNOWN'],
      [{ expectedConsultantId: desk.userId('孙丽') }, 'ROTATION_MOVED'],
    ];
    for (const [fields, code] of cases) {
      expect(await desk.refused('visits.record', { ...base, ...fields }), code).toBe(code);
    }
    expect({
      visits: rowCount(desk, 'visits'),
      customers: rowCount(desk, 'customers'),
      audit: rowCount(desk, 'audit_log'),
    }).toEqual(before);
    const res = await desk.router.call('visits.record', { ...base, partySize: 0 });
    expect(res).toMatchObject({ ok: false, error: { message: '来访人数须为 1–50 人' } });
  });

  test('leaving before arriving is refused; a second leaving time is a correction with a reason', async () => {
    desk = await morningAtDesk();
    desk.clock.advance(3600_000);
    await desk.signInAs('王芳'); // the idle lock fell meanwhile
    const { visit } = await desk.ok('visits.record', {
      customerName: '孙先生',
      channel: '朋友介绍',
      arrivedAt: '2026-11-23T02:30:00.000Z',
    });
    expect(
      await desk.refused('visits.leave', { visitId: visit.id, leftAt: '2026-11-23T02:00:00.000Z' }),
    ).toBe('LEFT_BEFORE_ARRIVAL');
    expect(
      await desk.refused('visits.leave', { visitId: visit.id, leftAt: '2026-11-23T05:00:00.000Z' }),
    ).toBe('LEFT_IN_FUTURE');
    await desk.ok('visits.leave', { visitId: visit.id });
    expect(
      await desk.refused('visits.leave', { visitId: visit.id, leftAt: '2026-11-23T02:50:00.000Z' }),
    ).toBe('CORRECTION_REASON_REQUIRED');
    const fixed = await desk.ok('visits.leave', {
      visitId: visit.id,
      leftAt: '2026-11-23T02:50:00.000Z',
      reason: '补登：客户实际 10:50 离开',
    });
    expect(fixed.leftAt).toBe('2026-11-23T02:50:00.000Z');
    const rows = desk.ledger.sqlite
      .prepare('SELECT kind, left_at, corrects_id, reason FROM visit_updates WHERE visit_id = ? ORDER BY id')
      .all(visit.id) as { corrects_id: number | null }[];
    expect(rows).toHaveLength(2); // the first entry still stands; the second references it
    expect(rows[1]!.corrects_id).not.toBeNull();
    expect(() => desk.ledger.sqlite.prepare('UPDATE visits SET party_size = 3').run()).toThrow(/append-only/);
  });

  test('a changed outcome needs a reason; the current view is the latest entry', async () => {
    desk = await morningAtDesk();
    const { visit } = await walkIn(desk);
    await desk.ok('visits.amend', { visitId: visit.id, outcome: 'left_phone' });
    expect(await desk.refused('visits.amend', { visitId: visit.id, outcome: 'pledge' })).toBe(
      'CORRECTION_REASON_REQUIRED',
    );
    const now = await desk.ok('visits.amend', {
      visitId: visit.id,
      outcome: 'pledge',
      reason: '客户当场认筹',
      note: '意向 3 房',
    });
    expect(now).toMatchObject({ outcome: 'pledge', notes: ['意向 3 房'] });
    expect(await desk.refused('visits.amend', { visitId: visit.id })).toBe('NOTHING_TO_AMEND');
  });

  test('a consultant writes only on the slips of their own visitors', async () => {
    desk = await morningAtDesk();
    const mine = await walkIn(desk); // 张伟
    const theirs = await walkIn(desk); // 孙丽
    await desk.signInAs('张伟');
    await desk.ok('visits.amend', { visitId: mine.visit.id, outcome: 'browse' });
    expect(await desk.refused('visits.amend', { visitId: theirs.visit.id, outcome: 'browse' })).toBe(
      'NOT_YOUR_VISIT',
    );
    expect(await desk.refused('visits.record', { customerName: 'x', channel: '路过' })).toBe('FORBIDDEN');
  });
});

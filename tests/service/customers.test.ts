import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { morningAtDesk, setTodaysOrder, walkIn } from '../support/visits';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

const PHONE_A = '13812345678'; // becomes 孙丽's customer
const PHONE_B = '13998765432'; // becomes 张伟's customer

describe('customer ownership 客户归属 (004:337 rule 8)', () => {
  test("a second consultant's claim raises a dispute; the manager's decision applies from then on", async () => {
    // by phone, so the owner's receptions show who owns her (setting ownership: phone)
    desk = await morningAtDesk({ ownership: 'phone' });
    await walkIn(desk); // 张伟
    const first = await walkIn(desk, { phone: PHONE_A, name: '李女士' }); // 孙丽 receives, owns
    expect(first.visit.consultantName).toBe('孙丽');
    // she comes back and names 周强: he receives, without the turn, and a dispute is raised
    const named = await walkIn(desk, { phone: PHONE_A, name: '李女士', named: '周强' });
    expect(named.visit).toMatchObject({ consultantName: '周强', chosenBy: 'named' });
    expect(named.disputeId).not.toBeNull();
    // until decided, she still belongs to 孙丽
    expect((await walkIn(desk, { phone: PHONE_A })).visit.consultantName).toBe('孙丽');

    await desk.signInAs('李经理');
    const open = await desk.ok('customers.disputes', {});
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ claimantName: '周强', customer: { ownerName: '孙丽', phone: PHONE_A } });
    const notes = await desk.ok('notifications.list', {});
    expect(notes.items.some((n) => n.kind === 'ownership_dispute')).toBe(true);
    const claimId = open[0]!.claimId;
    expect(
      await desk.refused('customers.decide', { claimId, ownerId: desk.userId('吴娜'), reason: '随便' }),
    ).toBe('DISPUTE_OWNER_INVALID');
    const decided = await desk.ok('customers.decide', {
      claimId,
      ownerId: desk.userId('周强'),
      reason: '客户首次来电由周强邀约，有来电登记为证',
    });
    expect(decided.decision).toMatchObject({ ownerName: '周强' });
    expect(
      await desk.refused('customers.decide', { claimId, ownerId: desk.userId('孙丽'), reason: '改判' }),
    ).toBe('DISPUTE_DECIDED');
    await desk.signInAs('王芳');
    const after = await walkIn(desk, { phone: PHONE_A });
    expect(after.visit).toMatchObject({ consultantName: '周强', chosenBy: 'owner' });
  });

  test('a consultant may claim a customer of someone else; never their own or an unowned one', async () => {
    desk = await morningAtDesk();
    const visit = await walkIn(desk, { phone: PHONE_B }); // 张伟
    const customerId = visit.visit.customer.id;
    await desk.signInAs('孙丽');
    const dispute = await desk.ok('customers.claim', {
      customerId,
      note: '上周电话联系过',
    });
    expect(dispute.claimantName).toBe('孙丽');
    expect(await desk.refused('customers.claim', { customerId, note: '再提一次' })).toBe('DISPUTE_OPEN');
    await desk.signInAs('张伟');
    expect(await desk.refused('customers.claim', { customerId, note: '我的' })).toBe('ALREADY_OWNER');
  });
});

describe('privacy: full numbers only for managers and the owner (000:613)', () => {
  test('a consultant never sees another consultant’s customers’ full phone numbers', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { phone: PHONE_B, name: '赵先生' }); // 张伟
    await walkIn(desk, { phone: PHONE_A, name: '李女士' }); // 孙丽
    await desk.ok('calls.record', {
      callerName: '李女士',
      phone: PHONE_A,
      channel: '电话邀约',
      invitedFor: '2026-11-23',
    });
    await desk.ok('calls.record', { callerName: '新客', phone: '13700001111', channel: '户外广告' });

    await desk.signInAs('张伟');
    const outputs = [
      await desk.ok('visits.day', {}),
      await desk.ok('calls.day', {}),
      await desk.ok('customers.search', { query: PHONE_A }),
      await desk.ok('customers.search', { query: '女士' }),
      await desk.ok('customers.lookup', { phone: PHONE_A }),
      await desk.ok('rotation.today', {}),
    ];
    const seen = JSON.stringify(outputs);
    expect(seen).not.toContain(PHONE_A);
    expect(seen).not.toContain('13700001111');
    expect(seen).not.toContain('李女士'); // nor her name: consultants see their own customers only
    const own = await desk.ok('customers.search', { query: PHONE_B });
    expect(own[0]).toMatchObject({ phone: PHONE_B, phoneMasked: false }); // his own customer, in full

    await desk.signInAs('王芳');
    const found = await desk.ok('customers.search', { query: '138-1234-5678' });
    expect(found[0]).toMatchObject({ name: '李女士', phone: '138****5678', phoneMasked: true });
    const day = await desk.ok('visits.day', {});
    expect(JSON.stringify(day)).not.toContain(PHONE_A);

    await desk.signInAs('李经理');
    const managerView = await desk.ok('customers.search', { query: PHONE_A });
    expect(managerView[0]).toMatchObject({ phone: PHONE_A, phoneMasked: false });
  });
});

describe('calls 来电登记', () => {
  test("a returning caller is handed to the owner; an invitation shows on that day's list", async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { phone: PHONE_A, name: '李女士' }); // 张伟 owns
    const call = await desk.ok('calls.record', {
      callerName: '李女士',
      phone: PHONE_A,
      channel: '电话邀约',
      topic: '问价格',
      invitedFor: '2026-11-25',
    });
    expect(call).toMatchObject({ returning: true, answeredBy: '张伟', ownerName: '张伟' });
    const fresh = await desk.ok('calls.record', {
      callerName: '陈先生',
      channel: '户外广告',
    });
    expect(fresh).toMatchObject({ returning: false, answeredBy: '王芳' });
    expect((await desk.ok('visits.day', { date: '2026-11-25' })).invited).toHaveLength(1);
    expect((await desk.ok('visits.day', {})).invited).toHaveLength(0);
    for (const [fields, code] of [
      [{ invitedFor: '2026-11-22' }, 'INVITATION_IN_PAST'],
      [{ phone: '555' }, 'INVALID_PHONE'],
      [{ at: '2026-11-23T09:00:00.000Z' }, 'CALL_IN_FUTURE'],
      [{ answeredById: 9999 }, 'ANSWERER_UNKNOWN'],
    ] as const) {
      expect(await desk.refused('calls.record', { callerName: '某', channel: '其他', ...fields }), code).toBe(
        code,
      );
    }
  });
});

describe('来人来电分析', () => {
  test('the daily and weekly figures match the fixture counted by hand', async () => {
    // by phone: the visitor recognised by phone counts as returning (setting ownership: phone)
    desk = await morningAtDesk({ ownership: 'phone' });
    const rec = (fields: Record<string, unknown>) =>
      desk.ok('visits.record', { customerName: '客', channel: '路过', ...fields });
    await rec({ arrivedAt: '2026-11-23T01:10:00.000Z', partySize: 2 }); // 09:10 new → 张伟
    await rec({ arrivedAt: '2026-11-23T01:40:00.000Z', phone: PHONE_A, channel: '朋友介绍' }); // 09:40 new → 孙丽
    await rec({ phone: PHONE_A, channel: '朋友介绍' }); // 10:00 returning → 孙丽
    await rec({ namedConsultantId: desk.userId('吴娜'), channel: '老带新' }); // 10:00 returning → 吴娜
    await desk.ok('calls.record', {
      callerName: '甲',
      channel: '户外广告',
      at: '2026-11-23T01:20:00.000Z',
      invitedFor: '2026-11-23',
    }); // 09:20 new
    await desk.ok('calls.record', { callerName: '乙', phone: PHONE_A, channel: '网络/新媒体' }); // 10:00 returning

    const day = await desk.ok('visits.analysis', { period: 'day' });
    expect(day).toEqual({
      from: '2026-11-23',
      to: '2026-11-23',
      visits: { total: 4, new: 2, returning: 2, people: 5 },
      calls: { total: 2, new: 1, returning: 1, invited: 1 },
      byDay: [{ date: '2026-11-23', new: 2, returning: 2, calls: 2 }],
      byChannel: [
        { channel: '路过', visits: 1, calls: 0 },
        { channel: '朋友介绍', visits: 2, calls: 0 },
        { channel: '老带新', visits: 1, calls: 0 },
        { channel: '网络/新媒体', visits: 0, calls: 1 },
        { channel: '户外广告', visits: 0, calls: 1 },
        { channel: '电话邀约', visits: 0, calls: 0 },
        { channel: '其他', visits: 0, calls: 0 },
      ],
      byConsultant: [
        { consultantId: desk.userId('孙丽'), name: '孙丽', new: 1, returning: 1 },
        { consultantId: desk.userId('张伟'), name: '张伟', new: 1, returning: 0 },
        { consultantId: desk.userId('吴娜'), name: '吴娜', new: 0, returning: 1 },
      ],
      byHour: [
        { hour: 9, visits: 2, calls: 1 },
        { hour: 10, visits: 2, calls: 1 },
      ],
      outcomes: [],
      funnel: null, // the visit→hold funnel is the 销控's (000:721), not the desk's
    });

    // Tuesday: one more walk-in; the week (Monday–Sunday) adds it up
    desk.clock.advance(24 * 3600_000);
    await desk.signInAs('王芳');
    await setTodaysOrder(desk);
    await rec({});
    const week = await desk.ok('visits.analysis', { period: 'week', date: '2026-11-25' });
    expect(week).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
      visits: { total: 5, new: 3, returning: 2 },
    });
    expect(week.byDay.slice(0, 3)).toEqual([
      { date: '2026-11-23', new: 2, returning: 2, calls: 2 },
      { date: '2026-11-24', new: 1, returning: 0, calls: 0 },
      { date: '2026-11-25', new: 0, returning: 0, calls: 0 },
    ]);
  });
});

describe('retention: anonymising customers not seen for N months', () => {
  test('names and phones are erased, counts stay, the act is audited and the ledger verifies', async () => {
    desk = await morningAtDesk();
    await walkIn(desk, { phone: PHONE_A, name: '李女士' });
    desk.clock.advance(400 * 24 * 3600_000); // about 13 months later
    await desk.signInAs('王芳');
    expect(await desk.refused('customers.anonymise', { notSeenMonths: 12 })).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    expect(await desk.ok('customers.anonymise', { notSeenMonths: 24 })).toMatchObject({ anonymised: 0 });
    expect(await desk.ok('customers.anonymise', { notSeenMonths: 12 })).toMatchObject({ anonymised: 1 });
    expect(await desk.ok('customers.search', { query: PHONE_A })).toEqual([]);
    const row = desk.ledger.sqlite.prepare('SELECT name, phone, anonymised_at FROM customers').get() as {
      name: string;
      phone: string | null;
    };
    expect(row).toMatchObject({ name: '已匿名', phone: null });
    const old = await desk.ok('visits.analysis', {
      period: 'day',
      date: '2026-11-23',
    });
    expect(old.visits.total).toBe(1);
    expect(rowCount(desk, 'visits')).toBe(1);
    expect(await desk.ok('audit.verify', {})).toMatchObject({ ok: true });
    // nor does the never-edited audit trail keep them: phones masked, names left out
    const trail = (desk.ledger.sqlite.prepare('SELECT summary FROM audit_log').all() as { summary: string }[])
      .map((r) => r.summary)
      .join('\n');
    expect(trail).not.toContain(PHONE_A);
    expect(trail).not.toContain('李女士');
    // the database lets a customer change once, by anonymisation, and never be deleted
    expect(() => desk.ledger.sqlite.prepare("UPDATE customers SET name = 'x'").run()).toThrow(/only once/);
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM customers').run()).toThrow(/never deleted/);
    // the same person calling again is a new customer
    const again = await desk.ok('calls.record', {
      callerName: '李女士',
      phone: PHONE_A,
      channel: '其他',
    });
    expect(again.returning).toBe(false);
  });
});

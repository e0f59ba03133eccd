import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { own } from '../support/people';
import { rowCount } from '../support/rows';
import { requestAs, unitByRoom } from '../support/holds';

/**
 * Outings 外出登记 (000:743-751): reason, where, when back, approved by the manager in the same
 * dialog (the manager's own by the deputy); the return with the person's own PIN; an overdue
 * return told to the manager; the rotation follows; while the manager is out the deputy's hold
 * decisions are marked 代 (000:629).
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY = '2026-11-23';
const at = (hhmm: string, date = DAY) => new Date(`${date}T${hhmm}:00+08:00`).toISOString();

async function move(d: TestDesk, instant: string, who = '王芳') {
  d.clock.set(instant);
  await d.signInAs(who);
}

function outing(d: TestDesk, name: string, back: string, approver?: string, secret?: string) {
  return {
    userId: d.userId(name),
    reason: '去银行办理按揭资料',
    destination: '建设银行',
    expectedBack: back,
    ...(approver ? { countersign: secret ? { userId: d.userId(approver), secret } : own(d, approver) } : {}),
  };
}

const queueOf = async (d: TestDesk) => {
  const r = await d.ok('rotation.today');
  return { order: r.queue.map((q) => `${q.name}${q.away ? '(away)' : ''}`), next: r.next?.name ?? null };
};

describe('recording and approving', () => {
  test('the expected return as minutes from the desk’s clock (not the PC’s), or as an instant, never both', async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('王芳');
    const { expectedBack, ...rest } = outing(desk, '张伟', at('11:00'), '李经理');
    const recorded = await desk.ok('outings.record', { ...rest, backInMinutes: 90 });
    expect(recorded.expectedBack).toBe(at('11:30'));
    expect(await desk.untyped.refused('outings.record', { ...rest, expectedBack, backInMinutes: 90 })).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.untyped.refused('outings.record', rest)).toBe('INVALID_INPUT');
    expect(await desk.untyped.refused('outings.record', { ...rest, backInMinutes: 0 })).toBe('INVALID_INPUT');
  });

  test('approved by the manager in the same dialog: nobody else, never oneself', async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('王芳');
    const back = at('11:00');
    expect(await desk.refused('outings.record', outing(desk, '张伟', back))).toBe('OUTING_APPROVAL_REQUIRED');
    const en = await desk.router.call('outings.record', outing(desk, '张伟', back), { locale: 'en' });
    expect(!en.ok && en.error.message).toBe(
      'An outing needs the approval of the Project manager: they type their PIN in this dialog',
    );
    expect(await desk.refused('outings.record', outing(desk, '张伟', back, '赵副理'))).toBe(
      'OUTING_APPROVER_ROLE',
    );
    expect(await desk.refused('outings.record', outing(desk, '张伟', back, '孙丽'))).toBe(
      'OUTING_APPROVER_ROLE',
    );
    expect(await desk.refused('outings.record', outing(desk, '张伟', back, '张伟'))).toBe(
      'OUTING_SELF_APPROVAL',
    );
    expect(await desk.refused('outings.record', outing(desk, '张伟', back, '李经理', '0000'))).toBe(
      'WRONG_SECRET',
    );
    expect(await desk.refused('outings.record', outing(desk, '张伟', at('09:59'), '李经理'))).toBe(
      'OUTING_BACK_PAST',
    );
    expect(
      await desk.refused('outings.record', outing(desk, '张伟', at('11:00', '2026-11-24'), '李经理')),
    ).toBe('OUTING_BACK_TOO_FAR');
    expect(
      await desk.untyped.refused('outings.record', { ...outing(desk, '张伟', back, '李经理'), reason: '' }),
    ).toBe('INVALID_INPUT');
    expect(rowCount(desk, 'outings')).toBe(0);

    const out = await desk.ok('outings.record', outing(desk, '张伟', back, '李经理'));
    expect(out).toMatchObject({
      name: '张伟',
      state: 'out',
      leftAt: at('10:00'),
      expectedBack: back,
      backAt: null,
      approvedBy: '李经理',
      recordedBy: '王芳',
      overdue: false,
    });
    const sealed = desk.ledger.sqlite
      .prepare("SELECT countersigned_by FROM audit_log WHERE channel = 'outings.record' AND outcome = 'ok'")
      .get() as { countersigned_by: number };
    expect(sealed.countersigned_by).toBe(desk.userId('李经理'));
    // one open outing a person
    expect(await desk.refused('outings.record', outing(desk, '张伟', back, '李经理'))).toBe(
      'OUTING_ALREADY_OUT',
    );

    // the manager signed in approves by recording it
    await desk.signInAs('李经理');
    expect(await desk.ok('outings.record', outing(desk, '孙丽', back))).toMatchObject({
      approvedBy: '李经理',
    });
    const list = await desk.ok('outings.list');
    expect(list.out.map((o) => o.name)).toEqual(['张伟', '孙丽']);
  });

  test("the manager's own outing is approved by the deputy", async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('王芳');
    expect(await desk.refused('outings.record', outing(desk, '李经理', at('11:30'), '李经理'))).toBe(
      'OUTING_SELF_APPROVAL',
    );
    expect(await desk.refused('outings.record', outing(desk, '李经理', at('11:30')))).toBe(
      'OUTING_APPROVAL_REQUIRED',
    );
    const out = await desk.ok('outings.record', outing(desk, '李经理', at('11:30'), '赵副理'));
    expect(out).toMatchObject({ name: '李经理', approvedBy: '赵副理' });
    // the manager signed in cannot approve his own
    await desk.signInAs('李经理');
    expect(await desk.refused('outings.record', outing(desk, '吴娜', at('11:30'), '吴娜'))).toBe(
      'OUTING_SELF_APPROVAL',
    );
  });
});

describe('the rotation follows', () => {
  test('an approved outing marks the consultant away, the return marks them back in their place', async () => {
    desk = await testDesk({ start: at('09:00') });
    await desk.signInAs('王芳');
    await desk.ok('rotation.setOrder', {
      consultantIds: ['张伟', '孙丽', '周强'].map((n) => desk.userId(n)),
    });
    expect(await queueOf(desk)).toEqual({ order: ['张伟', '孙丽', '周强'], next: '张伟' });
    const out = await desk.ok('outings.record', outing(desk, '张伟', at('10:00'), '李经理'));
    expect(await queueOf(desk)).toEqual({ order: ['张伟(away)', '孙丽', '周强'], next: '孙丽' });
    const log = (await desk.ok('rotation.today')).events.at(-1)!;
    expect(log).toMatchObject({ kind: 'away', consultant: '张伟', reason: '去银行办理按揭资料 · 建设银行' });

    // the return: his own PIN, typed at the desk
    await move(desk, at('09:50'));
    expect(await desk.refused('outings.return', { outingId: out.id })).toBe('OUTING_PIN_REQUIRED');
    expect(await desk.refused('outings.return', { outingId: out.id, secret: '3333' })).toBe('WRONG_SECRET');
    const back = await desk.ok('outings.return', { outingId: out.id, secret: '5555' });
    expect(back).toMatchObject({ state: 'returned', backAt: at('09:50'), lateMinutes: 0 });
    expect(await queueOf(desk)).toEqual({ order: ['张伟', '孙丽', '周强'], next: '张伟' });
    expect(await desk.refused('outings.return', { outingId: out.id, secret: '5555' })).toBe('OUTING_NOT_OUT');

    // a consultant not on today's rotation, and a receptionist: recorded, the rotation untouched
    const events = rowCount(desk, 'rotation_events');
    await desk.ok('outings.record', outing(desk, '吴娜', at('11:00'), '李经理'));
    await desk.ok('outings.record', outing(desk, '陈静', at('11:00'), '李经理'));
    expect(rowCount(desk, 'rotation_events')).toBe(events);
  });
});

describe('late and overdue', () => {
  test('an overdue return is told to the manager once; the late return is recorded with its minutes', async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('王芳');
    const out = await desk.ok('outings.record', outing(desk, '周强', at('11:00'), '李经理'));
    await desk.ok('auth.signOut');
    const flag = () => desk.router.call('outings.flagOverdue', {}, { system: true });
    desk.clock.set(at('11:00'));
    expect(await flag()).toMatchObject({ ok: true, data: { overdue: 0, posted: 0 } });
    desk.clock.set(at('11:01'));
    expect(await flag()).toMatchObject({ ok: true, data: { overdue: 1, posted: 1 } });
    desk.clock.set(at('11:10'));
    expect(await flag()).toMatchObject({ ok: true, data: { overdue: 1, posted: 0 } });

    await move(desk, at('11:20'), '李经理');
    const notices = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'outing_overdue');
    expect(notices.map((n) => [n.params, n.forRoles])).toEqual([
      [{ name: '周强', destination: '建设银行', expected: '11:00', minutes: 1 }, ['manager']],
    ]);
    const listed = await desk.ok('outings.list');
    expect(listed.out[0]).toMatchObject({ overdue: true, lateMinutes: 20 });
    await desk.signInAs('王芳');
    const back = await desk.ok('outings.return', { outingId: out.id, secret: '5577' });
    expect(back).toMatchObject({ state: 'returned', lateMinutes: 20, overdue: false });
    expect(await flag()).toMatchObject({ ok: true, data: { overdue: 0, posted: 0 } });
  });

  test('a grace of the settings waits before telling the manager', async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { outingGraceMinutes: 15 });
    await desk.signInAs('王芳');
    await desk.ok('outings.record', outing(desk, '周强', at('11:00'), '李经理'));
    desk.clock.set(at('11:10'));
    expect(await desk.router.call('outings.flagOverdue', {}, { system: true })).toMatchObject({
      data: { posted: 0 },
    });
    desk.clock.set(at('11:16'));
    expect(await desk.router.call('outings.flagOverdue', {}, { system: true })).toMatchObject({
      data: { posted: 1 },
    });
  });
});

describe("the manager's corrections", () => {
  test('cancel with a reason (the rotation has them back), correct a return time, refusals', async () => {
    desk = await testDesk({ start: at('09:00') });
    await desk.signInAs('王芳');
    await desk.ok('rotation.setOrder', { consultantIds: ['张伟', '孙丽'].map((n) => desk.userId(n)) });
    const a = await desk.ok('outings.record', outing(desk, '张伟', at('10:00'), '李经理'));
    expect(await desk.refused('outings.cancel', { outingId: a.id, reason: '登记错了人' })).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    const cancelled = await desk.ok('outings.cancel', { outingId: a.id, reason: '登记错了人' });
    expect(cancelled).toMatchObject({ state: 'cancelled', cancelReason: '登记错了人' });
    expect(await queueOf(desk)).toEqual({ order: ['张伟', '孙丽'], next: '张伟' });
    expect(
      await desk.refused('outings.correctReturn', { outingId: a.id, backAt: at('09:30'), reason: '核实' }),
    ).toBe('OUTING_NOT_RETURNED');

    await desk.signInAs('王芳');
    const b = await desk.ok('outings.record', outing(desk, '孙丽', at('10:00'), '李经理'));
    await move(desk, at('10:30'));
    await desk.ok('outings.return', { outingId: b.id, secret: '5566' });
    await desk.signInAs('李经理');
    const fix = { outingId: b.id, backAt: at('09:55'), reason: '九点五十五已回，当时忘记登记' };
    expect(await desk.refused('outings.correctReturn', { ...fix, backAt: at('08:59') })).toBe(
      'OUTING_BACK_BEFORE_LEFT',
    );
    expect(await desk.refused('outings.correctReturn', { ...fix, backAt: at('10:31') })).toBe(
      'OUTING_BACK_FUTURE',
    );
    const fixed = await desk.ok('outings.correctReturn', fix);
    expect(fixed).toMatchObject({ backAt: at('09:55'), lateMinutes: 0 });
    expect(fixed.corrections).toEqual([
      { at: at('10:30'), by: '李经理', backAt: at('09:55'), reason: '九点五十五已回，当时忘记登记' },
    ]);
    expect(desk.ledger.sqlite.prepare('SELECT kind, back_at FROM outing_events ORDER BY id').all()).toEqual([
      { kind: 'cancelled', back_at: null },
      { kind: 'returned', back_at: at('10:30') },
      { kind: 'return_corrected', back_at: at('09:55') },
    ]);
  });
});

describe('while the manager is out (代, 000:629)', () => {
  test("the deputy's hold decisions are marked 代 and say for whom; once he is back they are not", async () => {
    desk = await testDesk({ start: at('10:00') });
    await desk.signInAs('李经理');
    const first = await unitByRoom(desk, '101');
    const second = await unitByRoom(desk, '102');
    const one = await requestAs(desk, '张伟', first.id);
    const two = await requestAs(desk, '孙丽', second.id, {
      customerName: '赵女士',
      customerPhone: '13912340000',
    });

    await desk.signInAs('王芳');
    const out = await desk.ok('outings.record', outing(desk, '李经理', at('12:00'), '赵副理'));
    await desk.signInAs('赵副理');
    await desk.ok('holds.approve', { holdId: one.id });
    // and while he is out the deputy approves outings too, also marked 代
    await desk.ok('outings.record', outing(desk, '吴娜', at('11:00')));

    await desk.signInAs('王芳');
    await desk.ok('outings.return', { outingId: out.id, secret: '1111' });
    await desk.signInAs('赵副理');
    await desk.ok('holds.approve', { holdId: two.id });

    await desk.signInAs('李经理');
    const notes = (await desk.ok('notifications.list')).items
      .filter((n) => n.kind === 'deputy_action')
      .map((n) => [n.titleKey, n.params.manager ?? null]);
    expect(notes).toEqual([
      ['holdDeputyApproved', null],
      ['holdDeputyApprovedOnBehalf', '李经理'],
    ]);
    const manager = (await desk.ok('outings.list', { userId: desk.userId('李经理') })).outings[0]!;
    expect(manager.standIns).toEqual([
      { at: at('10:00'), deputy: '赵副理', act: 'holdDeputyApproved' },
      { at: at('10:00'), deputy: '赵副理', act: 'outingApproved' },
    ]);
    // each 代 is sealed by the audit row of its own call
    const sealed = desk.ledger.sqlite
      .prepare('SELECT a.channel FROM stand_ins s JOIN audit_log a ON a.id = s.audit_id ORDER BY s.id')
      .all();
    expect(sealed).toEqual([{ channel: 'holds.approve' }, { channel: 'outings.record' }]);
  });
});

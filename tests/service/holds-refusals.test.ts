import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { boardUnit, heldUnit, requestAs, unitByRoom, depositInput } from '../support/holds';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('refusals leave nothing written', () => {
  test('approving an already-held unit, twice-decided requests, deposits on pending, bad amounts', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk);
    const before = rowCount(desk, 'hold_events');
    expect(await desk.refused('holds.approve', { holdId: held.id })).toBe('HOLD_NOT_PENDING');
    expect(await desk.refused('holds.reject', { holdId: held.id, reason: 'x' })).toBe('HOLD_NOT_PENDING');
    expect(await desk.refused('holds.sign', { holdId: held.id })).toBe('HOLD_NOT_RESERVED');
    expect(await desk.refused('holds.deposit', depositInput(desk, held.id, 0, 'A1'))).toBe('INVALID_INPUT');
    expect(await desk.refused('holds.deposit', depositInput(desk, held.id, -100, 'A1'))).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.refused('holds.approve', { holdId: 9999 })).toBe('HOLD_NOT_FOUND');

    const other = await unitByRoom(desk, '103');
    const pending = await requestAs(desk, '孙丽', other.id);
    await desk.signInAs('李经理');
    expect(await desk.refused('holds.deposit', depositInput(desk, pending.id, 100, 'A1'))).toBe(
      'HOLD_NOT_HELD',
    );
    expect(await desk.refused('holds.release', { holdId: pending.id })).toBe('HOLD_NOT_HELD');
    await desk.ok('holds.deposit', depositInput(desk, held.id, 100, 'A1'));
    await desk.ok('holds.approve', { holdId: pending.id });
    expect(await desk.refused('holds.deposit', depositInput(desk, pending.id, 100, 'A1'))).toBe(
      'HOLD_RECEIPT_TAKEN',
    );
    expect(rowCount(desk, 'hold_events')).toBe(before + 3);
  });

  test('a claimed unit refuses a second request without saying who holds it or why; unknown and withheld units', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '201');
    await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('孙丽');
    const res = await desk.router.call('holds.request', {
      unitId: unit.id,
      customerName: '赵女士',
      customerPhone: '13900001111',
    });
    expect(res).toMatchObject({ ok: false, error: { code: 'UNIT_NOT_FREE' } });
    expect(!res.ok && res.error.message).not.toMatch(/张伟|王先生|待审批/);
    expect(
      await desk.refused('holds.request', { unitId: 9999, customerName: 'a', customerPhone: '13900001111' }),
    ).toBe('UNIT_NOT_FOUND');
    expect(
      await desk.refused('holds.request', { unitId: unit.id, customerName: 'a', customerPhone: '12345' }),
    ).toBe('INVALID_PHONE');

    await desk.signInAs('李经理');
    expect(await desk.refused('units.setWithheld', { unitId: unit.id, withheld: true })).toBe('UNIT_CLAIMED');
    const free = await unitByRoom(desk, '202');
    await desk.ok('units.setWithheld', { unitId: free.id, withheld: true });
    expect((await boardUnit(desk, free.id)).status).toBe('withheld');
    await desk.signInAs('孙丽');
    // withheld is a reason too: a consultant hears only "not free"
    expect(
      await desk.refused('holds.request', {
        unitId: free.id,
        customerName: 'a',
        customerPhone: '13900001111',
      }),
    ).toBe('UNIT_NOT_FREE');
    expect(rowCount(desk, 'holds')).toBe(1);
  });

  test('only managers and deputies decide; nobody approves their own request', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('users.create', { name: '钱经理', roles: ['manager', 'consultant'], secret: '7777' });
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '301');
    const pending = await requestAs(desk, '张伟', unit.id);
    expect(await desk.refused('holds.approve', { holdId: pending.id })).toBe('FORBIDDEN');
    await desk.signInAs('王芳');
    expect(await desk.refused('holds.approve', { holdId: pending.id })).toBe('FORBIDDEN');
    expect(await desk.refused('holds.deposit', depositInput(desk, pending.id, 1, 'x'))).toBe('FORBIDDEN');

    const own = await unitByRoom(desk, '302');
    const roster = await desk.ok('auth.roster');
    const qian = roster.find((u) => u.name === '钱经理')!;
    await desk.ok('auth.signIn', { userId: qian.id, secret: '7777' });
    const mine = await desk.ok('holds.request', {
      unitId: own.id,
      customerName: '钱先生',
      customerPhone: '13700001111',
    });
    expect(await desk.refused('holds.approve', { holdId: mine.id })).toBe('HOLD_SELF_APPROVAL');
  });

  test('the desk requests on a consultant’s behalf only with that consultant’s countersign', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '401');
    await desk.signInAs('王芳');
    const base = { unitId: unit.id, customerName: '刘先生', customerPhone: '13511112222' };
    expect(await desk.refused('holds.request', base)).toBe('HOLD_CONSULTANT_REQUIRED');
    const zhang = desk.userId('张伟');
    expect(await desk.refused('holds.request', { ...base, consultantId: zhang })).toBe(
      'COUNTERSIGN_REQUIRED',
    );
    expect(
      await desk.refused('holds.request', {
        ...base,
        consultantId: zhang,
        countersign: { userId: desk.userId('孙丽'), secret: '5566' },
      }),
    ).toBe('HOLD_COUNTERSIGN_MISMATCH');
    expect(
      await desk.refused('holds.request', {
        ...base,
        consultantId: desk.userId('刘敏'),
        countersign: { userId: desk.userId('刘敏'), secret: '4444' },
      }),
    ).toBe('HOLD_NOT_CONSULTANT');
    expect(
      await desk.refused('holds.request', {
        ...base,
        consultantId: zhang,
        countersign: { userId: zhang, secret: '0000' },
      }),
    ).toBe('WRONG_SECRET');
    expect(rowCount(desk, 'holds')).toBe(0);
    const hold = await desk.ok('holds.request', {
      ...base,
      consultantId: zhang,
      countersign: { userId: zhang, secret: '5555' },
    });
    expect(hold).toMatchObject({ consultantName: '张伟', state: 'pending' });
    const auditRow = desk.ledger.sqlite
      .prepare(
        `SELECT actor_id, countersigned_by FROM audit_log WHERE channel = 'holds.request' AND outcome = 'ok'`,
      )
      .get();
    expect(auditRow).toEqual({ actor_id: desk.userId('王芳'), countersigned_by: zhang });

    await desk.signInAs('孙丽');
    expect(await desk.refused('holds.request', { ...base, unitId: unit.id + 1, consultantId: zhang })).toBe(
      'HOLD_FOR_OTHER',
    );
  });
});

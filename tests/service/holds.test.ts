import { afterEach, describe, expect, test } from 'vitest';
import { openDesk } from '../../electron/core/desk';
import { testDesk, type TestDesk } from '../support/desk';
import { boardUnit, heldUnit, requestAs, unitByRoom, depositInput } from '../support/holds';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;

describe('the hold lifecycle', () => {
  test('request → pending; approve → held for the default 30 minutes; deposit → reserved; sign → signed', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '101');
    expect((await boardUnit(desk, unit.id)).status).toBe('available');
    const pending = await requestAs(desk, '张伟', unit.id);
    expect(pending).toMatchObject({ state: 'pending', consultantName: '张伟', customerPhone: '13812345678' });
    await desk.signInAs('李经理');
    expect((await boardUnit(desk, unit.id)).status).toBe('pending');
    const queue = await desk.ok('holds.queue');
    expect(queue.map((h) => h.id)).toEqual([pending.id]);

    const held = await desk.ok('holds.approve', { holdId: pending.id });
    expect(held.state).toBe('held');
    expect(held.expiresAt).toBe(new Date(desk.clock.now().getTime() + 30 * MIN).toISOString());
    expect(await desk.ok('holds.queue')).toEqual([]);
    expect(await boardUnit(desk, unit.id)).toMatchObject({ status: 'held', expiresAt: held.expiresAt });

    const reserved = await desk.ok('holds.deposit', depositInput(desk, held.id, 5_000_000, 'SJ-0001'));
    expect(reserved).toMatchObject({
      state: 'reserved',
      depositFen: 5_000_000,
      receiptNo: 'SJ-0001',
      expiresAt: null,
    });
    desk.clock.advance(60 * MIN); // a reservation does not expire
    await desk.signInAs('李经理'); // the idle lock came down meanwhile
    await desk.ok('holds.expireDue');
    expect((await boardUnit(desk, unit.id)).status).toBe('reserved');
    expect((await desk.ok('holds.sign', { holdId: held.id })).state).toBe('signed');
    expect((await boardUnit(desk, unit.id)).status).toBe('signed');

    const kinds = (await desk.ok('holds.register')).map((e) => e.kind).reverse();
    expect(kinds).toEqual(['requested', 'approved', 'deposit', 'signed']);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('the expiry is a setting; the manager extends from the current expiry', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { holdExpiryMinutes: 45 });
    const held = await heldUnit(desk);
    const start = desk.clock.now().getTime();
    expect(held.expiresAt).toBe(new Date(start + 45 * MIN).toISOString());
    const extended = await desk.ok('holds.extend', { holdId: held.id, minutes: 15 });
    expect(extended.expiresAt).toBe(new Date(start + 60 * MIN).toISOString());
    await desk.signInAs('赵副理');
    expect(await desk.refused('holds.extend', { holdId: held.id, minutes: 15 })).toBe('FORBIDDEN');
  });

  test('reject with a reason frees the unit; a release frees it; a cancel with refund frees it', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '102');
    const first = await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('李经理');
    expect(await desk.refused('holds.reject', { holdId: first.id, reason: ' ' })).toBe('INVALID_INPUT');
    expect((await desk.ok('holds.reject', { holdId: first.id, reason: '客户资料不全' })).state).toBe(
      'rejected',
    );
    expect((await boardUnit(desk, unit.id)).status).toBe('available');

    const second = await requestAs(desk, '孙丽', unit.id);
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: second.id });
    expect((await desk.ok('holds.release', { holdId: second.id, reason: '客户未下定' })).state).toBe(
      'released',
    );
    expect((await boardUnit(desk, unit.id)).status).toBe('available');

    const third = await requestAs(desk, '周强', unit.id);
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: third.id });
    await desk.ok('holds.deposit', depositInput(desk, third.id, 2_000_000, 'SJ-0002'));
    expect(
      await desk.refused('holds.cancel', { holdId: third.id, refundFen: 2_000_001, reason: '客户退定' }),
    ).toBe('HOLD_REFUND_TOO_LARGE');
    const cancelled = await desk.ok('holds.cancel', {
      holdId: third.id,
      refundFen: 2_000_000,
      reason: '客户退定',
    });
    expect(cancelled.state).toBe('cancelled');
    expect((await boardUnit(desk, unit.id)).status).toBe('available');
    const refund = (await desk.ok('holds.register', { kind: 'cancelled' }))[0]!;
    expect(refund).toMatchObject({ amountFen: 2_000_000, reason: '客户退定', actorName: '李经理' });
  });
});

describe('the deputy tells the manager at once', () => {
  test('a deputy approval and deposit each post a notification to the manager', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '501');
    const pending = await requestAs(desk, '张伟', unit.id);
    await desk.signInAs('赵副理');
    await desk.ok('holds.approve', { holdId: pending.id });
    await desk.ok('holds.deposit', depositInput(desk, pending.id, 1_000_000, 'SJ-9'));
    await desk.signInAs('李经理');
    const list = await desk.ok('notifications.list');
    const deputy = list.items.filter((n) => n.kind === 'deputy_action');
    expect(deputy.map((n) => n.titleKey).sort()).toEqual(['holdDeputyApproved', 'holdDeputyDeposit']);
    expect(deputy[0]!.params).toMatchObject({ deputy: '赵副理', unit: '1栋-1单元-501', consultant: '张伟' });
    // the manager's own acts notify nobody
    const next = await requestAs(desk, '孙丽', (await unitByRoom(desk, '502')).id);
    await desk.signInAs('李经理');
    await desk.ok('holds.approve', { holdId: next.id });
    expect(rowCount(desk, 'notifications', `kind = 'deputy_action'`)).toBe(2);
  });
});

describe('expiry', () => {
  test('a held unit past its expiry is released by the system at the expiry instant', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk);
    desk.clock.advance(29 * MIN);
    expect(await desk.router.call('holds.expireDue', {}, { system: true })).toEqual({
      ok: true,
      data: { released: 0 },
    });
    desk.clock.advance(2 * MIN);
    await desk.signInAs('李经理');
    expect(await desk.refused('holds.deposit', depositInput(desk, held.id, 100, 'late'))).toBe(
      'HOLD_EXPIRED',
    );
    expect((await boardUnit(desk, held.unitId)).status).toBe('available'); // before the job, already free
    expect(await desk.router.call('holds.expireDue', {}, { system: true })).toEqual({
      ok: true,
      data: { released: 1 },
    });
    const release = (await desk.ok('holds.register', { kind: 'released' }))[0]!;
    expect(release).toMatchObject({ actorName: null, at: held.expiresAt });
    const audit = desk.ledger.sqlite
      .prepare(`SELECT actor_id FROM audit_log WHERE channel = 'holds.expireDue'`)
      .all();
    expect(audit).toEqual([{ actor_id: null }, { actor_id: null }]); // both calls made by the app itself
  });

  test('a request for a unit whose hold ran out releases it on the spot and takes the claim', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk);
    desk.clock.advance(31 * MIN);
    const next = await requestAs(desk, '孙丽', held.unitId);
    expect(next.state).toBe('pending');
    await desk.signInAs('李经理');
    const kinds = (await desk.ok('holds.register')).map((e) => [e.holdId, e.kind, e.actorName]);
    expect(kinds.slice(0, 2)).toEqual([
      [next.id, 'requested', '孙丽'],
      [held.id, 'released', null],
    ]);
  });

  test('expired while the app was closed: released right after start-up, dated at the expiry', async () => {
    desk = await testDesk();
    const held = await heldUnit(desk);
    const dataDir = desk.dataDir;
    await desk.close();
    // reopened two hours later, on the next business day for good measure
    desk = await testDesk({ dataDir, start: '2026-11-23T21:00:00.000Z' });
    const stop = desk.startBackgroundJobs();
    try {
      await expect.poll(() => rowCount(desk, 'hold_events', `kind = 'released'`), { timeout: 5_000 }).toBe(1);
    } finally {
      await stop();
    }
    const row = desk.ledger.sqlite
      .prepare(`SELECT at, business_date, actor_id FROM hold_events WHERE kind = 'released'`)
      .get();
    expect(row).toEqual({ at: held.expiresAt, business_date: '2026-11-23', actor_id: null });
    await desk.signInAs('李经理');
    expect((await boardUnit(desk, held.unitId)).status).toBe('available');
    // nothing due: the timer writes no audit row
    const audits = rowCount(desk, 'audit_log');
    const again = await openDesk({ dataDir: desk.dataDir, clock: desk.clock });
    await again.router.call('holds.dueCount', {}, { system: true });
    await again.close();
    expect(rowCount(desk, 'audit_log')).toBe(audits);
  });
});

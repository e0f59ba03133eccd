import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { receptionistAt, snapshot } from '../support/handover';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('the mail register', () => {
  test('arrivals wait at the desk by recipient until handed out; a hand-out is recorded once', async () => {
    desk = await receptionistAt();
    const letter = await desk.ok('mail.receive', {
      recipient: '3-2-801 赵女士',
      kind: 'newspaper',
    });
    await desk.ok('mail.receive', { recipient: '1-1-101 钱先生', kind: 'magazine', count: 3 });
    expect((await snapshot(desk)).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生', '3-2-801 赵女士']);
    const out = await desk.ok('mail.handOut', {
      mailId: letter.id,
      handedTo: '赵女士本人',
    });
    expect(out).toMatchObject({ handedTo: '赵女士本人', handedOutBy: '王芳' });
    expect(await desk.refused('mail.handOut', { mailId: letter.id, handedTo: '赵女士' })).toBe(
      'MAIL_ALREADY_HANDED_OUT',
    );
    expect((await snapshot(desk)).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生']);
    expect((await desk.ok('mail.list', { includeHandedOut: true })).length).toBe(2);
  });
});

describe('寄存 and 转交 need the deputy’s or the manager’s approval (000:615)', () => {
  const leave = (countersign?: { userId: number; secret: string }) =>
    desk.router.call('mail.leaveItem', {
      kind: 'forwarded',
      leftBy: '3-2-801 赵女士',
      recipient: '5-1-302 孙先生',
      description: '钥匙扣一个（装在信封里）',
      count: 1,
      ...(countersign ? { countersign } : {}),
    });

  test('without, with a consultant, with a wrong PIN: refused and nothing kept; the deputy or the manager approves', async () => {
    desk = await receptionistAt();
    const before = rowCount(desk, 'mail_items');
    expect(await leave()).toMatchObject({ ok: false, error: { code: 'COUNTERSIGN_REQUIRED' } });
    expect(await leave({ userId: desk.userId('张伟'), secret: '5555' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTERSIGN_ROLE' },
    });
    expect(await leave({ userId: desk.userId('赵副理'), secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(rowCount(desk, 'mail_items')).toBe(before);

    const forwarded = await leave({ userId: desk.userId('赵副理'), secret: '2222' });
    expect(forwarded).toMatchObject({
      ok: true,
      data: {
        kind: 'forwarded',
        recipient: '5-1-302 孙先生',
        leftBy: '3-2-801 赵女士',
        note: '钥匙扣一个（装在信封里）',
        approvedBy: '赵副理',
        receivedBy: '王芳',
      },
    });
    const stored = await desk.ok('mail.leaveItem', {
      kind: 'stored',
      leftBy: '张先生（看房客户）',
      recipient: '张先生（看房客户）',
      description: '雨伞一把',
      count: 1,
      countersign: { userId: desk.userId('李经理'), secret: '1111' },
    });
    expect(stored.approvedBy).toBe('李经理');
    // the desk keeps them like mail: checked at the handover, handed out once
    expect((await snapshot(desk)).mail.map((m) => m.kind)).toEqual(['forwarded', 'stored']);
    expect(await desk.ok('mail.handOut', { mailId: stored.id, handedTo: '张先生' })).toMatchObject({
      handedOutBy: '王芳',
    });
    const audit = desk.ledger.sqlite
      .prepare(
        "SELECT countersigned_by AS c FROM audit_log WHERE channel = 'mail.leaveItem' AND outcome = 'ok'",
      )
      .all() as { c: number }[];
    expect(audit.map((a) => a.c)).toEqual([desk.userId('赵副理'), desk.userId('李经理')]);
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('owner mail stays as it is; an item for someone is not logged as mail; the database keeps the rule', async () => {
    desk = await receptionistAt();
    expect(
      (await desk.ok('mail.receive', { recipient: '1-1-101 钱先生', kind: 'letter' })).approvedBy,
    ).toBeNull();
    expect(
      await desk.untyped.refused('mail.receive', { recipient: '1-1-101 钱先生', kind: 'stored', count: 1 }),
    ).toBe('INVALID_INPUT');
    // an item kept for someone without an approval is never handed out, even if written by hand
    desk.ledger.sqlite
      .prepare(
        `INSERT INTO mail_items (recipient, kind, count, received_by, at, business_date, audit_id)
         VALUES ('某人', 'stored', 1, ?, '2026-11-23T09:00:00.000Z', '2026-11-23', 1)`,
      )
      .run(desk.userId('王芳'));
    const id = (desk.ledger.sqlite.prepare('SELECT max(id) AS id FROM mail_items').get() as { id: number })
      .id;
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO mail_handouts (mail_id, handed_to, by_id, at, business_date, audit_id)
           VALUES (?, '某人', ?, '2026-11-23T09:10:00.000Z', '2026-11-23', 1)`,
        )
        .run(id, desk.userId('王芳')),
    ).toThrow(/approv/);
  });
});

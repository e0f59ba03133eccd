import { afterEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { atFrontDesk, testDesk, type TestDesk } from '../support/desk';
import { keyBoard, keyOf, minutesFromNow, staffHolder } from '../support/keys';
import { fullAck, snapshot, startHandover } from '../support/handover';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MANAGER_PIN = '1111';

describe('the key register: admin and manager maintain it; keys are retired, never deleted', () => {
  test('the demo register; a new key with its tag normalised; a tag is unique', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    expect((await keyBoard(desk)).map((k) => k.tag)).toEqual(['BGS', 'QT', 'XK', 'YBA', 'YBB']);
    const key = await desk.ok('keys.create', {
      tag: ' c1 ',
      name: '样板房 C 钥匙',
      kind: 'show_flat',
      homePlace: '前台钥匙箱',
      copies: 3,
      restricted: false,
    });
    expect(key).toMatchObject({ tag: 'C1', copies: 3, retired: false, nightPlace: null });
    expect(key.copyStates.map((c) => c.state)).toEqual(['home', 'home', 'home']);
    const again: InputOf<'keys.create'> = {
      tag: 'c1',
      name: 'x',
      kind: 'other',
      homePlace: 'y',
      copies: 1,
      restricted: false,
    };
    expect(await desk.refused('keys.create', again)).toBe('KEY_TAG_TAKEN');
  });

  test('a receptionist cannot change the register; a manager can', async () => {
    desk = await atFrontDesk();
    const key = await keyOf(desk, 'BGS');
    const fields: InputOf<'keys.update'> = {
      keyId: key.id,
      name: '办公室钥匙',
      kind: 'office',
      homePlace: '前台',
      copies: 2,
      restricted: false,
    };
    expect(await desk.refused('keys.update', fields)).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    expect(await desk.ok('keys.update', fields)).toMatchObject({ copies: 2, homePlace: '前台' });
  });

  test('copies only grow, a key out cannot be retired, a retired key is not issued, rows are never deleted', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const key = await keyOf(desk, 'YBA');
    const fields: InputOf<'keys.update'> = {
      keyId: key.id,
      name: key.name,
      kind: 'show_flat',
      homePlace: '前台',
      copies: 1,
      restricted: false,
    };
    expect(await desk.refused('keys.update', fields)).toBe('KEY_COPIES_SHRINK');
    expect(() => desk.ledger.sqlite.prepare('UPDATE keys SET copies = 1 WHERE id = ?').run(key.id)).toThrow(
      /never shrink/,
    );

    await desk.ok('keys.issue', { tag: 'YBA', holder: staffHolder(desk, '张伟'), purpose: '带客看房' });
    expect(await desk.refused('keys.retire', { keyId: key.id })).toBe('KEY_NOT_RETIRABLE');
    await desk.ok('keys.return', { tag: 'YBA' });
    expect(await desk.ok('keys.retire', { keyId: key.id })).toMatchObject({ retired: true });
    expect((await keyBoard(desk)).some((k) => k.tag === 'YBA')).toBe(false);
    expect((await desk.ok('keys.board', { includeRetired: true })).some((k) => k.tag === 'YBA')).toBe(true);
    expect(
      await desk.refused('keys.issue', { tag: 'YBA', holder: staffHolder(desk, '张伟'), purpose: 'x' }),
    ).toBe('KEY_RETIRED');
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM keys WHERE id = ?').run(key.id)).toThrow(
      /never deleted/,
    );
    expect(() => desk.ledger.sqlite.prepare('UPDATE keys SET retired_at = NULL').run()).toThrow(
      /stays retired/,
    );
  });
});

describe('issue and return by tag', () => {
  test('a show-flat key goes to a consultant and comes back; the board and register say so', async () => {
    desk = await atFrontDesk();
    const due = minutesFromNow(desk, 60);
    const issued = await desk.ok('keys.issue', {
      tag: 'yba',
      holder: staffHolder(desk, '张伟'),
      purpose: '带客看样板房',
      dueBack: due,
    });
    expect(issued.copyStates[0]).toMatchObject({
      state: 'out',
      holder: { name: '张伟', userId: desk.userId('张伟') },
      since: desk.clock.now().toISOString(),
      dueBack: due,
      overdue: false,
    });
    expect(issued.copyStates[1]).toMatchObject({ state: 'home', holder: null });

    desk.clock.advance(20 * 60_000);
    await desk.signInAs('陈静');
    const back = await desk.ok('keys.return', { tag: 'YBA' });
    expect(back.copyStates[0]).toMatchObject({ state: 'home', holder: null });
    const register = await desk.ok('keys.movements', { tag: 'YBA' });
    expect(register.map((m) => [m.kind, m.byName, m.holder?.name ?? null])).toEqual([
      ['returned', '陈静', null],
      ['issued', '王芳', '张伟'],
    ]);
  });

  test('bad input is refused clearly and nothing is written', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', { tag: 'BGS', holder: staffHolder(desk, '孙丽'), purpose: '开会' });
    const before = rowCount(desk, 'key_movements');
    const audit = rowCount(desk, 'audit_log');
    const issue = (input: Pick<InputOf<'keys.issue'>, 'tag'> & Partial<InputOf<'keys.issue'>>) =>
      desk.refused('keys.issue', { holder: staffHolder(desk, '张伟'), purpose: '看房', ...input });
    expect(await issue({ tag: 'NOPE' })).toBe('KEY_NOT_FOUND');
    const out = await desk.router.call('keys.issue', {
      tag: 'BGS',
      holder: staffHolder(desk, '张伟'),
      purpose: '看房',
    });
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'KEY_OUT', message: '钥匙 BGS 已借出（孙丽），归还后才能再借' },
    });
    expect(await issue({ tag: 'YBA', dueBack: minutesFromNow(desk, -1) })).toBe('KEY_DUE_PAST');
    expect(await issue({ tag: 'YBA', copyNo: 3 })).toBe('KEY_COPY_NOT_FOUND');
    expect(await issue({ tag: 'YBA', holder: { kind: 'outside', name: '装修师傅', phone: '12345' } })).toBe(
      'INVALID_PHONE',
    );
    expect(await issue({ tag: 'YBA', holder: { kind: 'staff', userId: 999 } })).toBe('USER_NOT_FOUND');
    expect(await desk.refused('keys.return', { tag: 'QT' })).toBe('KEY_HOME');
    expect(await desk.refused('keys.return', { tag: 'NOPE' })).toBe('KEY_NOT_FOUND');
    expect(rowCount(desk, 'key_movements')).toBe(before);
    expect(rowCount(desk, 'audit_log')).toBe(audit);
  });

  test('with two copies the next home copy is issued; a third is refused; returning asks which copy', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', { tag: 'YBB', holder: staffHolder(desk, '张伟'), purpose: '看房' });
    const second = await desk.ok('keys.issue', {
      tag: 'YBB',
      holder: staffHolder(desk, '孙丽'),
      purpose: '看房',
    });
    expect(second.copyStates.map((c) => c.holder?.name)).toEqual(['张伟', '孙丽']);
    expect(
      await desk.refused('keys.issue', { tag: 'YBB', holder: staffHolder(desk, '周强'), purpose: '看房' }),
    ).toBe('KEY_OUT');
    expect(await desk.refused('keys.return', { tag: 'YBB' })).toBe('KEY_COPY_AMBIGUOUS');
    const back = await desk.ok('keys.return', { tag: 'YBB', copyNo: 1 });
    expect(back.copyStates.map((c) => c.state)).toEqual(['home', 'out']);
    expect(await desk.refused('keys.return', { tag: 'YBB', copyNo: 1 })).toBe('KEY_HOME');
  });

  test('the database itself refuses issuing a copy that is out, and never changes a movement', async () => {
    desk = await atFrontDesk();
    const key = await keyOf(desk, 'BGS');
    await desk.ok('keys.issue', { tag: 'BGS', holder: staffHolder(desk, '张伟'), purpose: '开门' });
    const auditId = (
      desk.ledger.sqlite.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }
    ).id;
    const insert = (seq: number, kind: string) =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO key_movements (key_id, copy_no, seq, kind, holder_user_id, by_user_id, purpose, at, business_date, audit_id)
           VALUES (?, 1, ?, ?, ?, ?, 'x', '2026-11-23T03:00:00.000Z', '2026-11-23', ?)`,
        )
        .run(key.id, seq, kind, kind === 'issued' ? desk.userId('孙丽') : null, desk.userId('王芳'), auditId);
    expect(() => insert(2, 'issued')).toThrow(/does not follow/);
    expect(() => insert(1, 'returned')).toThrow(/out of sequence|UNIQUE/);
    expect(() => insert(3, 'returned')).toThrow(/out of sequence/);
    expect(() => desk.ledger.sqlite.prepare('UPDATE key_movements SET holder_user_id = NULL').run()).toThrow(
      /append-only/,
    );
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM key_movements').run()).toThrow(/append-only/);
  });

  test("an outside person's phone is stored normalised and shown masked except to a manager", async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', {
      tag: 'BGS',
      holder: { kind: 'outside', name: '物业电工', phone: '+86 138-1234-5678' },
      purpose: '检修电路',
    });
    expect((await keyOf(desk, 'BGS')).copyStates[0]!.holder).toEqual({
      userId: null,
      name: '物业电工',
      phone: '138****5678',
    });
    await desk.signInAs('李经理');
    expect((await keyOf(desk, 'BGS')).copyStates[0]!.holder?.phone).toBe('13812345678');
  });
});

describe('restricted keys need a manager to countersign', () => {
  const issueXk = (countersign?: object) =>
    desk.router.call('keys.issue', {
      tag: 'XK',
      holder: staffHolder(desk, '王芳'),
      purpose: '取认购书',
      ...(countersign ? { countersign } : {}),
    });

  test('without, with a wrong PIN, with a consultant: refused and nothing issued; with the manager: issued and recorded', async () => {
    desk = await atFrontDesk();
    expect(await issueXk()).toMatchObject({ ok: false, error: { code: 'COUNTERSIGN_REQUIRED' } });
    expect(await issueXk({ userId: desk.userId('李经理'), secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(await issueXk({ userId: desk.userId('张伟'), secret: '5555' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTERSIGN_ROLE' },
    });
    expect(rowCount(desk, 'key_movements')).toBe(0);

    expect(await issueXk({ userId: desk.userId('李经理'), secret: MANAGER_PIN })).toMatchObject({ ok: true });
    const [m] = await desk.ok('keys.movements', { tag: 'XK' });
    expect(m).toMatchObject({ kind: 'issued', byName: '王芳', countersignedBy: '李经理' });
    const audit = desk.ledger.sqlite
      .prepare("SELECT countersigned_by AS c FROM audit_log WHERE channel = 'keys.issue' AND outcome = 'ok'")
      .get() as { c: number };
    expect(audit.c).toBe(desk.userId('李经理'));
  });

  test('the database refuses a restricted issue written without a countersigner', async () => {
    desk = await atFrontDesk();
    const key = await keyOf(desk, 'XK');
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO key_movements (key_id, copy_no, seq, kind, holder_user_id, by_user_id, purpose, at, business_date, audit_id)
           VALUES (?, 1, 1, 'issued', ?, ?, 'x', '2026-11-23T03:00:00.000Z', '2026-11-23', 1)`,
        )
        .run(key.id, desk.userId('王芳'), desk.userId('王芳')),
    ).toThrow(/countersign/);
  });
});

describe('the restricted key stays restricted when it passes from holder to holder (000:721)', () => {
  const manager = () => ({ userId: desk.userId('李经理'), secret: MANAGER_PIN });
  const handXk = (to: string, countersign?: object) =>
    desk.router.call('keys.handOver', {
      tag: 'XK',
      toUserId: desk.userId(to),
      ...(countersign ? { countersign } : {}),
    });

  test('without the manager, with the deputy, with a wrong PIN: refused and still with its holder; with the manager: recorded', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', {
      tag: 'XK',
      holder: staffHolder(desk, '刘敏'),
      purpose: '取认购书',
      countersign: manager(),
    });
    const before = rowCount(desk, 'key_movements');
    expect(await handXk('陈静')).toMatchObject({ ok: false, error: { code: 'COUNTERSIGN_REQUIRED' } });
    expect(await handXk('陈静', { userId: desk.userId('赵副理'), secret: '2222' })).toMatchObject({
      ok: false,
      error: { code: 'COUNTERSIGN_ROLE' },
    });
    expect(await handXk('陈静', { userId: desk.userId('李经理'), secret: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'WRONG_SECRET' },
    });
    expect(rowCount(desk, 'key_movements')).toBe(before);
    expect((await keyOf(desk, 'XK')).copyStates[0]!.holder?.name).toBe('刘敏');

    expect(await handXk('陈静', manager())).toMatchObject({ ok: true });
    const [m] = await desk.ok('keys.movements', { tag: 'XK', kind: 'handed_over' });
    expect(m).toMatchObject({ byName: '王芳', countersignedBy: '李经理', purpose: '取认购书' });
    expect(m!.holder?.name).toBe('陈静');
    const audit = desk.ledger.sqlite
      .prepare(
        "SELECT countersigned_by AS c FROM audit_log WHERE channel = 'keys.handOver' AND outcome = 'ok'",
      )
      .get() as { c: number };
    expect(audit.c).toBe(desk.userId('李经理'));
    // an ordinary key still passes on the holder's word
    await desk.ok('keys.issue', { tag: 'YBA', holder: staffHolder(desk, '张伟'), purpose: '带看' });
    await desk.ok('keys.handOver', { tag: 'YBA', toUserId: desk.userId('孙丽') });
    await desk.signInAs('李经理');
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('the database refuses a restricted hand-over written without a countersigner', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', {
      tag: 'XK',
      holder: staffHolder(desk, '刘敏'),
      purpose: '取认购书',
      countersign: manager(),
    });
    const key = await keyOf(desk, 'XK');
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO key_movements (key_id, copy_no, seq, kind, holder_user_id, by_user_id, purpose, at, business_date, audit_id)
           VALUES (?, 1, 2, 'handed_over', ?, ?, 'x', '2026-11-23T03:00:00.000Z', '2026-11-23', 1)`,
        )
        .run(key.id, desk.userId('陈静'), desk.userId('王芳')),
    ).toThrow(/countersign/);
  });

  test('at the shift handover the drawer key passes with the desk only with the manager’s PIN', async () => {
    desk = await atFrontDesk('2026-11-23T09:20:00.000Z'); // 17:20
    await desk.ok('keys.issue', {
      tag: 'XK',
      holder: staffHolder(desk, '王芳'),
      purpose: '晚间认购',
      countersign: manager(),
    });
    const h = await startHandover(desk, '陈静');
    const ack = fullAck(desk, h, await snapshot(desk));
    expect((await snapshot(desk)).keys.find((k) => k.tag === 'XK')).toMatchObject({
      restricted: true,
      holderId: desk.userId('王芳'),
    });
    expect(await desk.refused('handover.acknowledge', ack)).toBe('COUNTERSIGN_REQUIRED');
    expect(
      await desk.refused('handover.acknowledge', {
        ...ack,
        restrictedCountersign: { userId: desk.userId('赵副理'), secret: '2222' },
      }),
    ).toBe('COUNTERSIGN_ROLE');
    expect((await keyOf(desk, 'XK')).copyStates[0]!.holder?.name).toBe('王芳');
    const signed = await desk.ok('handover.acknowledge', { ...ack, restrictedCountersign: manager() });
    expect(signed.acknowledgement!.keysPassed).toEqual([{ tag: 'XK', copyNo: 1 }]);
    const [m] = await desk.ok('keys.movements', { tag: 'XK', kind: 'handed_over' });
    expect(m).toMatchObject({ countersignedBy: '李经理' });
    expect(m!.holder?.name).toBe('陈静');
  });
});

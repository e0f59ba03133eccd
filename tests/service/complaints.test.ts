import { afterEach, describe, expect, test } from 'vitest';
import { atFrontDesk, testDesk, type TestDesk } from '../support/desk';
import { aComplaint, at, fileComplaint, seat } from '../support/complaints';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

const minutes = (m: number) => m * 60_000;

describe('the complaint card', () => {
  test('is numbered per year without gaps, and linked to the customer the phone belongs to', async () => {
    desk = await atFrontDesk(at('2026-12-31 10:00'));
    await desk.ok('rotation.setOrder', { consultantIds: [desk.userId('张伟'), desk.userId('孙丽')] });
    const { visit } = await desk.ok('visits.record', {
      customerName: '李女士',
      phone: '13812345678',
      channel: '路过',
      partySize: 1,
    });
    const first = await fileComplaint(desk, {
      receivedAt: at('2026-12-31 09:40'),
      channel: 'phone',
      urgency: 'urgent',
      subjectNote: '样板房接待',
    });
    expect(first).toMatchObject({
      no: 'TS-2026-0001',
      receivedAt: at('2026-12-31 09:40'),
      receivedByName: '王芳',
      filedByName: '王芳',
      channel: 'phone',
      customerId: visit.customer.id,
      customerName: '李女士',
      // the desk sees the number masked, as everywhere (000:613)
      customerPhone: '138****5678',
      kind: 'service',
      target: 'staff',
      subjectName: '张伟',
      subjectNote: '样板房接待',
      urgency: 'urgent',
      state: 'new',
      handlerName: null,
      events: [],
    });
    // the deadlines run from the moment it was received: 2 h, 3 days, 7 days (settings)
    expect(first.deadlines.map((d) => [d.deadline, d.due, d.status])).toEqual([
      ['reply', at('2026-12-31 11:40'), 'pending'],
      ['handle', at('2027-01-03 09:40'), 'pending'],
      ['limit', at('2027-01-07 09:40'), 'pending'],
      ['revisit', null, 'pending'],
    ]);
    const second = await fileComplaint(desk, {
      customer: { kind: 'record', customerId: visit.customer.id },
      about: { target: 'department', department: 'engineering' },
      kind: 'quality',
    });
    expect(second).toMatchObject({
      no: 'TS-2026-0002',
      customerId: visit.customer.id,
      department: 'engineering',
    });
    const third = await fileComplaint(desk, {
      customer: { kind: 'person', name: '来信人' },
      channel: 'letter',
      about: { target: 'product' },
      kind: 'delivery',
    });
    expect(third).toMatchObject({ no: 'TS-2026-0003', customerName: '来信人', customerPhone: null });
    expect(third.customerId).not.toBe(visit.customer.id);

    // the manager sees the full number; the new year starts again at 1
    await desk.signInAs('李经理');
    expect((await desk.ok('complaints.get', { complaintId: first.id })).customerPhone).toBe('13812345678');
    desk.clock.set(at('2027-01-01 09:00'));
    await desk.signInAs('王芳');
    expect((await fileComplaint(desk)).no).toBe('TS-2027-0001');
    expect((await fileComplaint(desk)).no).toBe('TS-2027-0002');
  });

  test('the ledger itself refuses a number out of turn, a repeated one and any change', async () => {
    desk = await atFrontDesk();
    const c = await fileComplaint(desk);
    const sqlite = desk.ledger.sqlite;
    const copy = (seq: number) =>
      sqlite
        .prepare(
          `INSERT INTO complaints (year, seq, received_at, received_by, channel, customer_id, kind, target,
             subject_user_id, department, subject_note, description, request, urgency, reply_due, handle_due,
             limit_due, at, business_date, filed_by, audit_id)
           SELECT year, ?, received_at, received_by, channel, customer_id, kind, target, subject_user_id,
             department, subject_note, description, request, urgency, reply_due, handle_due, limit_due, at,
             business_date, filed_by, audit_id FROM complaints WHERE id = ?`,
        )
        .run(seq, c.id);
    expect(() => copy(1)).toThrow(/without gaps|UNIQUE/);
    expect(() => copy(3)).toThrow(/without gaps/);
    expect(() => sqlite.prepare(`UPDATE complaints SET request = 'x' WHERE id = ?`).run(c.id)).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare(`DELETE FROM complaints WHERE id = ?`).run(c.id)).toThrow(/append-only/);
  });

  test('wrong values are refused with nothing written', async () => {
    desk = await atFrontDesk();
    const before = rowCount(desk, 'complaints');
    const bad = [
      { receivedAt: new Date(desk.clock.now().getTime() + minutes(5)).toISOString() },
      { receivedAt: new Date(desk.clock.now().getTime() - 8 * 24 * 3600_000).toISOString() },
      { receivedById: 9999 },
      { about: { target: 'staff' as const, userId: 9999 } },
      { customer: { kind: 'record' as const, customerId: 9999 } },
      { customer: { kind: 'person' as const, name: '李女士', phone: '12345' } },
    ];
    const codes = [];
    for (const extra of bad) codes.push(await desk.refused('complaints.file', aComplaint(desk, extra)));
    expect(codes).toEqual([
      'COMPLAINT_RECEIVED_IN_FUTURE',
      'COMPLAINT_RECEIVED_TOO_EARLY',
      'COMPLAINT_PERSON_UNKNOWN',
      'COMPLAINT_PERSON_UNKNOWN',
      'CUSTOMER_NOT_FOUND',
      'INVALID_PHONE',
    ]);
    for (const input of [
      { ...aComplaint(desk), description: '   ' },
      { ...aComplaint(desk), request: '' },
      { ...aComplaint(desk), description: 'x'.repeat(1001) },
      { ...aComplaint(desk), channel: 'fax' },
      { ...aComplaint(desk), urgency: 'whenever' },
      { ...aComplaint(desk), about: { target: 'department', department: 'marketing' } },
      { ...aComplaint(desk), about: { target: 'staff' } },
      { ...aComplaint(desk), receivedAt: '昨天' },
    ]) {
      expect(await desk.untyped.refused('complaints.file', input)).toBe('INVALID_INPUT');
    }
    expect(rowCount(desk, 'complaints')).toBe(before);
    expect(rowCount(desk, 'customers')).toBe(0);
  });
});

describe('handling', () => {
  test('a complaint about a person is never assigned to that person: refused, nothing written', async () => {
    desk = await atFrontDesk();
    const c = await fileComplaint(desk); // about 张伟
    await desk.signInAs('李经理');
    const events = rowCount(desk, 'complaint_events');
    const res = await desk.router.call('complaints.assign', {
      complaintId: c.id,
      handlerId: desk.userId('张伟'),
    });
    expect(res).toMatchObject({
      ok: false,
      error: {
        code: 'COMPLAINT_HANDLER_IS_SUBJECT',
        message: '投诉 TS-2026-0001 投诉的正是 张伟：不能指派给被投诉人本人处理',
      },
    });
    const en = await desk.router.call(
      'complaints.assign',
      { complaintId: c.id, handlerId: desk.userId('张伟') },
      { locale: 'en' },
    );
    expect(en.ok ? null : en.error.message).toBe(
      'Complaint TS-2026-0001 is about 张伟: it cannot be assigned to the person complained about',
    );
    expect(rowCount(desk, 'complaint_events')).toBe(events);
    // nor by any other path: the ledger refuses the row
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO complaint_events (complaint_id, seq, kind, at, recorded_at, business_date, by_user_id,
             handler_id, reply_due, handle_due, audit_id)
           SELECT id, 1, 'assigned', at, at, business_date, ?, subject_user_id, reply_due, handle_due, audit_id
           FROM complaints WHERE id = ?`,
        )
        .run(desk.userId('李经理'), c.id),
    ).toThrow(/never assigned to the person it is about/);
    // the person complained about does not assign it either, even as a manager
    const aboutManager = await desk.ok(
      'complaints.file',
      aComplaint(desk, { about: { target: 'staff', userId: desk.userId('李经理') } }),
    );
    expect(
      await desk.refused('complaints.assign', {
        complaintId: aboutManager.id,
        handlerId: desk.userId('孙丽'),
      }),
    ).toBe('COMPLAINT_SUBJECT_EXCLUDED');
    await desk.signInAs('赵副理');
    expect(
      (await desk.ok('complaints.assign', { complaintId: aboutManager.id, handlerId: desk.userId('孙丽') }))
        .handlerName,
    ).toBe('孙丽');
    // an administrator is not a handler
    expect(
      await desk.refused('complaints.assign', { complaintId: c.id, handlerId: desk.userId('系统管理员') }),
    ).toBe('COMPLAINT_HANDLER_NOT_STAFF');
  });

  test('replies, progress, the result and the response are appended; closing needs the result; a reopened complaint keeps its history', async () => {
    desk = await atFrontDesk(at('2026-11-23 10:00'));
    const c = await fileComplaint(desk);
    expect(
      await desk.refused('complaints.assign', { complaintId: c.id, handlerId: desk.userId('孙丽') }),
    ).toBe('FORBIDDEN');
    await desk.signInAs('孙丽');
    expect(
      await desk.refused('complaints.record', { kind: 'replied', complaintId: c.id, note: '已收到' }),
    ).toBe('COMPLAINT_NOT_FOUND'); // not hers (yet): a consultant reads only what is handed to her

    await desk.signInAs('李经理');
    expect(
      await desk.refused('complaints.record', { kind: 'replied', complaintId: c.id, note: '已收到' }),
    ).toBe('COMPLAINT_NOT_ASSIGNED');
    desk.clock.advance(minutes(10));
    await desk.signInAs('李经理');
    const assigned = await desk.ok('complaints.assign', {
      complaintId: c.id,
      handlerId: desk.userId('孙丽'),
      note: '请今天内联系客户',
    });
    expect(assigned).toMatchObject({ state: 'open', handlerName: '孙丽' });
    expect(assigned.may).toEqual({
      assign: true,
      handle: false,
      close: false,
      reopen: false,
      revisit: false,
    });
    expect(
      await desk.refused('complaints.record', { kind: 'replied', complaintId: c.id, note: '已收到' }),
    ).toBe('COMPLAINT_NOT_HANDLER');

    desk.clock.advance(minutes(30));
    await desk.signInAs('孙丽');
    await desk.ok('complaints.record', {
      kind: 'replied',
      complaintId: c.id,
      note: '已电话致歉，约定明天答复',
    });
    // a time before the previous step, or in the future, is refused
    expect(
      await desk.refused('complaints.record', {
        kind: 'progress',
        complaintId: c.id,
        note: '核实中',
        at: at('2026-11-23 10:05'),
      }),
    ).toBe('COMPLAINT_TIME_OUT_OF_RANGE');
    expect(await desk.refused('complaints.close', { complaintId: c.id })).toBe('COMPLAINT_RESULT_REQUIRED');
    desk.clock.advance(minutes(60));
    await desk.signInAs('孙丽');
    await desk.ok('complaints.record', { kind: 'progress', complaintId: c.id, note: '已调取接待记录' });
    await desk.ok('complaints.record', {
      kind: 'result',
      complaintId: c.id,
      note: '投诉成立：张伟书面检讨，改由孙丽接待',
      upheld: true,
    });
    await desk.ok('complaints.record', {
      kind: 'response',
      complaintId: c.id,
      note: '客户接受',
      accepted: true,
    });
    const closed = await desk.ok('complaints.close', { complaintId: c.id });
    expect(closed.state).toBe('closed');
    expect(closed.deadlines.find((d) => d.deadline === 'revisit')?.status).toBe('pending');
    expect(
      await desk.refused('complaints.record', { kind: 'progress', complaintId: c.id, note: '补充' }),
    ).toBe('COMPLAINT_CLOSED');
    expect(await desk.refused('complaints.revisit', { complaintId: c.id, satisfied: true })).toBe(
      'FORBIDDEN',
    );

    // the desk revisits: not satisfied, the managers are told; the manager reopens
    await desk.signInAs('王芳');
    const revisited = await desk.ok('complaints.revisit', {
      complaintId: c.id,
      satisfied: false,
      note: '仍不满意',
    });
    expect(revisited.state).toBe('finished');
    expect(await desk.refused('complaints.revisit', { complaintId: c.id, satisfied: true })).toBe(
      'COMPLAINT_ALREADY_REVISITED',
    );
    await desk.signInAs('李经理');
    expect((await desk.ok('notifications.list')).items.map((n) => [n.titleKey, n.params.no])).toContainEqual([
      'complaint.unsatisfied',
      'TS-2026-0001',
    ]);
    const reopened = await desk.ok('complaints.reopen', {
      complaintId: c.id,
      reason: '回访不满意，重新处理',
    });
    expect(reopened.state).toBe('open');
    await desk.signInAs('孙丽');
    // the old result does not close a reopened complaint
    expect(await desk.refused('complaints.close', { complaintId: c.id })).toBe('COMPLAINT_RESULT_REQUIRED');
    await desk.ok('complaints.record', {
      kind: 'result',
      complaintId: c.id,
      note: '经理当面致歉',
      upheld: true,
    });
    await desk.ok('complaints.close', { complaintId: c.id });
    await desk.signInAs('刘敏');
    const done = await desk.ok('complaints.revisit', { complaintId: c.id, satisfied: true, note: '满意' });
    expect(done.events.map((e) => [e.kind, e.byName])).toEqual([
      ['assigned', '李经理'],
      ['replied', '孙丽'],
      ['progress', '孙丽'],
      ['result', '孙丽'],
      ['response', '孙丽'],
      ['closed', '孙丽'],
      ['revisited', '王芳'],
      ['reopened', '李经理'],
      ['result', '孙丽'],
      ['closed', '孙丽'],
      ['revisited', '刘敏'],
    ]);
    expect(done.events[6]).toMatchObject({ satisfied: false, note: '仍不满意' });
    expect(done.state).toBe('finished');

    // 张伟, the person complained about, may not revisit nor read it
    await desk.signInAs('张伟');
    expect(await desk.refused('complaints.get', { complaintId: c.id })).toBe('COMPLAINT_NOT_FOUND');
    expect(await desk.ok('complaints.list', { view: 'all' })).toEqual([]);
  });

  test('due times: a passed one stays, a new one is ahead, handling is never due after the latest close', async () => {
    desk = await atFrontDesk(at('2026-11-23 10:00'));
    const c = await fileComplaint(desk);
    await desk.signInAs('李经理');
    const handlerId = desk.userId('孙丽');
    expect(
      await desk.refused('complaints.assign', {
        complaintId: c.id,
        handlerId,
        handleDue: at('2026-12-01 10:00'),
      }),
    ).toBe('COMPLAINT_DUE_BEYOND_LIMIT');
    expect(
      await desk.refused('complaints.assign', {
        complaintId: c.id,
        handlerId,
        replyDue: at('2026-11-23 09:59'),
      }),
    ).toBe('COMPLAINT_DUE_IN_PAST');
    expect(
      await desk.refused('complaints.assign', {
        complaintId: c.id,
        handlerId,
        replyDue: at('2026-11-27 10:00'),
        handleDue: at('2026-11-26 10:00'),
      }),
    ).toBe('COMPLAINT_DUE_ORDER');
    const moved = await desk.ok('complaints.assign', {
      complaintId: c.id,
      handlerId,
      replyDue: at('2026-11-23 11:00'),
      handleDue: at('2026-11-30 10:00'),
    });
    expect(moved.deadlines.map((d) => d.due)).toEqual([
      at('2026-11-23 11:00'),
      at('2026-11-30 10:00'),
      at('2026-11-30 10:00'),
      null,
    ]);
    desk.clock.set(at('2026-11-23 11:30'));
    await desk.signInAs('李经理');
    expect(
      await desk.refused('complaints.assign', {
        complaintId: c.id,
        handlerId,
        replyDue: at('2026-11-23 12:00'),
      }),
    ).toBe('COMPLAINT_REPLY_DUE_PASSED');
    // a new handler keeps the due times in force
    expect(
      (await desk.ok('complaints.assign', { complaintId: c.id, handlerId: desk.userId('周强') }))
        .deadlines[0],
    ).toMatchObject({
      due: at('2026-11-23 11:00'),
      status: 'overdue',
    });
  });

  test('who reads what: the desk and the managers all, a handler their own', async () => {
    desk = await testDesk({ start: at('2026-11-23 10:00') });
    await desk.signInAs('王芳');
    const one = await fileComplaint(desk);
    const two = await fileComplaint(desk, { about: { target: 'product' }, kind: 'quality' });
    await desk.signInAs('赵副理');
    await desk.ok('complaints.assign', { complaintId: two.id, handlerId: desk.userId('钱出纳') });
    for (const name of ['王芳', '刘敏', '李经理', '赵副理']) {
      seat(desk, name);
      expect(
        (await desk.ok('complaints.list')).map((c) => c.no),
        name,
      ).toEqual(['TS-2026-0002', 'TS-2026-0001']);
    }
    seat(desk, '钱出纳');
    expect((await desk.ok('complaints.list')).map((c) => c.no)).toEqual(['TS-2026-0002']);
    expect(await desk.refused('complaints.get', { complaintId: one.id })).toBe('COMPLAINT_NOT_FOUND');
    seat(desk, '周强');
    expect(await desk.ok('complaints.list')).toEqual([]);
    seat(desk, '王芳');
    expect((await desk.ok('complaints.list', { customerId: one.customerId })).length).toBe(2);
    expect((await desk.ok('complaints.list', { mine: true })).length).toBe(0);
  });
});

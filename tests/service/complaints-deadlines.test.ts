import { afterEach, describe, expect, test, vi } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { at, checkDeadlines, fileComplaint, seat } from '../support/complaints';
import { rowCount } from '../support/rows';

let desk: TestDesk;
let stop: (() => Promise<void>) | null = null;
afterEach(async () => {
  await stop?.();
  stop = null;
  await desk?.close();
});

/** The complaint notices a person finds in their notification area, oldest first. */
async function noticesFor(name: string) {
  seat(desk, name);
  const list = await desk.ok('notifications.list');
  return list.items
    .filter((n) => n.kind === 'complaint_due_soon' || n.kind === 'complaint_overdue')
    .reverse()
    .map((n) => [n.titleKey, n.params.no, n.params.due, n.params.handler]);
}

/** The clock moved to a Shanghai time; then the check runs as the background job runs it. */
async function checkAt(local: string) {
  desk.clock.set(at(local));
  return (await checkDeadlines(desk)).posted;
}

describe('deadline notices', () => {
  test('before and at each deadline, each once, to the managers, naming the handler', async () => {
    desk = await testDesk({ start: at('2026-11-23 10:00') });
    seat(desk, '王芳');
    const a = await fileComplaint(desk); // about 张伟: reply 12:00, handled 11-26 10:00, closed by 11-30 10:00
    const b = await fileComplaint(desk, { about: { target: 'product' }, kind: 'quality' }); // never assigned
    expect([a.no, b.no]).toEqual(['TS-2026-0001', 'TS-2026-0002']);
    desk.clock.set(at('2026-11-23 10:05'));
    seat(desk, '李经理');
    await desk.ok('complaints.assign', { complaintId: a.id, handlerId: desk.userId('孙丽') });

    expect(await checkAt('2026-11-23 10:05')).toBe(0);
    expect(await checkAt('2026-11-23 11:29')).toBe(0);
    expect(await checkAt('2026-11-23 11:30')).toBe(2); // 30 minutes before the first reply
    expect(await checkAt('2026-11-23 11:31')).toBe(0); // once
    desk.clock.set(at('2026-11-23 11:45'));
    seat(desk, '孙丽');
    await desk.ok('complaints.record', { kind: 'replied', complaintId: a.id, note: '已致电客户致歉' });
    expect(await checkAt('2026-11-23 12:00')).toBe(1); // b was not answered; a was
    expect(await checkAt('2026-11-25 09:59')).toBe(0);
    expect(await checkAt('2026-11-25 10:00')).toBe(2); // a day before handling is due
    desk.clock.set(at('2026-11-25 15:00'));
    seat(desk, '孙丽');
    await desk.ok('complaints.record', {
      kind: 'result',
      complaintId: a.id,
      note: '顾问已致歉并调岗',
      upheld: true,
    });
    await desk.ok('complaints.close', { complaintId: a.id });
    expect(await checkAt('2026-11-26 10:00')).toBe(1); // b, not handled
    expect(await checkAt('2026-11-27 14:59')).toBe(0);
    expect(await checkAt('2026-11-27 15:00')).toBe(1); // a's revisit, two days after its close
    expect(await checkAt('2026-11-29 10:00')).toBe(1); // b, a day before the latest close
    expect(await checkAt('2026-11-30 10:00')).toBe(1); // b, past the latest close
    expect(await checkAt('2026-12-05 10:00')).toBe(0);

    const expected = [
      ['complaint.reply.before', 'TS-2026-0001', '2026-11-23 12:00', '孙丽'],
      ['complaint.reply.beforeUnassigned', 'TS-2026-0002', '2026-11-23 12:00', ''],
      ['complaint.reply.atUnassigned', 'TS-2026-0002', '2026-11-23 12:00', ''],
      ['complaint.handle.before', 'TS-2026-0001', '2026-11-26 10:00', '孙丽'],
      ['complaint.handle.beforeUnassigned', 'TS-2026-0002', '2026-11-26 10:00', ''],
      ['complaint.handle.atUnassigned', 'TS-2026-0002', '2026-11-26 10:00', ''],
      ['complaint.revisit.at', 'TS-2026-0001', '2026-11-27 15:00', '孙丽'],
      ['complaint.limit.beforeUnassigned', 'TS-2026-0002', '2026-11-30 10:00', ''],
      ['complaint.limit.atUnassigned', 'TS-2026-0002', '2026-11-30 10:00', ''],
    ];
    expect(await noticesFor('李经理')).toEqual(expected);
    expect(await noticesFor('赵副理')).toEqual(expected);
    // the desk hears of the revisits it makes; the handler, by name, of her own complaint's
    // deadlines; other consultants, the person complained about among them, hear of none
    expect(await noticesFor('王芳')).toEqual([expected[6]]);
    expect(await noticesFor('孙丽')).toEqual(expected.filter((n) => n[3] === '孙丽'));
    expect(await noticesFor('张伟')).toEqual([]);
    seat(desk, '李经理');
    const all = (await desk.ok('notifications.list')).items;
    expect(all.find((n) => n.titleKey === 'complaint.limit.atUnassigned')?.severity).toBe('critical');
    expect(all.find((n) => n.titleKey === 'complaint.reply.before')?.params.handlerId).toBe(
      desk.userId('孙丽'),
    );
    // the first reply came after its reminder but before its due time: met
    expect((await desk.ok('complaints.get', { complaintId: a.id })).deadlines.map((d) => d.status)).toEqual([
      'met',
      'met',
      'met',
      'overdue',
    ]);
  });

  test('a due time moved before it passed gets its own notices; a notice is never posted twice', async () => {
    desk = await testDesk({ start: at('2026-11-23 10:00') });
    seat(desk, '王芳');
    const c = await fileComplaint(desk);
    seat(desk, '李经理');
    await desk.ok('complaints.assign', { complaintId: c.id, handlerId: desk.userId('孙丽') });
    seat(desk, '孙丽');
    await desk.ok('complaints.record', { kind: 'replied', complaintId: c.id, note: '已回复' });
    expect(await checkAt('2026-11-25 10:30')).toBe(1); // handling due 11-26 10:00
    seat(desk, '李经理');
    await desk.ok('complaints.assign', {
      complaintId: c.id,
      handlerId: desk.userId('孙丽'),
      handleDue: at('2026-11-28 10:00'),
    });
    expect(await checkAt('2026-11-26 10:00')).toBe(0); // the old due time is no longer in force
    expect(await checkAt('2026-11-27 10:00')).toBe(1);
    expect(await checkAt('2026-11-28 10:00')).toBe(1);
    expect((await noticesFor('李经理')).map((n) => [n[0], n[2]])).toEqual([
      ['complaint.handle.before', '2026-11-26 10:00'],
      ['complaint.handle.before', '2026-11-28 10:00'],
      ['complaint.handle.at', '2026-11-28 10:00'],
    ]);
    // the ledger refuses a second notice for the same deadline, stage and due time
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO complaint_notices (complaint_id, deadline, stage, due, notification_id, at, business_date, audit_id)
           SELECT complaint_id, deadline, stage, due, notification_id, at, business_date, audit_id
           FROM complaint_notices WHERE stage = 'at'`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });

  test('a check that finds nothing to post leaves no audit row; the app runs it by itself', async () => {
    desk = await testDesk({ start: at('2026-11-23 10:00') });
    seat(desk, '王芳');
    await fileComplaint(desk);
    await desk.ok('auth.signOut');
    const audits = rowCount(desk, 'audit_log');
    expect(await checkAt('2026-11-23 10:30')).toBe(0);
    expect(rowCount(desk, 'audit_log')).toBe(audits);

    // past the first reply, with nobody at the desk (the app was closed at 11:30): the notice
    // that it is overdue, not a reminder of what has already passed
    desk.clock.set(at('2026-11-23 12:01'));
    stop = desk.startBackgroundJobs();
    await vi.waitFor(() => expect(rowCount(desk, 'complaint_notices')).toBe(1));
    expect(desk.ledger.sqlite.prepare('SELECT deadline, stage FROM complaint_notices').all()).toEqual([
      { deadline: 'reply', stage: 'at' },
    ]);
    expect(
      desk.ledger.sqlite
        .prepare("SELECT actor_id FROM audit_log WHERE channel = 'complaints.checkDeadlines'")
        .all(),
    ).toEqual([{ actor_id: null }]); // posted by the system
  });

  test('overdue complaints: the managers list them, the close review shows them; a met deadline is not overdue', async () => {
    desk = await testDesk({ start: at('2026-11-23 10:00') });
    seat(desk, '王芳');
    const a = await fileComplaint(desk);
    const b = await fileComplaint(desk, { about: { target: 'product' } });
    seat(desk, '李经理');
    await desk.ok('complaints.assign', { complaintId: a.id, handlerId: desk.userId('孙丽') });
    desk.clock.set(at('2026-11-23 11:00'));
    seat(desk, '孙丽');
    await desk.ok('complaints.record', { kind: 'replied', complaintId: a.id, note: '已回复' });
    desk.clock.set(at('2026-11-26 10:00'));
    seat(desk, '李经理');
    // by due time, then number
    expect(await desk.ok('complaints.overdue')).toEqual([
      expect.objectContaining({
        no: b.no,
        deadline: 'reply',
        due: at('2026-11-23 12:00'),
        handlerName: null,
      }),
      expect.objectContaining({
        no: a.no,
        deadline: 'handle',
        due: at('2026-11-26 10:00'),
        handlerName: '孙丽',
      }),
      expect.objectContaining({
        no: b.no,
        deadline: 'handle',
        due: at('2026-11-26 10:00'),
        handlerName: null,
      }),
    ]);
    expect((await desk.ok('complaints.list', { view: 'overdue' })).map((c) => [c.no, c.overdue])).toEqual([
      [b.no, ['reply', 'handle']],
      [a.no, ['handle']],
    ]);
    // the same lines in the day close's review, for the desk that closes the day
    const overdue = await desk.ok('complaints.overdue');
    seat(desk, '王芳');
    expect((await desk.ok('dayclose.prepare', {})).overdueComplaints).toEqual(overdue);
  });
});

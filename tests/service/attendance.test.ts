import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { own, pinOf } from '../support/people';
import { rowCount } from '../support/rows';

/**
 * Attendance 签到签退 (000:647, 705): each person clocks in and out with their own PIN at the desk
 * PC, never someone else; late and early against the roster; a missed clock-out is flagged the
 * next morning; the manager corrects, with a reason, and the original stays.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

/** 07:00 of Monday 2026-11-23 in Shanghai. */
const MORNING = '2026-11-22T23:00:00.000Z';
const DAY = '2026-11-23';
/** A wall-clock time of DAY (or the day after, for the late shift) as an instant. */
const at = (hhmm: string, date = DAY) => new Date(`${date}T${hhmm}:00+08:00`).toISOString();

/** The clock moves on (the idle screen locks on the way) and `who` takes the desk. */
async function move(d: TestDesk, instant: string, who = '王芳') {
  d.clock.set(instant);
  await d.signInAs(who);
}

async function rosterToday(d: TestDesk) {
  await d.signInAs('李经理');
  await d.ok('roster.set', {
    month: '2026-11',
    entries: [
      { userId: d.userId('张伟'), date: DAY, duty: 'shift', shift: '白班' },
      { userId: d.userId('孙丽'), date: DAY, duty: 'shift', shift: '白班' },
      { userId: d.userId('周强'), date: DAY, duty: 'shift', shift: '晚班' },
    ],
  });
  await d.signInAs('王芳');
}

describe('clocking in and out', () => {
  test('each person clocks in and out with their own PIN at the desk PC', async () => {
    desk = await testDesk({ start: at('08:25') });
    await desk.signInAs('王芳');
    const fang = await desk.ok('attendance.clockIn', own(desk, '王芳'));
    expect(fang).toMatchObject({ name: '王芳', date: DAY, in: at('08:25'), out: null, state: 'on_duty' });
    await move(desk, at('08:29'));
    const wei = await desk.ok('attendance.clockIn', own(desk, '张伟'));
    expect(wei).toMatchObject({ name: '张伟', in: at('08:29'), state: 'on_duty', lateMinutes: 0 });

    await move(desk, at('17:35'));
    const out = await desk.ok('attendance.clockOut', own(desk, '张伟'));
    expect(out).toMatchObject({ in: at('08:29'), out: at('17:35'), state: 'worked', workedMinutes: 546 });

    const board = await desk.ok('attendance.today');
    expect(board.people.find((p) => p.name === '王芳')).toMatchObject({ state: 'on_duty' });
    expect(board.people.find((p) => p.name === '张伟')).toMatchObject({ state: 'worked' });
    expect(board.people.find((p) => p.name === '孙丽')).toMatchObject({ state: 'none', in: null });
    expect(board.people.map((p) => p.name)).not.toContain('系统管理员');
    // every clocking is its own row, by the person, at the time typed
    expect(
      desk.ledger.sqlite
        .prepare(
          "SELECT kind, source, user_id = by_user_id AS own FROM attendance_punches WHERE source = 'clock'",
        )
        .all(),
    ).toEqual([
      { kind: 'in', source: 'clock', own: 1 },
      { kind: 'in', source: 'clock', own: 1 },
      { kind: 'out', source: 'clock', own: 1 },
    ]);
  });

  test('代签: the signed-in receptionist typing her own PIN for a consultant is refused, recorded for both, and the manager told', async () => {
    desk = await testDesk({ start: at('08:40') });
    await desk.signInAs('王芳');
    const input = { userId: desk.userId('张伟'), secret: pinOf('王芳') };
    const before = rowCount(desk, 'attendance_punches');
    expect(await desk.refused('attendance.clockIn', input)).toBe('ATTENDANCE_PROXY');
    const en = await desk.router.call('attendance.clockIn', input, { locale: 'en' });
    expect(!en.ok && en.error.message).toBe(
      'Nobody clocks for someone else: 张伟 must type their own PIN. This attempt by 王芳 is recorded and the manager told',
    );
    expect(rowCount(desk, 'attendance_punches')).toBe(before);
    expect(
      desk.ledger.sqlite
        .prepare('SELECT actor_id, user_id, kind FROM attendance_proxy_attempts ORDER BY id')
        .all(),
    ).toEqual([
      { actor_id: desk.userId('王芳'), user_id: desk.userId('张伟'), kind: 'in' },
      { actor_id: desk.userId('王芳'), user_id: desk.userId('张伟'), kind: 'in' },
    ]);
    // the refusal is sealed as refused, and a wrong PIN was not counted against 张伟
    const audit = desk.ledger.sqlite
      .prepare("SELECT outcome FROM audit_log WHERE channel = 'attendance.clockIn'")
      .all();
    expect(audit).toEqual([{ outcome: 'refused' }, { outcome: 'refused' }]);
    expect(rowCount(desk, 'sign_in_attempts', 'user_id = ? AND ok = 0', desk.userId('张伟'))).toBe(0);

    // and clocking out for someone else the same way
    await desk.ok('attendance.clockIn', own(desk, '张伟'));
    expect(
      await desk.refused('attendance.clockOut', { userId: desk.userId('张伟'), secret: pinOf('王芳') }),
    ).toBe('ATTENDANCE_PROXY');

    await desk.signInAs('李经理');
    const notices = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'attendance_proxy');
    expect(notices.map((n) => [n.titleKey, n.params.actor, n.params.name])).toEqual([
      ['attendanceProxyOut', '王芳', '张伟'],
      ['attendanceProxyIn', '王芳', '张伟'],
      ['attendanceProxyIn', '王芳', '张伟'],
    ]);
    // the 考勤表 shows the attempt on both people's day (000:705 fines both)
    const month = await desk.ok('attendance.month', { month: '2026-11' });
    const day = (name: string) =>
      month.people.find((p) => p.name === name)!.days.find((d) => d.date === DAY)!;
    expect(day('王芳').proxyAttempts).toBe(3);
    expect(day('张伟').proxyAttempts).toBe(3);
  });

  test('a wrong PIN is counted against the person named: five lock them out', async () => {
    desk = await testDesk({ start: at('09:10') }); // after the demo's PINs were set
    await desk.signInAs('王芳');
    const wrong = { userId: desk.userId('张伟'), secret: pinOf('孙丽') }; // someone else's, not the desk's
    for (let i = 0; i < 4; i++) expect(await desk.refused('attendance.clockIn', wrong)).toBe('WRONG_SECRET');
    expect(await desk.refused('attendance.clockIn', wrong)).toBe('USER_LOCKED_OUT');
    expect(await desk.refused('attendance.clockIn', own(desk, '张伟'))).toBe('USER_LOCKED_OUT');
    expect(rowCount(desk, 'attendance_punches')).toBe(0);
    expect(rowCount(desk, 'sign_in_attempts', "purpose = 'clock'")).toBe(5);
  });

  test('twice in, out before in, out twice, the admin: refused with the times', async () => {
    desk = await testDesk({ start: at('08:30') });
    await desk.signInAs('王芳');
    expect(await desk.refused('attendance.clockOut', own(desk, '孙丽'))).toBe('ATTENDANCE_NOT_IN');
    await desk.ok('attendance.clockIn', own(desk, '孙丽'));
    const twice = await desk.router.call('attendance.clockIn', own(desk, '孙丽'));
    expect(!twice.ok && twice.error).toMatchObject({
      code: 'ATTENDANCE_ALREADY_IN',
      message: '孙丽 今天已于 08:30 签到',
    });
    await move(desk, at('17:30'));
    await desk.ok('attendance.clockOut', own(desk, '孙丽'));
    expect(await desk.refused('attendance.clockOut', own(desk, '孙丽'))).toBe('ATTENDANCE_ALREADY_OUT');
    expect(await desk.refused('attendance.clockIn', own(desk, '孙丽'))).toBe('ATTENDANCE_ALREADY_OUT');
    expect(
      await desk.refused('attendance.clockIn', { userId: desk.userId('系统管理员'), secret: '900000' }),
    ).toBe('ATTENDANCE_NOT_STAFF');
    expect(await desk.untyped.refused('attendance.clockIn', { userId: desk.userId('孙丽') })).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.untyped.refused('attendance.clockIn', { userId: -1, secret: '5566' })).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.refused('attendance.clockIn', { userId: 9999, secret: '5566' })).toBe('USER_NOT_FOUND');
  });
});

describe('against the roster', () => {
  test('late and early by the whole minute, the late shift across midnight, the grace of the settings', async () => {
    desk = await testDesk({ start: MORNING });
    await rosterToday(desk);
    await move(desk, at('08:42'));
    expect(await desk.ok('attendance.clockIn', own(desk, '张伟'))).toMatchObject({
      shift: { name: '白班', start: '08:30', end: '17:30' },
      lateMinutes: 12,
    });
    await move(desk, new Date(new Date(at('08:30')).getTime() + 59_000).toISOString()); // 08:30:59
    expect(await desk.ok('attendance.clockIn', own(desk, '孙丽'))).toMatchObject({ lateMinutes: 0 });
    await move(desk, at('17:20'));
    expect(await desk.ok('attendance.clockOut', own(desk, '张伟'))).toMatchObject({
      earlyMinutes: 10,
      state: 'worked',
    });
    await move(desk, at('17:31'));
    expect(await desk.ok('attendance.clockIn', own(desk, '周强'))).toMatchObject({ lateMinutes: 1 });
    await move(desk, at('00:58', '2026-11-24')); // after midnight: still the 23rd's late shift
    expect(await desk.ok('attendance.clockOut', own(desk, '周强'))).toMatchObject({
      date: DAY,
      out: at('00:58', '2026-11-24'),
      earlyMinutes: 2,
      state: 'worked',
    });
    // the 考勤表 of the 23rd: 孙丽 never clocked out — missed once the day has passed
    await move(desk, at('09:00', '2026-11-24'), '李经理');
    const month = await desk.ok('attendance.month', { month: '2026-11' });
    const day = (name: string) =>
      month.people.find((p) => p.name === name)!.days.find((d) => d.date === DAY)!;
    expect(day('孙丽').state).toBe('missed_out');
    expect(day('吴娜').state).toBe('none');

    // a grace of 15 minutes: 12 minutes late is on time, 16 is 16
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { lateGraceMinutes: 15 });
    await desk.signInAs('李经理');
    const graced = await desk.ok('attendance.month', { month: '2026-11' });
    expect(graced.people.find((p) => p.name === '张伟')!.days.find((d) => d.date === DAY)!.lateMinutes).toBe(
      0,
    );
  });

  test('a rostered person who never comes is absent once the shift is over', async () => {
    desk = await testDesk({ start: MORNING });
    await rosterToday(desk);
    await move(desk, at('12:00'));
    const noon = await desk.ok('attendance.today');
    expect(noon.people.find((p) => p.name === '孙丽')!.state).toBe('expected');
    await move(desk, at('17:30'));
    const evening = await desk.ok('attendance.today');
    expect(evening.people.find((p) => p.name === '孙丽')!.state).toBe('absent');
    expect(evening.people.find((p) => p.name === '周强')!.state).toBe('expected'); // the late shift has begun
  });
});

describe('the morning after, and corrections', () => {
  test('a missed clock-out is flagged the next morning, once, to the manager', async () => {
    desk = await testDesk({ start: at('08:30') });
    await desk.signInAs('王芳');
    await desk.ok('attendance.clockIn', own(desk, '孙丽'));
    await desk.ok('attendance.clockIn', own(desk, '张伟'));
    await move(desk, at('17:40'));
    await desk.ok('attendance.clockOut', own(desk, '张伟'));
    await desk.ok('auth.signOut');
    // the same evening nothing is flagged: the day is still the 23rd
    desk.clock.set(at('23:50'));
    expect((await desk.router.call('attendance.flagMissed', {}, { system: true })).ok).toBe(true);
    expect(rowCount(desk, 'attendance_missed_notices')).toBe(0);
    desk.clock.set(at('08:00', '2026-11-24'));
    const first = await desk.router.call('attendance.flagMissed', {}, { system: true });
    expect(first).toMatchObject({ ok: true, data: { flagged: 1 } });
    const again = await desk.router.call('attendance.flagMissed', {}, { system: true });
    expect(again).toMatchObject({ ok: true, data: { flagged: 0 } });
    await desk.signInAs('李经理');
    const notices = (await desk.ok('notifications.list')).items.filter(
      (n) => n.kind === 'attendance_missed_clock_out',
    );
    expect(notices.map((n) => n.params)).toEqual([{ name: '孙丽', date: DAY, in: '08:30' }]);
  });

  test('the manager corrects with a reason, appended: the original clocking stays and the change is shown', async () => {
    desk = await testDesk({ start: at('08:30') });
    await desk.signInAs('王芳');
    await desk.ok('attendance.clockIn', own(desk, '孙丽'));
    await move(desk, at('09:00', '2026-11-24'));
    const correction = {
      userId: desk.userId('孙丽'),
      workDate: DAY,
      kind: 'out' as const,
      at: at('17:40'),
      reason: '下班忘记签退，经理核实',
    };
    expect(await desk.refused('attendance.correct', correction)).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    expect(await desk.refused('attendance.correct', { ...correction, at: at('05:00', '2026-11-24') })).toBe(
      'ATTENDANCE_TIME_OUTSIDE_DAY',
    );
    expect(await desk.refused('attendance.correct', { ...correction, at: at('08:00') })).toBe(
      'ATTENDANCE_OUT_BEFORE_IN',
    );
    expect(await desk.refused('attendance.correct', { ...correction, workDate: '2026-11-25' })).toBe(
      'ATTENDANCE_DATE_FUTURE',
    );
    expect(await desk.untyped.refused('attendance.correct', { ...correction, reason: ' ' })).toBe(
      'INVALID_INPUT',
    );
    expect(await desk.refused('attendance.correct', { ...correction, at: null })).toBe(
      'ATTENDANCE_NOTHING_TO_REMOVE',
    );
    const fixed = await desk.ok('attendance.correct', correction);
    expect(fixed).toMatchObject({
      out: at('17:40'),
      outCorrected: true,
      inCorrected: false,
      state: 'worked',
    });
    // a second correction of the clock-in, then taking back the clock-out
    await desk.ok('attendance.correct', {
      ...correction,
      kind: 'in',
      at: at('08:10'),
      reason: '打卡机时间有误',
    });
    const removed = await desk.ok('attendance.correct', { ...correction, at: null, reason: '其实未上完班' });
    expect(removed).toMatchObject({ in: at('08:10'), out: null });
    expect(
      desk.ledger.sqlite
        .prepare(
          'SELECT kind, source, punched_at, replaces_id IS NOT NULL AS refers FROM attendance_punches ORDER BY id',
        )
        .all(),
    ).toEqual([
      { kind: 'in', source: 'clock', punched_at: at('08:30'), refers: 0 },
      { kind: 'out', source: 'correction', punched_at: at('17:40'), refers: 0 },
      { kind: 'in', source: 'correction', punched_at: at('08:10'), refers: 1 },
      { kind: 'out', source: 'correction', punched_at: null, refers: 1 },
    ]);
    const month = await desk.ok('attendance.month', { month: '2026-11', userId: desk.userId('孙丽') });
    expect(month.people).toHaveLength(1);
    const day = month.people[0]!.days.find((d) => d.date === DAY)!;
    expect(day.corrections).toEqual([
      expect.objectContaining({
        kind: 'out',
        from: null,
        to: at('17:40'),
        reason: '下班忘记签退，经理核实',
        by: '李经理',
      }),
      expect.objectContaining({ kind: 'in', from: at('08:30'), to: at('08:10') }),
      expect.objectContaining({ kind: 'out', from: at('17:40'), to: null }),
    ]);
    // the database refuses an edit of a clocking
    expect(() => desk.ledger.sqlite.prepare('UPDATE attendance_punches SET punched_at = at').run()).toThrow(
      /append-only/,
    );
  });
});

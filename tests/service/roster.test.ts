import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';
import { own } from '../support/people';
import { rowCount } from '../support/rows';

/**
 * The duty roster 排班 (000:729-741): the 专案 sets the month; rest days Monday to Friday, decided
 * by the Friday before; two or more in a row need the project manager; who covers the counter
 * over lunch, and the manager warned when nobody does; the day's rotation offered from those on
 * duty who have clocked in.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const at = (hhmm: string, date: string) => new Date(`${date}T${hhmm}:00+08:00`).toISOString();
/** Thursday 2026-11-19, 10:00: the week of the 23rd can still get its rest days until Friday. */
const THURSDAY = at('10:00', '2026-11-19');

async function move(d: TestDesk, instant: string, who = '王芳') {
  d.clock.set(instant);
  await d.signInAs(who);
}

const cell = (d: TestDesk, name: string, date: string, duty: 'shift' | 'rest' | 'clear', rest = {}) => ({
  userId: d.userId(name),
  date,
  duty,
  ...(duty === 'shift' ? { shift: '白班' } : {}),
  ...rest,
});

describe('setting the month', () => {
  test('the manager sets shifts, rest days and the lunch cover; each cell is its latest entry', async () => {
    desk = await testDesk({ start: THURSDAY });
    await desk.signInAs('王芳');
    expect(
      await desk.refused('roster.set', {
        month: '2026-11',
        entries: [cell(desk, '张伟', '2026-11-23', 'shift')],
      }),
    ).toBe('FORBIDDEN');
    await desk.signInAs('李经理');
    const month = await desk.ok('roster.set', {
      month: '2026-11',
      entries: [
        cell(desk, '张伟', '2026-11-23', 'shift', { lunchCover: true }),
        cell(desk, '孙丽', '2026-11-23', 'rest'),
        { ...cell(desk, '周强', '2026-11-23', 'shift'), shift: '晚班' },
      ],
    });
    expect(month.days).toHaveLength(30);
    expect(month.days.find((d) => d.date === '2026-11-23')).toEqual({
      date: '2026-11-23',
      weekday: 1,
      restDeadline: '2026-11-20',
    });
    const row = (name: string) =>
      month.people.find((p) => p.name === name)!.cells.find((c) => c.date === '2026-11-23');
    expect(row('张伟')).toEqual({
      date: '2026-11-23',
      duty: 'shift',
      shift: { name: '白班', start: '08:30', end: '17:30' },
      lunchCover: true,
    });
    expect(row('孙丽')).toMatchObject({ duty: 'rest', shift: null, lunchCover: false });
    expect(row('周强')).toMatchObject({ shift: { name: '晚班', start: '17:30', end: '01:00' } });
    expect(row('吴娜')).toMatchObject({ duty: null });
    expect(month.people.map((p) => p.name)).not.toContain('系统管理员');

    // changed again: the latest counts, the earlier ones stay; the same cell again writes nothing
    const again = await desk.ok('roster.set', {
      month: '2026-11',
      entries: [cell(desk, '张伟', '2026-11-23', 'clear'), cell(desk, '周强', '2026-11-23', 'shift')],
    });
    expect(
      again.people.find((p) => p.name === '张伟')!.cells.find((c) => c.date === '2026-11-23')!.duty,
    ).toBeNull();
    const entries = rowCount(desk, 'roster_entries');
    expect(entries).toBe(5);
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '周强', '2026-11-23', 'shift')] });
    expect(rowCount(desk, 'roster_entries')).toBe(entries);
    // everyone reads the roster
    await desk.signInAs('张伟');
    expect((await desk.ok('roster.month', { month: '2026-11' })).people.length).toBeGreaterThan(5);
  });

  test('rest days: Monday to Friday, by the Friday before; the past stays as it was', async () => {
    desk = await testDesk({ start: THURSDAY });
    await desk.signInAs('李经理');
    const set = (...entries: ReturnType<typeof cell>[]) =>
      desk.refused('roster.set', { month: '2026-11', entries });
    expect(await set(cell(desk, '张伟', '2026-11-28', 'rest'))).toBe('ROSTER_REST_WEEKEND'); // a Saturday
    expect(await set(cell(desk, '张伟', '2026-11-18', 'shift'))).toBe('ROSTER_DATE_PAST');
    expect(await set(cell(desk, '张伟', '2026-12-01', 'shift'))).toBe('ROSTER_DATE_OUTSIDE_MONTH');
    expect(await set({ ...cell(desk, '张伟', '2026-11-24', 'shift'), shift: '早班' })).toBe(
      'ROSTER_SHIFT_UNKNOWN',
    );
    expect(await set(cell(desk, '张伟', '2026-11-24', 'rest', { lunchCover: true }))).toBe(
      'ROSTER_LUNCH_NEEDS_SHIFT',
    );
    expect(
      await set(cell(desk, '张伟', '2026-11-24', 'shift'), cell(desk, '张伟', '2026-11-24', 'rest')),
    ).toBe('ROSTER_TWICE');
    expect(await set(cell(desk, '系统管理员', '2026-11-24', 'shift'))).toBe('ROSTER_PERSON_UNKNOWN');
    expect(
      await desk.untyped.refused('roster.set', {
        month: '2026-13',
        entries: [cell(desk, '张伟', '2026-11-24', 'shift')],
      }),
    ).toBe('INVALID_INPUT');
    // this week's rest days were decided last Friday: Thursday is too late for them
    const late = await desk.router.call('roster.set', {
      month: '2026-11',
      entries: [cell(desk, '张伟', '2026-11-20', 'rest')],
    });
    expect(late).toMatchObject({
      ok: false,
      error: { code: 'ROSTER_REST_TOO_LATE', params: { deadline: '2026-11-13' } },
    });
    // next week's can still be set on Thursday, and on Friday…
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '张伟', '2026-11-24', 'rest')] });
    await move(desk, at('18:00', '2026-11-20'), '李经理');
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '孙丽', '2026-11-25', 'rest')] });
    // …but not on Saturday: neither set nor taken back; a shift may still change
    await move(desk, at('10:00', '2026-11-21'), '李经理');
    expect(await set(cell(desk, '周强', '2026-11-26', 'rest'))).toBe('ROSTER_REST_TOO_LATE');
    expect(await set(cell(desk, '张伟', '2026-11-24', 'shift'))).toBe('ROSTER_REST_TOO_LATE');
    await desk.ok('roster.set', {
      month: '2026-11',
      entries: [{ ...cell(desk, '周强', '2026-11-26', 'shift'), shift: '晚班' }],
    });

    // an office that chose otherwise in the settings
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { restWeekdaysOnly: false, restByFridayBefore: false });
    await desk.signInAs('李经理');
    await desk.ok('roster.set', {
      month: '2026-11',
      entries: [cell(desk, '周强', '2026-11-28', 'rest'), cell(desk, '吴娜', '2026-11-23', 'rest')],
    });
  });

  test('two rest days in a row need the project manager: the deputy asks for his PIN', async () => {
    desk = await testDesk({ start: THURSDAY });
    await desk.signInAs('赵副理');
    const twoDays = {
      month: '2026-11',
      entries: [cell(desk, '孙丽', '2026-11-24', 'rest'), cell(desk, '孙丽', '2026-11-25', 'rest')],
    };
    const refused = await desk.router.call('roster.set', twoDays);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'ROSTER_LONG_REST_NEEDS_MANAGER',
        params: { name: '孙丽', days: 2, from: '2026-11-24' },
      },
    });
    expect(rowCount(desk, 'roster_entries')).toBe(0);
    // one day is the deputy's to give; a second next to it makes two
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '周强', '2026-11-24', 'rest')] });
    expect(
      await desk.refused('roster.set', {
        month: '2026-11',
        entries: [cell(desk, '周强', '2026-11-25', 'rest')],
      }),
    ).toBe('ROSTER_LONG_REST_NEEDS_MANAGER');
    expect(await desk.refused('roster.set', { ...twoDays, countersign: own(desk, '张伟') })).toBe(
      'COUNTERSIGN_ROLE',
    );
    await desk.ok('roster.set', { ...twoDays, countersign: own(desk, '李经理') });
    expect(
      desk.ledger.sqlite
        .prepare('SELECT count(*) AS n FROM roster_entries WHERE countersigned_by IS NOT NULL')
        .get(),
    ).toEqual({ n: 2 });
    // the manager sets them himself
    await desk.signInAs('李经理');
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '周强', '2026-11-25', 'rest')] });
  });
});

describe('over lunch and in the rotation', () => {
  const MONDAY = '2026-11-23';

  async function rosterMonday(d: TestDesk) {
    await d.signInAs('李经理');
    await d.ok('roster.set', {
      month: '2026-11',
      entries: [
        cell(d, '张伟', MONDAY, 'shift', { lunchCover: true }),
        cell(d, '孙丽', MONDAY, 'shift'),
        cell(d, '周强', MONDAY, 'shift'),
        cell(d, '王芳', MONDAY, 'shift'),
      ],
    });
  }
  const check = (d: TestDesk) => d.router.call('roster.checkLunchCover', {}, { system: true });

  test('nobody at the counter over lunch warns the manager, once a day', async () => {
    desk = await testDesk({ start: THURSDAY });
    await rosterMonday(desk);
    await move(desk, at('08:30', MONDAY));
    await desk.ok('attendance.clockIn', own(desk, '张伟'));
    expect(await check(desk)).toMatchObject({ ok: true, data: { covered: null, posted: false } }); // before lunch
    desk.clock.set(at('12:05', MONDAY));
    expect(await check(desk)).toMatchObject({ data: { covered: true, posted: false } });
    // 张伟 goes out: nobody covers
    await move(desk, at('12:10', MONDAY));
    const out = await desk.ok('outings.record', {
      userId: desk.userId('张伟'),
      reason: '陪客户看工地',
      destination: '3 号楼',
      expectedBack: at('12:40', MONDAY),
      countersign: own(desk, '李经理'),
    });
    expect(await check(desk)).toMatchObject({ data: { covered: false, posted: true } });
    expect(await check(desk)).toMatchObject({ data: { covered: false, posted: false } });
    await desk.ok('outings.return', { outingId: out.id, secret: '5555' });
    expect(await check(desk)).toMatchObject({ data: { covered: true } });
    await desk.signInAs('李经理');
    const notes = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'lunch_uncovered');
    expect(notes.map((n) => [n.titleKey, n.params])).toEqual([
      ['lunchCoverAway', { date: MONDAY, names: '张伟' }],
    ]);
  });

  test('nobody rostered to cover lunch is a warning too; a day without a roster is not', async () => {
    desk = await testDesk({ start: at('12:30', '2026-11-23') });
    expect(await check(desk)).toMatchObject({ data: { covered: null, posted: false } });
    desk.clock.set(THURSDAY);
    await desk.signInAs('李经理');
    await desk.ok('roster.set', { month: '2026-11', entries: [cell(desk, '孙丽', '2026-11-24', 'shift')] });
    desk.clock.set(at('12:30', '2026-11-24'));
    expect(await check(desk)).toMatchObject({ data: { covered: false, posted: true } });
    await desk.signInAs('李经理');
    const note = (await desk.ok('notifications.list')).items.find((n) => n.kind === 'lunch_uncovered')!;
    expect(note.titleKey).toBe('lunchNobodyAssigned');
  });

  test("the day's rotation is offered from those on duty who have clocked in", async () => {
    desk = await testDesk({ start: THURSDAY });
    // the order the week ended with last time
    await desk.signInAs('王芳');
    await desk.ok('rotation.setOrder', {
      consultantIds: ['吴娜', '周强', '张伟', '孙丽'].map((n) => desk.userId(n)),
    });
    await rosterMonday(desk);
    await move(desk, at('08:20', MONDAY));
    expect((await desk.ok('rotation.today')).suggestedOrder).toEqual([]); // nobody in yet
    await desk.ok('attendance.clockIn', own(desk, '孙丽'));
    await desk.ok('attendance.clockIn', own(desk, '张伟'));
    await desk.ok('attendance.clockIn', own(desk, '吴娜')); // not on duty today
    const offered = (await desk.ok('rotation.today')).suggestedOrder.map((c) => c.name);
    expect(offered).toEqual(['张伟', '孙丽']); // 周强 on duty but not in, 吴娜 in but resting
    await desk.ok('attendance.clockIn', own(desk, '周强'));
    expect((await desk.ok('rotation.today')).suggestedOrder.map((c) => c.name)).toEqual([
      '周强',
      '张伟',
      '孙丽',
    ]);
    // a day with no roster keeps the plain offer: the last order, everyone active
    await move(desk, at('08:20', '2026-11-25'));
    expect((await desk.ok('rotation.today')).suggestedOrder.map((c) => c.name)).toEqual([
      '吴娜',
      '周强',
      '张伟',
      '孙丽',
    ]);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { atFrontDesk, type TestDesk } from '../support/desk';

// 10:00 in Shanghai on the desk's clock; call-back times are written as people write them.
const AT_NOON = '2026-11-23T04:00:00.000Z';
const HOUR = 3_600_000;

let desk: TestDesk;
afterEach(async () => desk?.close());

async function leaveFor(
  name: string,
  fields: Partial<{ phone: string; about: string; callBackBy: string }> = {},
) {
  return desk.ok('messages.leave', {
    forUserId: desk.userId(name),
    via: 'call',
    callerName: '刘先生',
    phone: fields.phone ?? '139 0000 1111',
    about: fields.about ?? '想再看一次 3-1-302',
    callBackBy: fields.callBackBy ?? AT_NOON,
  });
}

async function titlesFor(name: string): Promise<string[]> {
  await desk.signInAs(name);
  const { items } = await desk.ok('notifications.list', { unreadOnly: false });
  return items.filter((n) => n.personal).map((n) => n.titleKey);
}

describe('a message for a colleague who is out (000:683)', () => {
  test('is taken at the desk, reaches that person alone, and is done when they have called back', async () => {
    desk = await atFrontDesk();
    const taken = await leaveFor('张伟');
    expect(taken).toMatchObject({
      forName: '张伟',
      callerName: '刘先生',
      callerPhone: '13900001111', // the desk that took it sees what it wrote
      takenBy: '王芳',
      overdue: false,
      done: null,
    });
    expect(await titlesFor('孙丽')).not.toContain('messageLeftCall');
    expect(await titlesFor('张伟')).toContain('messageLeftCall');

    const mine = await desk.ok('messages.mine', {});
    expect(mine.map((m) => m.id)).toEqual([taken.id]);
    desk.clock.advance(HOUR / 2);
    await desk.signInAs('张伟'); // the screen locked meanwhile
    const done = await desk.ok('messages.markDone', { messageId: taken.id, outcome: '约了周六再来' });
    expect(done.done).toMatchObject({ outcome: '约了周六再来', by: '张伟', calledBackAt: done.done!.at });
    expect(await desk.refused('messages.markDone', { messageId: taken.id, outcome: '又打了一次' })).toBe(
      'MESSAGE_ALREADY_DONE',
    );
    await desk.signInAs('王芳');
    expect(await desk.ok('messages.open', {})).toEqual([]);
  });

  test('another consultant cannot close it; the manager can', async () => {
    desk = await atFrontDesk();
    const taken = await leaveFor('张伟');
    await desk.signInAs('孙丽');
    expect(await desk.refused('messages.markDone', { messageId: taken.id, outcome: '替他回了' })).toBe(
      'MESSAGE_NOT_YOURS',
    );
    expect(await desk.ok('messages.mine', {})).toEqual([]);
    await desk.signInAs('李经理');
    const done = await desk.ok('messages.markDone', { messageId: taken.id, outcome: '我回的电话' });
    expect(done.done?.by).toBe('李经理');
  });

  test('the caller’s number is masked to colleagues it is not for', async () => {
    desk = await atFrontDesk();
    await leaveFor('张伟');
    await desk.signInAs('陈静'); // the other receptionist
    const [seen] = await desk.ok('messages.open', {});
    expect(seen!.callerPhone).toBe('139****1111');
    await desk.signInAs('张伟');
    expect((await desk.ok('messages.mine', {}))[0]!.callerPhone).toBe('13900001111');
  });

  test('past its call-back time it is flagged to its person once, and listed first as overdue', async () => {
    desk = await atFrontDesk();
    const late = await leaveFor('张伟', { callBackBy: '2026-11-23T02:30:00.000Z' });
    const later = await leaveFor('孙丽', { callBackBy: AT_NOON });
    await desk.signInAs('李经理'); // the timer's call, as the one who may make it by hand
    expect((await desk.ok('messages.flagOverdue', {})).flagged).toBe(0);
    desk.clock.advance(HOUR);
    await desk.signInAs('李经理');
    expect((await desk.ok('messages.flagOverdue', {})).flagged).toBe(1);
    expect((await desk.ok('messages.flagOverdue', {})).flagged).toBe(0); // once
    const open = await desk.ok('messages.open', {});
    expect(open.map((m) => [m.id, m.overdue])).toEqual([
      [late.id, true],
      [later.id, false],
    ]);
    expect((await titlesFor('张伟')).filter((t) => t === 'messageOverdue')).toHaveLength(1);
    expect(await titlesFor('孙丽')).not.toContain('messageOverdue');
  });

  test('what people type wrong is refused and nothing is written', async () => {
    desk = await atFrontDesk();
    const count = () => desk.ledger.sqlite.prepare('SELECT count(*) n FROM messages').get();
    const before = count();
    expect(
      await desk.refused('messages.leave', {
        forUserId: desk.userId('张伟'),
        via: 'call',
        callerName: '刘先生',
        about: '回电',
        callBackBy: '2026-11-23T01:59:00.000Z', // before now
      }),
    ).toBe('MESSAGE_CALL_BACK_PAST');
    expect(
      await desk.refused('messages.leave', {
        forUserId: desk.userId('张伟'),
        via: 'call',
        callerName: '刘先生',
        phone: '12345',
        about: '回电',
        callBackBy: AT_NOON,
      }),
    ).toBe('INVALID_PHONE');
    expect(
      await desk.refused('messages.leave', {
        forUserId: 99_999,
        via: 'visit',
        callerName: '刘先生',
        about: '回电',
        callBackBy: AT_NOON,
      }),
    ).toBe('MESSAGE_RECIPIENT_UNKNOWN');
    for (const bad of [
      { callerName: '' },
      { about: '   ' },
      { callerName: '😀'.repeat(41) },
      { via: 'email' },
    ]) {
      const code = await desk.untyped.refused('messages.leave', {
        forUserId: desk.userId('张伟'),
        via: 'call',
        callerName: '刘先生',
        about: '回电',
        callBackBy: AT_NOON,
        ...bad,
      });
      expect(code).toBe('INVALID_INPUT');
    }
    expect(count()).toEqual(before);
  });

  test('a call-back time before the message or in the future is refused', async () => {
    desk = await atFrontDesk();
    const taken = await leaveFor('张伟');
    await desk.signInAs('张伟');
    for (const calledBackAt of ['2026-11-23T01:00:00.000Z', '2026-11-23T05:00:00.000Z']) {
      expect(
        await desk.refused('messages.markDone', { messageId: taken.id, outcome: '回了', calledBackAt }),
      ).toBe('MESSAGE_CALLED_BACK_OUTSIDE');
    }
  });
});

test('the close’s review lists the messages not yet called back, overdue first', async () => {
  desk = await atFrontDesk();
  const later = await leaveFor('孙丽', { callBackBy: AT_NOON });
  const late = await leaveFor('张伟', { callBackBy: '2026-11-23T02:30:00.000Z' });
  desk.clock.advance(HOUR);
  await desk.signInAs('王芳');
  const prep = await desk.ok('dayclose.prepare', {});
  expect(prep.openMessages.map((m) => [m.id, m.overdue])).toEqual([
    [late.id, true],
    [later.id, false],
  ]);
});

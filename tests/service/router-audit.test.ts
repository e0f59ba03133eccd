import { afterEach, describe, expect, test } from 'vitest';
import { AppError } from '../../shared/domain/errors';
import { testDesk, type TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';

/** What the router keeps beside the answer: the audit row, the settings, the worded refusal. */
let desk: TestDesk;
afterEach(async () => desk?.close());

describe('every mutating call is audited', () => {
  test('one audit row per call, with actor, channel, redacted input and business date', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('users.create', { name: '新前台', roles: ['receptionist'], secret: '4321' });
    const row = desk.ledger.sqlite
      .prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT 1')
      .get() as Record<string, unknown>;
    expect(row).toMatchObject({
      channel: 'users.create',
      actor_id: desk.userId('系统管理员'),
      outcome: 'ok',
      business_date: '2026-11-23',
    });
    expect(row.summary).not.toContain('4321');
    expect(JSON.parse(row.writes as string)).toHaveLength(1);
  });

  test('reads are not audited', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const before = rowCount(desk, 'audit_log');
    await desk.ok('users.list', {});
    await desk.ok('audit.list', {});
    expect(rowCount(desk, 'audit_log')).toBe(before);
  });
});

describe('the router remembers settings between calls, and only what the ledger says', () => {
  test('settings a call stores are what the next call sees; a hand edit is read again', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const shifts = [
      { name: '早班', start: '08:00', end: '16:00' },
      { name: '晚班', start: '16:00', end: '08:00' },
    ];
    await desk.ok('settings.update', { idleLockMinutes: 9, shifts, visitChannels: ['路过', '老带新'] });
    expect(await desk.ok('settings.get', {})).toMatchObject({
      idleLockMinutes: 9,
      shifts,
      visitChannels: ['路过', '老带新'],
    });
    // a hand edit on the file (outside any call) is seen by the next call
    desk.ledger.sqlite.prepare("UPDATE settings SET value = '12' WHERE key = 'idleLockMinutes'").run();
    expect(await desk.ok('settings.get', {})).toMatchObject({ idleLockMinutes: 12, shifts });
    // and one this version cannot read falls back to the default, not to what was cached
    desk.ledger.sqlite.prepare(`UPDATE settings SET value = '"x"' WHERE key = 'idleLockMinutes'`).run();
    expect(await desk.ok('settings.get', {})).toMatchObject({ idleLockMinutes: 5, shifts });
  });
});

test('AppError keeps its params through the envelope in both languages', async () => {
  desk = await testDesk();
  const zh = await desk.router.call('auth.signIn', { userId: desk.userId('王芳'), secret: '0000' });
  const en = await desk.router.call(
    'auth.signIn',
    { userId: desk.userId('王芳'), secret: '0000' },
    { locale: 'en' },
  );
  expect(zh).toMatchObject({
    ok: false,
    error: { code: 'WRONG_SECRET', message: 'PIN 或密码错误，还可以再试 4 次' },
  });
  expect(en).toMatchObject({
    ok: false,
    error: { code: 'WRONG_SECRET', message: 'Wrong PIN or password: 3 tries left' },
  });
  expect(new AppError('LAST_ADMIN').body().message).toContain('最后一位');
});

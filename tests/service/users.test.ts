import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('admin manages users; users are never deleted', () => {
  test('add a user with several roles; the name must be unique', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const u = await desk.ok('users.create', {
      name: '黄蓉',
      roles: ['receptionist', 'assistant'],
      secret: '2468',
    });
    expect(u).toMatchObject({
      name: '黄蓉',
      roles: ['receptionist', 'assistant'],
      active: true,
      secretKind: 'pin',
    });
    expect(await desk.refused('users.create', { name: '黄蓉', roles: ['consultant'], secret: '1357' })).toBe(
      'NAME_TAKEN',
    );
  });

  test('PINs are 4–8 digits; passwords only for managers and admins, with letters and digits', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const make = (secret: string, roles: string[] = ['receptionist']) =>
      desk.router.call('users.create', { name: `u${secret}`, roles, secret });
    expect(await make('123')).toMatchObject({ error: { code: 'PIN_FORMAT' } });
    expect(await make('123456789')).toMatchObject({ error: { code: 'PIN_FORMAT' } });
    expect(await make('secret99')).toMatchObject({ error: { code: 'PASSWORD_NOT_ALLOWED' } });
    expect(await make('short1', ['manager'])).toMatchObject({ error: { code: 'PASSWORD_FORMAT' } });
    expect(await make('LongEnough1', ['manager'])).toMatchObject({
      ok: true,
      data: { secretKind: 'password' },
    });
    expect(await make('87654321')).toMatchObject({ ok: true, data: { secretKind: 'pin' } });
  });

  test('change roles; the last admin can neither lose the role nor be deactivated', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const admin = desk.userId('系统管理员');
    expect(await desk.refused('users.setRoles', { userId: admin, roles: ['manager'] })).toBe('LAST_ADMIN');
    expect(await desk.refused('users.deactivate', { userId: admin })).toBe('LAST_ADMIN');
    await desk.ok('users.setRoles', { userId: desk.userId('李经理'), roles: ['manager', 'admin'] });
    await desk.ok('users.setRoles', { userId: admin, roles: ['manager'] });
    const list = await desk.ok('users.list', {});
    expect(list.find((u) => u.name === '李经理')?.roles).toEqual(['manager', 'admin']);
  });

  test('deactivate keeps the row and its history; reactivate brings the user back', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const id = desk.userId('周强');
    await desk.ok('users.deactivate', { userId: id });
    const all = await desk.ok('users.list', { includeInactive: true });
    expect(all.find((u) => u.id === id)).toMatchObject({ active: false });
    const activeOnly = await desk.ok('users.list', { includeInactive: false });
    expect(activeOnly.some((u) => u.id === id)).toBe(false);
    await desk.ok('users.reactivate', { userId: id });
    expect(() => desk.ledger.sqlite.prepare('DELETE FROM users WHERE id = ?').run(id)).toThrow(
      /never deleted/,
    );
  });

  test('only admins manage users (enforced in the main process)', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    expect((await desk.ok('users.list', {})).length).toBe(11); // managers may see staff
    for (const [channel, input] of [
      ['users.create', { name: 'x', roles: ['admin'], secret: '1234' }],
      ['users.setRoles', { userId: desk.userId('李经理'), roles: ['admin'] }],
      ['users.resetSecret', { userId: desk.userId('王芳'), secret: '1234' }],
      ['users.deactivate', { userId: desk.userId('王芳') }],
    ] as const) {
      // A table of four different channels: one call site, typed by none of them.
      expect(await desk.untyped.refused(channel, input), channel).toBe('FORBIDDEN');
    }
  });

  test('unknown user ids are refused clearly', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    const res = await desk.router.call('users.deactivate', { userId: 999 });
    expect(res).toMatchObject({ ok: false, error: { code: 'USER_NOT_FOUND', message: '找不到用户 #999' } });
  });
});

describe('settings', () => {
  test('the day cut-off decides the business date of every entry', async () => {
    desk = await testDesk({ start: '2026-11-23T18:30:00.000Z' }); // 02:30 on the 24th, Shanghai
    await desk.signInAs('系统管理员');
    const lastDate = () =>
      (
        desk.ledger.sqlite
          .prepare('SELECT business_date d FROM audit_log ORDER BY id DESC LIMIT 1')
          .get() as { d: string }
      ).d;
    expect(lastDate()).toBe('2026-11-23'); // the sign-in belongs to the late shift of the 23rd
    await desk.ok('settings.update', { dayCutoff: '02:00' });
    await desk.ok('auth.touch');
    await desk.ok('users.create', { name: '夜班', roles: ['receptionist'], secret: '1212' });
    expect(lastDate()).toBe('2026-11-24');
    expect(await desk.refused('settings.update', { dayCutoff: '25:00' })).toBe('INVALID_INPUT');
  });
});

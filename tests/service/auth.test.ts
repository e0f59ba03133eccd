import { afterEach, describe, expect, test } from 'vitest';
import { atFrontDesk, testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;

describe('first run', () => {
  test('an empty ledger asks for setup; setup creates the admin once', async () => {
    desk = await testDesk({ demo: false });
    expect(await desk.ok('auth.session')).toMatchObject({ setupRequired: true, user: null });
    const s = await desk.ok('auth.setup', {
      projectName: '魅力晶都',
      adminName: '管理员',
      adminSecret: 'Admin2026',
    });
    expect(s).toMatchObject({ setupRequired: false, user: { name: '管理员' }, projectName: '魅力晶都' });
    expect(
      await desk.refused('auth.setup', { projectName: 'x', adminName: '第二个', adminSecret: '1234' }),
    ).toBe('SETUP_DONE');
  });
});

describe('sign in on a shared PC', () => {
  test('pick a name, type the PIN; switching user is signing in as someone else', async () => {
    desk = await atFrontDesk();
    expect((await desk.ok('auth.session')).user?.name).toBe('王芳');
    await desk.signInAs('李经理');
    expect((await desk.ok('auth.session')).user?.name).toBe('李经理');
    const attempts = desk.ledger.sqlite
      .prepare('SELECT count(*) n FROM sign_in_attempts WHERE ok = 1')
      .get() as { n: number };
    expect(attempts.n).toBe(2);
    const refused = await desk.router.call('auth.signIn', { userId: desk.userId('陈静'), secret: '0000' });
    expect(refused.ok).toBe(false);
    const last = desk.ledger.sqlite
      .prepare('SELECT actor_id, outcome FROM audit_log ORDER BY id DESC LIMIT 1')
      .get();
    expect(last).toEqual({ actor_id: desk.userId('陈静'), outcome: 'refused' }); // who tried, not who held the desk
  });

  test('PINs are stored only as salted scrypt hashes', async () => {
    desk = await testDesk();
    const rows = desk.ledger.sqlite.prepare('SELECT secret_hash FROM users').all() as {
      secret_hash: string;
    }[];
    const hashes = rows.map((r) => r.secret_hash);
    expect(hashes.every((h) => h.startsWith('scrypt$'))).toBe(true);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.join()).not.toContain('3333');
  });

  test('five wrong PINs lock that user for five minutes, and tell the managers', async () => {
    desk = await testDesk();
    const wang = desk.userId('王芳');
    const remaining: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await desk.router.call('auth.signIn', { userId: wang, secret: '0000' });
      remaining.push(!res.ok && res.error.params?.remaining);
    }
    expect(remaining).toEqual([4, 3, 2, 1]);
    // the roster says the same before the next try: a countersign dialog shows it
    const tries = (await desk.ok('auth.roster')).map((u) => [u.name, u.triesLeft]);
    expect(tries).toContainEqual(['王芳', 1]);
    expect(tries).toContainEqual(['李经理', 5]);
    const fifth = await desk.router.call('auth.signIn', { userId: wang, secret: '0000' });
    expect(fifth).toMatchObject({
      ok: false,
      error: { code: 'USER_LOCKED_OUT', params: { name: '王芳', until: '10:05' } },
    });
    // even the right PIN is refused while locked, and that try is not counted
    expect(await desk.refused('auth.signIn', { userId: wang, secret: '3333' })).toBe('USER_LOCKED_OUT');
    const roster = await desk.ok('auth.roster');
    expect(roster.find((u) => u.name === '王芳')).toMatchObject({ triesLeft: 0 });
    expect(roster.find((u) => u.name === '王芳')?.lockedUntil).not.toBeNull();
    // other users are not affected
    await desk.signInAs('李经理');
    const notes = await desk.ok('notifications.list');
    expect(notes.unread).toBe(1);
    expect(notes.items[0]).toMatchObject({ titleKey: 'userLockedOut', params: { name: '王芳' } });
    // five minutes later she may try again, with a fresh count
    desk.clock.advance(5 * MIN);
    expect((await desk.ok('auth.signIn', { userId: wang, secret: '3333' })).user?.name).toBe('王芳');
  });

  test('a lock-out survives a restart of the app', async () => {
    desk = await testDesk();
    const wang = desk.userId('王芳');
    for (let i = 0; i < 5; i++) await desk.router.call('auth.signIn', { userId: wang, secret: '9999' });
    const dir = desk.dataDir;
    await desk.close();
    desk = await testDesk({ dataDir: dir, start: '2026-11-23T02:02:00.000Z' });
    expect(await desk.refused('auth.signIn', { userId: wang, secret: '3333' })).toBe('USER_LOCKED_OUT');
  });

  test('an admin resetting the PIN lifts the lock', async () => {
    desk = await testDesk();
    const wang = desk.userId('王芳');
    for (let i = 0; i < 5; i++) await desk.router.call('auth.signIn', { userId: wang, secret: '9999' });
    await desk.signInAs('系统管理员');
    desk.clock.advance(1000);
    await desk.ok('users.resetSecret', { userId: wang, secret: '7777' });
    desk.clock.advance(1000);
    expect((await desk.ok('auth.signIn', { userId: wang, secret: '7777' })).user?.name).toBe('王芳');
  });

  test('a deactivated user cannot sign in, and is signed out if at the desk', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('users.deactivate', { userId: desk.userId('刘敏') });
    expect(await desk.refused('auth.signIn', { userId: desk.userId('刘敏'), secret: '4444' })).toBe(
      'USER_INACTIVE',
    );
    const roster = await desk.ok('auth.roster');
    expect(roster.map((u) => u.name)).not.toContain('刘敏');
  });
});

describe('the screen lock', () => {
  test('locks by hand: every call but signing in is refused until someone signs in', async () => {
    desk = await atFrontDesk();
    expect(await desk.ok('auth.lock')).toMatchObject({ locked: true, user: { name: '王芳' } });
    expect(await desk.refused('settings.get')).toBe('SCREEN_LOCKED');
    await desk.signInAs('李经理'); // a manager takes over from the lock screen
    expect(await desk.ok('auth.session')).toMatchObject({ locked: false, user: { name: '李经理' } });
  });

  test('locks itself after the idle time (default 5 minutes); polling is not activity', async () => {
    desk = await atFrontDesk();
    desk.clock.advance(4 * MIN);
    await desk.ok('notifications.list'); // background poll
    desk.clock.advance(1 * MIN);
    expect(await desk.refused('settings.get')).toBe('SCREEN_LOCKED');
    expect((await desk.ok('auth.session')).locked).toBe(true);
  });

  test('activity keeps the desk open; the idle time is a setting', async () => {
    desk = await testDesk();
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { idleLockMinutes: 2 });
    desk.clock.advance(1.5 * MIN);
    await desk.ok('auth.touch');
    desk.clock.advance(1.5 * MIN);
    await desk.ok('settings.get');
    desk.clock.advance(2 * MIN);
    expect(await desk.refused('settings.get')).toBe('SCREEN_LOCKED');
  });
});

describe('changing your own PIN', () => {
  test('needs the current PIN; a wrong one counts towards the lock-out', async () => {
    desk = await atFrontDesk();
    const wrong = await desk.router.call('auth.changeOwnSecret', {
      currentSecret: '0000',
      newSecret: '8888',
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', params: { remaining: 4 } } });
    expect(await desk.refused('auth.changeOwnSecret', { currentSecret: '3333', newSecret: '12' })).toBe(
      'PIN_FORMAT',
    );
    await desk.ok('auth.changeOwnSecret', { currentSecret: '3333', newSecret: '8888' });
    await desk.ok('auth.signOut');
    expect(await desk.refused('auth.signIn', { userId: desk.userId('王芳'), secret: '3333' })).toBe(
      'WRONG_SECRET',
    );
    await desk.ok('auth.signIn', { userId: desk.userId('王芳'), secret: '8888' });
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { testDesk, type TestDesk } from '../support/desk';

let desk: TestDesk;
afterEach(async () => desk?.close());

/**
 * The router keeps the staff's names between calls (ctx.staffNames) instead of every list
 * reading the users again: a name must still be the file's, whoever changed it.
 */
describe('the staff names a list shows are the ledger’s', () => {
  test('a user created since is named; a name changed outside the router is followed', async () => {
    desk = await testDesk();
    const lines = () => desk.ok('keys.movements', {});
    await desk.signInAs('李经理');
    await lines(); // the names are read, and kept
    await desk.signInAs('系统管理员');
    const created = await desk.ok('users.create', {
      name: '新同事',
      roles: ['receptionist'],
      secret: '7788',
    });
    await desk.signInAs('李经理');
    await desk.ok('keys.issue', {
      tag: 'QT',
      holder: { kind: 'staff', userId: created.id },
      purpose: '取资料',
    });
    expect((await lines())[0]!.holder).toMatchObject({ userId: created.id, name: '新同事' });

    // no call renames a user: a hand edit of the file, which the router's stamp notices
    desk.ledger.sqlite.prepare('UPDATE users SET name = ? WHERE id = ?').run('新同事甲', created.id);
    expect((await lines())[0]!.holder).toMatchObject({ name: '新同事甲' });
    expect((await lines())[0]!.byName).toBe('李经理');
  });
});

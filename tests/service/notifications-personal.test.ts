import { afterEach, describe, expect, test } from 'vitest';
import type { TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const toReceive = async (d: TestDesk) =>
  (await d.ok('notifications.list', {})).items.filter((n) => n.kind === 'visitor_to_receive');

/** "登记并通知顾问": the consultant a visitor is handed to is told, by name, and nobody else. */
describe('a notification addressed to a person', () => {
  test('the receiving consultant is notified, sees it on signing in, and marks it read', async () => {
    desk = await morningAtDesk();
    desk.clock.set('2026-11-23T02:05:00.000Z'); // 10:05
    await desk.signInAs('王芳');
    await walkIn(desk, { name: '王先生', partySize: 3 }); // 张伟's turn
    await walkIn(desk, { name: '李女士', named: '吴娜' });

    await desk.signInAs('张伟');
    const mine = await toReceive(desk);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      titleKey: 'visitorByRotation',
      params: { customer: '王先生', party: 3, at: '10:05', desk: '王芳' },
      personal: true,
      read: false,
      forRoles: [],
    });
    expect((await desk.ok('notifications.list', { unreadOnly: true })).unread).toBe(1);
    expect(await desk.ok('notifications.markRead', { ids: [mine[0]!.id] })).toEqual({ unread: 0 });

    await desk.signInAs('吴娜');
    expect((await toReceive(desk)).map((n) => [n.titleKey, n.params.customer])).toEqual([
      ['visitorNamedYou', '李女士'],
    ]);
    // Nobody else sees them: not another consultant, not the desk, not the manager.
    for (const name of ['孙丽', '王芳', '李经理']) {
      await desk.signInAs(name);
      expect(await toReceive(desk), name).toEqual([]);
    }
    // One can only mark read what is addressed to them: 吴娜's stays unread for her.
    await desk.signInAs('孙丽');
    await desk.ok('notifications.markRead', { ids: [mine[0]!.id] });
    expect(rowCount(desk, 'notification_reads', 'notification_id = ?', mine[0]!.id)).toBe(1);
  });

  test('"personal" marks what names the person, not their roles\' notices nor others\' in between', async () => {
    desk = await morningAtDesk();
    desk.clock.set('2026-11-23T02:05:00.000Z');
    await desk.signInAs('王芳');
    // Interleaved by id: a visitor for 吴娜, one for 孙丽, a dispute for the managers, one more each.
    const { visit } = await walkIn(desk, { phone: '13900002001', name: '赵女士', named: '吴娜' });
    await walkIn(desk, { name: '钱先生', named: '孙丽' });
    await desk.signInAs('孙丽');
    await desk.ok('customers.claim', { customerId: visit.customer.id, note: '之前接待过' });
    await desk.signInAs('王芳');
    await walkIn(desk, { name: '孙女士', named: '吴娜' });
    await walkIn(desk, { name: '李先生', named: '孙丽' });

    const seen = async (name: string) => {
      await desk.signInAs(name);
      return (await desk.ok('notifications.list', {})).items.map((n) => [
        n.kind,
        n.params.customer ?? null,
        n.personal,
      ]);
    };
    expect((await seen('吴娜')).filter(([kind]) => kind === 'visitor_to_receive')).toEqual([
      ['visitor_to_receive', '孙女士', true],
      ['visitor_to_receive', '赵女士', true],
    ]);
    expect((await seen('孙丽')).filter(([kind]) => kind === 'visitor_to_receive')).toEqual([
      ['visitor_to_receive', '李先生', true],
      ['visitor_to_receive', '钱先生', true],
    ]);
    // The manager's page spans the consultants' notices' ids: none of his is personal.
    const manager = await seen('李经理');
    expect(manager.map(([kind]) => kind)).toContain('ownership_dispute');
    expect(manager.filter(([, , personal]) => personal)).toEqual([]);
  });

  test('a refused reception notifies nobody', async () => {
    desk = await morningAtDesk();
    const before = rowCount(desk, 'notification_recipients');
    expect(
      await desk.refused('visits.record', { customerName: '王先生', channel: '路过', partySize: 0 }),
    ).toBe('PARTY_SIZE');
    expect(rowCount(desk, 'notification_recipients')).toBe(before);
  });
});

/** The area shows the newest 200 of what one may see; its unread count is capped the same way. */
describe('the unread count beyond one page of notices', () => {
  test('counts the unread among every visible notice, up to 200, whatever was read', async () => {
    desk = await morningAtDesk();
    desk.clock.set('2026-11-23T02:05:00.000Z');
    await desk.signInAs('王芳');
    const total = 205;
    for (let i = 0; i < total; i++) await walkIn(desk, { name: `客${i}`, named: '吴娜' });
    await desk.signInAs('吴娜');
    const unreadOf = async () => (await desk.ok('notifications.list', {})).unread;
    // the model: every notice to her, and which of them she has read
    const page = (await desk.ok('notifications.list', {})).items;
    expect(page).toHaveLength(200);
    const read = new Set<number>();
    const expected = () => Math.min(200, total - read.size);

    expect(await unreadOf()).toBe(expected()); // a full page, all unread: the cap
    // the newest 195 read: the page holds 5 unread, and 5 more are older than the page
    const newest = page.slice(0, 195).map((n) => n.id);
    await desk.ok('notifications.markRead', { ids: newest });
    newest.forEach((id) => read.add(id));
    expect(await unreadOf()).toBe(expected());
    expect((await desk.ok('notifications.list', { unreadOnly: true })).items).toHaveLength(10);
    // the page's own last five read too: only the five beyond the page are left
    const rest = page.slice(195).map((n) => n.id);
    await desk.ok('notifications.markRead', { ids: rest });
    rest.forEach((id) => read.add(id));
    expect(await unreadOf()).toBe(5);
  });
});

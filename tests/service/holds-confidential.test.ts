import { afterEach, describe, expect, test } from 'vitest';
import type { Role } from '../../shared/domain/roles';
import { testDesk, type TestDesk } from '../support/desk';
import { requestAs, unitByRoom } from '../support/holds';
import { rowCount } from '../support/rows';

/**
 * The 销控 is confidential (000:719-721 rules 37-38; 000:629-637): the board, the register and
 * the funnel are the manager's and the deputy's, and whoever they authorise for a period; anyone
 * else asks about one named unit ("is 3-1-302 free?") and sees their own holds — nothing else.
 */
let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;
const HOUR = 60 * MIN;

/** One person of each role, as the demo office has them. */
const PEOPLE: Record<Role, string> = {
  manager: '李经理',
  deputy: '赵副理',
  receptionist: '王芳',
  assistant: '刘敏',
  consultant: '张伟',
  cashier: '钱出纳',
  admin: '系统管理员',
};

/** 孙丽's customer 赵女士 on 102, held; 张伟's 王先生 on 101, pending. */
async function twoHolds(d: TestDesk) {
  await d.signInAs('李经理');
  const a = await unitByRoom(d, '101');
  const b = await unitByRoom(d, '102');
  const mine = await requestAs(d, '张伟', a.id, { customerName: '王先生', customerPhone: '13812345678' });
  const theirs = await requestAs(d, '孙丽', b.id, { customerName: '赵女士', customerPhone: '13987654321' });
  await d.signInAs('李经理');
  await d.ok('holds.approve', { holdId: theirs.id });
  return { mine, theirs, a, b };
}

describe('who reads the board, the register and the funnel', () => {
  test('per role: managers and the deputy read it all; everyone else is refused the board', async () => {
    desk = await testDesk();
    await twoHolds(desk);
    for (const [role, name] of Object.entries(PEOPLE) as [Role, string][]) {
      await desk.signInAs(name);
      const full = role === 'manager' || role === 'deputy';
      if (role !== 'admin') {
        expect((await desk.ok('holds.access')).level, role).toBe(full ? 'full' : 'own');
      }
      if (full) {
        const board = await desk.ok('holds.board');
        const text = JSON.stringify(board);
        expect(text, role).toContain('赵女士');
        expect(text, role).toContain('13987654321');
        expect(board.units.every((u) => u.listPriceFen !== null)).toBe(true);
        expect(JSON.stringify(await desk.ok('holds.register')), role).toContain('赵女士');
      } else {
        expect(await desk.refused('holds.board'), role).toBe('HOLDS_CONFIDENTIAL');
        const register = JSON.stringify(await desk.ok('holds.register'));
        expect(register, role).not.toMatch(/赵女士|13987654321|孙丽/);
      }
    }
  });

  test('a consultant sees their own holds and nothing of anyone else’s', async () => {
    desk = await testDesk();
    const { mine, theirs } = await twoHolds(desk);
    await desk.signInAs('张伟');
    const own = await desk.ok('holds.mine');
    expect(own.map((h) => h.id)).toEqual([mine.id]);
    expect(own[0]).toMatchObject({ customerName: '王先生', customerPhone: '13812345678', state: 'pending' });
    const register = await desk.ok('holds.register');
    expect(new Set(register.map((e) => e.holdId))).toEqual(new Set([mine.id]));
    expect(JSON.stringify(register)).not.toContain(String(theirs.unitLabel));
    for (const channel of ['holds.queue', 'holds.reports', 'holds.inquiries', 'holds.grants'] as const) {
      expect(await desk.refused(channel), channel).toBe('FORBIDDEN');
    }
    expect(await desk.refused('holds.exportRegister')).toBe('FORBIDDEN');
    // the desk member who asked for a hold on a consultant's behalf sees that hold as theirs
    await desk.signInAs('王芳');
    expect(await desk.ok('holds.mine')).toEqual([]);
  });

  test('the funnel of 来人来电分析 is the managers’: null to the desk', async () => {
    desk = await testDesk();
    await twoHolds(desk);
    await desk.signInAs('王芳');
    expect((await desk.ok('visits.analysis', { period: 'day' })).funnel).toBeNull();
    await desk.signInAs('赵副理');
    expect((await desk.ok('visits.analysis', { period: 'day' })).funnel).toMatchObject({
      holdsRequested: 2,
      holdsApproved: 1,
    });
  });

  test('the day close’s review and the day sheet list the same hold events to the same person', async () => {
    desk = await testDesk();
    await twoHolds(desk);
    // 王芳 asks for a hold for 周强 at the desk: hers to see; the others are not
    await desk.signInAs('王芳');
    const unit = await unitByRoom(desk, '103');
    await desk.ok('holds.request', {
      unitId: unit.id,
      customerName: '钱先生',
      customerPhone: '13700001111',
      consultantId: desk.userId('周强'),
      countersign: { userId: desk.userId('周强'), secret: '5577' },
    });
    for (const name of ['王芳', '李经理']) {
      await desk.signInAs(name);
      const review = (await desk.ok('dayclose.prepare', {})).review.holdEvents;
      const sheet = (await desk.ok('exports.daySheet', { date: '2026-11-23' })).holdEvents;
      expect(review.count, name).toBe(sheet.length);
      expect(
        review.items.map((i) => i.kind),
        name,
      ).toEqual(sheet.map((e) => e.kind));
    }
    await desk.signInAs('王芳');
    const sheet = await desk.ok('exports.daySheet', { date: '2026-11-23' });
    expect(sheet.holdEvents.map((e) => e.customerName)).toEqual(['钱先生']);
    expect(JSON.stringify(sheet)).not.toMatch(/王先生|赵女士/);
    expect(sheet.summary.holds.requested).toBe(1);
  });
});

describe('the office may show everyone the status colours (boardVisibility: statusForAll)', () => {
  test('colours for everyone: never customers, prices or others’ expiries; one’s own hold in full', async () => {
    desk = await testDesk();
    const { a, b } = await twoHolds(desk);
    await desk.signInAs('系统管理员');
    await desk.ok('settings.update', { boardVisibility: 'statusForAll' });
    await desk.signInAs('张伟');
    expect((await desk.ok('holds.access')).level).toBe('status');
    const board = await desk.ok('holds.board');
    const text = JSON.stringify(board);
    expect(text).not.toMatch(/赵女士|13987654321|孙丽/);
    expect(board.units.every((u) => u.listPriceFen === null)).toBe(true);
    expect(board.units.find((u) => u.id === b.id)).toMatchObject({
      status: 'held',
      hold: null,
      expiresAt: null,
    });
    expect(board.units.find((u) => u.id === a.id)).toMatchObject({
      status: 'pending',
      hold: { customerName: '王先生', customerPhone: '13812345678' },
    });
    // the register stays the managers': still only one's own
    expect(JSON.stringify(await desk.ok('holds.register'))).not.toContain('赵女士');
    await desk.signInAs('钱出纳');
    expect((await desk.ok('holds.board')).units.find((u) => u.id === b.id)?.status).toBe('held');
  });
});

describe('"is 3-1-302 free?"', () => {
  test('answers free or not free — never who or why — and every question is recorded with its answer', async () => {
    desk = await testDesk();
    const { a, b } = await twoHolds(desk);
    const c = await unitByRoom(desk, '103');
    const d = await unitByRoom(desk, '104');
    await desk.signInAs('李经理');
    await desk.ok('units.setWithheld', { unitId: d.id, withheld: true });

    await desk.signInAs('吴娜');
    const answers = [];
    for (const unit of [a, b, c, d]) answers.push(await desk.ok('holds.ask', { unitId: unit.id }));
    expect(answers.map((x) => [x.unitLabel, x.free])).toEqual([
      ['1栋-1单元-101', false], // pending
      ['1栋-1单元-102', false], // held
      ['1栋-1单元-103', true],
      ['1栋-1单元-104', false], // withheld
    ]);
    expect(JSON.stringify(answers)).not.toMatch(/张伟|孙丽|王先生|赵女士|pending|held|withheld/);
    expect(await desk.refused('holds.ask', { unitId: 99_999 })).toBe('UNIT_NOT_FOUND');
    expect(rowCount(desk, 'hold_inquiries')).toBe(4);

    // a hold whose time ran out frees the unit at once, before the job records the release
    desk.clock.advance(31 * MIN);
    await desk.signInAs('吴娜');
    expect((await desk.ok('holds.ask', { unitId: b.id })).free).toBe(true);

    await desk.signInAs('李经理');
    const log = await desk.ok('holds.inquiries');
    expect(log.map((i) => [i.askedByName, i.unitLabel, i.free])).toEqual([
      ['吴娜', '1栋-1单元-102', true],
      ['吴娜', '1栋-1单元-104', false],
      ['吴娜', '1栋-1单元-103', true],
      ['吴娜', '1栋-1单元-102', false],
      ['吴娜', '1栋-1单元-101', false],
    ]);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });
});

describe('authorisations to read the 销控 for a period', () => {
  test('granted with who, to whom, from–until and why; in force for its period; revocable', async () => {
    desk = await testDesk();
    await twoHolds(desk);
    await desk.signInAs('李经理');
    const until = new Date(desk.clock.now().getTime() + 2 * HOUR).toISOString();
    const grant = await desk.ok('holds.grant', {
      userId: desk.userId('王芳'),
      until,
      reason: '协助整理销控表',
    });
    expect(grant).toMatchObject({
      granteeName: '王芳',
      grantedByName: '李经理',
      from: desk.clock.now().toISOString(),
      until,
      reason: '协助整理销控表',
      revoked: null,
      active: true,
    });

    await desk.signInAs('王芳');
    expect(await desk.ok('holds.access')).toMatchObject({ level: 'full', grantUntil: until });
    expect(JSON.stringify(await desk.ok('holds.board'))).toContain('赵女士');
    expect(JSON.stringify(await desk.ok('holds.register'))).toContain('赵女士');
    expect((await desk.ok('visits.analysis', { period: 'day' })).funnel).not.toBeNull();
    // reading is all it is: deciding stays the managers'
    expect(await desk.refused('holds.queue')).toBe('FORBIDDEN');

    // the period ends by itself
    desk.clock.advance(2 * HOUR);
    await desk.signInAs('王芳');
    expect(await desk.refused('holds.board')).toBe('HOLDS_CONFIDENTIAL');

    // another, revoked early
    await desk.signInAs('李经理');
    const second = await desk.ok('holds.grant', {
      userId: desk.userId('王芳'),
      until: new Date(desk.clock.now().getTime() + 8 * HOUR).toISOString(),
      reason: '月底盘点',
    });
    const revoked = await desk.ok('holds.revoke', { grantId: second.id, reason: '盘点完成' });
    expect(revoked).toMatchObject({ active: false, revoked: { byName: '李经理', reason: '盘点完成' } });
    expect(await desk.refused('holds.revoke', { grantId: second.id })).toBe('GRANT_ALREADY_ENDED');
    await desk.signInAs('王芳');
    expect(await desk.refused('holds.board')).toBe('HOLDS_CONFIDENTIAL');

    await desk.signInAs('李经理');
    const grants = await desk.ok('holds.grants');
    expect(grants.map((g) => [g.reason, g.active, g.revoked?.reason ?? null])).toEqual([
      ['月底盘点', false, '盘点完成'],
      ['协助整理销控表', false, null],
    ]);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('a period in the past, backwards or too long, a manager, oneself: refused with nothing written', async () => {
    desk = await testDesk();
    await desk.signInAs('赵副理');
    const now = desk.clock.now().getTime();
    const at = (ms: number) => new Date(now + ms).toISOString();
    const wang = desk.userId('王芳');
    expect(await desk.refused('holds.grant', { userId: wang, until: at(-MIN), reason: 'x' })).toBe(
      'GRANT_BAD_PERIOD',
    );
    expect(
      await desk.refused('holds.grant', { userId: wang, from: at(2 * HOUR), until: at(HOUR), reason: 'x' }),
    ).toBe('GRANT_BAD_PERIOD');
    expect(await desk.refused('holds.grant', { userId: wang, until: at(93 * 24 * HOUR), reason: 'x' })).toBe(
      'GRANT_BAD_PERIOD',
    );
    expect(
      await desk.refused('holds.grant', { userId: desk.userId('李经理'), until: at(HOUR), reason: 'x' }),
    ).toBe('GRANT_NOT_NEEDED');
    expect(
      await desk.refused('holds.grant', { userId: desk.userId('赵副理'), until: at(HOUR), reason: 'x' }),
    ).toBe('GRANT_NOT_NEEDED');
    expect(await desk.refused('holds.grant', { userId: wang, until: at(HOUR), reason: ' ' })).toBe(
      'INVALID_INPUT',
    );
    expect(rowCount(desk, 'hold_board_grants')).toBe(0);
    await desk.signInAs('张伟');
    expect(await desk.refused('holds.grant', { userId: wang, until: at(HOUR), reason: 'x' })).toBe(
      'FORBIDDEN',
    );
  });

  test('a grant by the deputy is told to the manager at once (000:629)', async () => {
    desk = await testDesk();
    await desk.signInAs('赵副理');
    const until = new Date(desk.clock.now().getTime() + HOUR).toISOString();
    await desk.ok('holds.grant', { userId: desk.userId('孙丽'), until, reason: '客户复核' });
    await desk.signInAs('李经理');
    const notices = (await desk.ok('notifications.list')).items.filter(
      (n) => n.kind === 'board_access_granted',
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]!.params).toMatchObject({ by: '赵副理', name: '孙丽', reason: '客户复核' });
  });
});

describe('a new hold request rings the managers’ bell', () => {
  test('the manager and the deputy are told; the consultant and the desk are not', async () => {
    desk = await testDesk();
    await desk.signInAs('李经理');
    const unit = await unitByRoom(desk, '201');
    await requestAs(desk, '张伟', unit.id);
    for (const name of ['李经理', '赵副理']) {
      await desk.signInAs(name);
      const items = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'hold_requested');
      expect(
        items.map((n) => [n.titleKey, n.params]),
        name,
      ).toEqual([['holdRequested', { unit: '1栋-1单元-201', consultant: '张伟' }]]);
    }
    for (const name of ['张伟', '王芳']) {
      await desk.signInAs(name);
      const items = (await desk.ok('notifications.list')).items.filter((n) => n.kind === 'hold_requested');
      expect(items, name).toEqual([]);
    }
  });
});

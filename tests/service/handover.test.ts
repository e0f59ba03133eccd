import { afterEach, describe, expect, test } from 'vitest';
import type { DeskSnapshot, HandoverView } from '../../shared/contract/handover';
import { handoversOfDate, openTasksAt } from '../../electron/core/services/handover';
import { testDesk, type TestDesk } from '../support/desk';
import { balances, countersign, demoTypes, rowCount } from '../support/tickets';

let desk: TestDesk;
afterEach(async () => desk?.close());

const DAY_END = '2026-11-23T09:20:00.000Z'; // 17:20 in Shanghai, the day shift ends at 17:30

async function atDesk(start = DAY_END): Promise<TestDesk> {
  desk = await testDesk({ start });
  await desk.signInAs('王芳');
  return desk;
}

const snapshot = (fromId?: number) => desk.ok('handover.snapshot', fromId ? { fromId } : {});

/** The form as the incoming person would send it: everything confirmed, counted as expected. */
function fullAck(h: HandoverView, snap: DeskSnapshot, pinOf: '陈静' | '王芳' = '陈静') {
  return {
    handoverId: h.id,
    countersign: countersign(desk, pinOf),
    items: h.items.map((i) => ({ name: i.name, counted: i.count })),
    keys: snap.keys.map((k) => ({ keyId: k.keyId, copyNo: k.copyNo, confirmed: true })),
    mail: snap.mail.map((m) => ({ mailId: m.mailId, confirmed: true })),
    tickets: snap.tickets.map((t) => ({ typeId: t.typeId, counted: t.expected })),
    cash: { countedFen: snap.cashExpectedFen },
  };
}

async function startTo(
  to: string,
  extra: Partial<{ newTasks: string[]; notes: string; shiftName: string }> = {},
) {
  const snap = await snapshot();
  return desk.ok('handover.start', {
    toUserId: desk.userId(to),
    items: snap.items,
    notes: '',
    newTasks: [],
    ...extra,
  });
}

const holderOf = async (tag: string) =>
  (await desk.ok('keys.board', {})).find((k) => k.tag === tag)!.copyStates[0]!.holder?.name ?? null;

describe('open tasks', () => {
  test('a task is carried from handover to handover until someone marks it done, with who and when', async () => {
    await atDesk();
    const day = await startTo('陈静', { newTasks: ['联系 8 栋王先生补交身份证复印件'] });
    expect(day.shiftName).toBe('白班');
    expect(day.businessDate).toBe('2026-11-23');
    const ack = await desk.ok('handover.acknowledge', fullAck(day, await snapshot()));
    expect(ack.acknowledgement!.openTasks.map((t) => t.text)).toEqual(['联系 8 栋王先生补交身份证复印件']);

    // The night shift writes its handover before leaving; the morning person acknowledges it.
    desk.clock.set('2026-11-23T16:50:00.000Z'); // 00:50
    await desk.signInAs('陈静');
    const night = await startTo('王芳', { notes: '前台柜已锁' });
    expect(night).toMatchObject({ shiftName: '晚班', businessDate: '2026-11-23' });
    const nightSnap = await snapshot();
    expect(nightSnap.openTasks.map((t) => t.text)).toEqual(['联系 8 栋王先生补交身份证复印件']);

    desk.clock.set('2026-11-24T00:35:00.000Z'); // 08:35 next morning
    await desk.signInAs('王芳'); // the incoming person signs in and signs with her own PIN
    const morning = await desk.ok('handover.acknowledge', {
      ...fullAck(night, await snapshot(desk.userId('陈静')), '王芳'),
    });
    expect(morning.acknowledgement!.openTasks).toHaveLength(1);
    expect((await desk.ok('handover.desk')).holder?.name).toBe('王芳');

    const [task] = await desk.ok('handover.tasks');
    const done = await desk.ok('handover.completeTask', { taskId: task!.id, note: '已收到' });
    expect(done).toMatchObject({ doneBy: '王芳', doneAt: '2026-11-24T00:35:00.000Z', doneNote: '已收到' });
    expect(await desk.refused('handover.completeTask', { taskId: task!.id })).toBe('TASK_ALREADY_DONE');
    expect((await snapshot()).openTasks).toEqual([]);
    expect((await desk.ok('handover.tasks', { includeDone: true })).length).toBe(1);

    // The day close of the 23rd still sees it open that night.
    const db = desk.ledger.db;
    expect((await openTasksAt(db, '2026-11-23')).map((t) => t.text)).toEqual([
      '联系 8 栋王先生补交身份证复印件',
    ]);
    expect(await openTasksAt(db, '2026-11-24')).toEqual([]);
    const ofDate = await handoversOfDate(db, '2026-11-23');
    expect(
      ofDate.map((h) => [h.shiftName, h.fromName, h.toName, h.openTaskCount, h.differenceCount]),
    ).toEqual([
      ['白班', '王芳', '陈静', 1, 0],
      ['晚班', '陈静', '王芳', 1, 0],
    ]);
    expect(ofDate.every((h) => h.acknowledgedAt !== null)).toBe(true);
  });
});

describe('custody on acknowledgement', () => {
  async function dayWithKeyAndCash() {
    await atDesk();
    const { twoD } = await demoTypes(desk);
    await desk.ok('tickets.receive', { typeId: twoD, count: 20, batch: 'B1' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 4, paymentMethod: 'cash' }); // ¥140.00
    await desk.ok('keys.issue', {
      tag: 'QT',
      holder: { kind: 'staff', userId: desk.userId('王芳') },
      purpose: '当班',
    });
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: { kind: 'staff', userId: desk.userId('张伟') },
      purpose: '带看',
    });
    return { twoD };
  }

  test('keys, ticket cash and the counts pass to the incoming person in the same transaction', async () => {
    const { twoD } = await dayWithKeyAndCash();
    const h = await startTo('陈静');
    const snap = await snapshot();
    expect(snap.cashExpectedFen).toBe(14000);
    expect(snap.tickets.find((t) => t.typeId === twoD)!.expected).toBe(16);
    expect(snap.keys.find((k) => k.tag === 'YBA')).toMatchObject({ state: 'out', holderName: '张伟' });

    const ack = await desk.ok('handover.acknowledge', fullAck(h, snap));
    expect(ack.differences).toEqual([]);
    expect(ack.acknowledgement!.keysPassed).toEqual([{ tag: 'QT', copyNo: 1 }]);
    expect(ack.acknowledgement!.cash).toEqual({ expectedFen: 14000, countedFen: 14000, passedFen: 14000 });
    expect(await holderOf('QT')).toBe('陈静');
    expect(await holderOf('YBA')).toBe('张伟'); // a consultant's key stays with the consultant
    await desk.signInAs('李经理');
    expect(await balances(desk)).toMatchObject({ 王芳: 0, 陈静: 14000 });
    const counts = desk.ledger.sqlite
      .prepare("SELECT subject, expected, counted, actor_id FROM ticket_counts WHERE occasion = 'handover'")
      .all();
    expect(counts).toEqual(
      expect.arrayContaining([
        { subject: 'cash', expected: 14000, counted: 14000, actor_id: desk.userId('王芳') },
        expect.objectContaining({ subject: 'stock', expected: 16, counted: 16 }),
      ]),
    );
    const audit = desk.ledger.sqlite
      .prepare("SELECT countersigned_by FROM audit_log WHERE channel = 'handover.acknowledge'")
      .get();
    expect(audit).toEqual({ countersigned_by: desk.userId('陈静') });
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });

  test('a failed acknowledgement leaves every custody as it was and the handover open', async () => {
    await dayWithKeyAndCash();
    const h = await startTo('陈静');
    const snap = await snapshot();
    const tables = ['key_movements', 'cash_movements', 'cash_transfers', 'ticket_counts', 'handover_acks'];
    const before = tables.map((t) => rowCount(desk, t));

    const wrongPin = { ...fullAck(h, snap), countersign: countersign(desk, '陈静', '0000') };
    expect(await desk.refused('handover.acknowledge', wrongPin)).toBe('WRONG_SECRET');
    // an unexplained cash shortfall is refused by the ticket ledger
    const short = { ...fullAck(h, snap), cash: { countedFen: 13000 } };
    expect(await desk.refused('handover.acknowledge', short)).toBe('VARIANCE_UNEXPLAINED');
    // someone else's PIN is not the incoming person's
    const other = { ...fullAck(h, snap), countersign: countersign(desk, '刘敏') };
    expect(await desk.refused('handover.acknowledge', other)).toBe('HANDOVER_WRONG_RECEIVER');

    // a failure at the very end, after the keys and the cash have moved inside the call, undoes
    // the whole acknowledgement: custody moves with the handover or not at all
    desk.ledger.sqlite.exec(
      "CREATE TEMP TRIGGER gremlin BEFORE INSERT ON handover_acks BEGIN SELECT RAISE(ABORT, 'gremlin'); END",
    );
    expect(await desk.refused('handover.acknowledge', fullAck(h, snap))).toBe('LEDGER_REFUSED');
    desk.ledger.sqlite.exec('DROP TRIGGER gremlin');

    expect(tables.map((t) => rowCount(desk, t))).toEqual(before);
    // another receptionist does not get to read 王芳's cash through a handover not addressed to her
    await desk.signInAs('刘敏');
    expect(await desk.refused('handover.snapshot', { fromId: desk.userId('王芳') })).toBe('FORBIDDEN');
    await desk.signInAs('陈静');
    expect((await snapshot(desk.userId('王芳'))).cashExpectedFen).toBe(14000);
    await desk.signInAs('王芳');
    expect(await holderOf('QT')).toBe('王芳');
    const view = await desk.ok('handover.get', { handoverId: h.id });
    expect(view.acknowledgedAt).toBeNull();
    // the wrong PIN itself is on record (it counts towards the lock-out)
    const attempts = desk.ledger.sqlite
      .prepare("SELECT ok FROM sign_in_attempts WHERE purpose = 'countersign' AND user_id = ?")
      .all(desk.userId('陈静'));
    expect(attempts).toEqual([{ ok: 0 }]);
  });
});

describe('differences', () => {
  test('a count that does not match is written on the handover and notified to the manager', async () => {
    await atDesk();
    const { twoD } = await demoTypes(desk);
    await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'B2' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // ¥70.00
    await desk.ok('mail.receive', { recipient: '8-1-1201 刘先生', kind: 'letter', count: 2 });
    const h = await startTo('陈静');
    const snap = await snapshot();
    const base = fullAck(h, snap);
    const ack = await desk.ok('handover.acknowledge', {
      ...base,
      items: base.items.map((i) => (i.name === '对讲机' ? { ...i, counted: 1 } : i)),
      mail: [],
      cash: { countedFen: 6000, explanation: '少 10 元，待王芳核对' },
      note: '对讲机少一台',
    });
    expect(ack.differences).toEqual([
      { section: 'item', label: '对讲机', expected: '2', counted: '1', note: null },
      { section: 'mail', label: '8-1-1201 刘先生 信', expected: '2', counted: '未确认', note: null },
      {
        section: 'cash',
        label: '王芳 保管的票款',
        expected: '¥70.00',
        counted: '¥60.00',
        note: '少 10 元，待王芳核对',
      },
    ]);
    expect(ack.differenceCount).toBe(3);
    // only what was counted passes; the shortfall stays in the outgoing person's custody
    expect(ack.acknowledgement!.cash.passedFen).toBe(6000);

    await desk.signInAs('李经理');
    expect(await balances(desk)).toMatchObject({ 王芳: 1000, 陈静: 6000 });
    const notes = await desk.ok('notifications.list');
    const diff = notes.items.filter((n) => n.kind === 'handover_difference');
    expect(diff).toHaveLength(1);
    expect(diff[0]!.params).toMatchObject({ from: '王芳', to: '陈静', count: 3 });
    const withDiff = await desk.ok('handover.log', { withDifferences: true });
    expect(withDiff.map((x) => x.id)).toEqual([h.id]);
    const [ofDate] = await handoversOfDate(desk.ledger.db, '2026-11-23');
    expect(ofDate!.differences).toEqual([
      '物品 对讲机：应为 2，实为 1',
      '信报刊 8-1-1201 刘先生 信：应为 2，实为 未确认',
      '票款 王芳 保管的票款：应为 ¥70.00，实为 ¥60.00（少 10 元，待王芳核对）',
    ]);
    // the next handover starts from what was really counted
    await desk.signInAs('陈静');
    expect((await snapshot()).items.find((i) => i.name === '对讲机')!.count).toBe(1);
  });
});

describe('bad input', () => {
  test('oneself, negative counts, a locked handover, a second draft: refused with nothing written', async () => {
    await atDesk();
    const snap = await snapshot();
    expect(await desk.refused('handover.start', { toUserId: desk.userId('王芳'), items: snap.items })).toBe(
      'HANDOVER_SELF',
    );
    expect(await desk.refused('handover.start', { toUserId: desk.userId('张伟'), items: snap.items })).toBe(
      'HANDOVER_RECEIVER_ROLE',
    );
    expect(
      await desk.refused('handover.start', {
        toUserId: desk.userId('陈静'),
        items: [{ name: '对讲机', count: -1 }],
      }),
    ).toBe('HANDOVER_COUNT_NEGATIVE');
    expect(rowCount(desk, 'handovers')).toBe(0);

    const h = await startTo('陈静', { newTasks: ['补打印价目表'] });
    expect(await desk.refused('handover.start', { toUserId: desk.userId('刘敏'), items: snap.items })).toBe(
      'HANDOVER_PENDING',
    );
    const negative = { ...fullAck(h, snap), items: [{ name: '鞋套', counted: -5 }] };
    expect(await desk.refused('handover.acknowledge', negative)).toBe('HANDOVER_COUNT_NEGATIVE');
    await desk.ok('handover.save', { handoverId: h.id, items: snap.items, notes: '鞋套已补' });
    expect((await desk.ok('handover.get', { handoverId: h.id })).notes).toBe('鞋套已补');

    await desk.ok('handover.acknowledge', fullAck(h, await snapshot()));
    expect(await desk.refused('handover.save', { handoverId: h.id, items: snap.items, notes: '改' })).toBe(
      'HANDOVER_LOCKED',
    );
    expect(await desk.refused('handover.acknowledge', fullAck(h, await snapshot()))).toBe('HANDOVER_LOCKED');
    // the database itself refuses a change to a locked handover, whatever the code does
    const sqlite = desk.ledger.sqlite;
    expect(() =>
      sqlite
        .prepare(
          "INSERT INTO handover_versions (handover_id, items, notes, by_id, at, audit_id) VALUES (?, '[]', 'x', 1, 'x', 1)",
        )
        .run(h.id),
    ).toThrow(/locked/);
    expect(() => sqlite.prepare('UPDATE handovers SET to_id = from_id WHERE id = ?').run(h.id)).toThrow(
      /append-only/,
    );
    expect(() => sqlite.prepare('DELETE FROM handover_acks').run()).toThrow(/append-only/);
    expect(() =>
      sqlite
        .prepare(
          'INSERT INTO handover_task_events (task_id, kind, by_id, at, business_date, audit_id) VALUES (1, ?, 1, ?, ?, 1)',
        )
        .run('done', 'x', '2026-11-23'),
    ).not.toThrow();
    expect(() =>
      sqlite
        .prepare(
          'INSERT INTO handover_task_events (task_id, kind, by_id, at, business_date, audit_id) VALUES (1, ?, 1, ?, ?, 1)',
        )
        .run('done', 'x', '2026-11-23'),
    ).toThrow(/UNIQUE/);
  });
});

/** As the app's background jobs run it: a system call, whoever is (or is not) at the desk. */
async function checkMissed() {
  const res = await desk.router.call('handover.checkMissed', {}, { system: true });
  if (!res.ok) throw new Error(res.error.message);
  return res.data;
}

describe('a shift without a handover', () => {
  test('warns the manager once per missed shift, from the background jobs', async () => {
    // The demo desk was set up on the 23rd at 09:00: that day's day shift had begun already and
    // is not judged; every shift since is.
    await atDesk('2026-11-24T09:00:00.000Z'); // 17:00 on the 24th
    expect(await checkMissed()).toEqual({ posted: 1 }); // the night shift of the 23rd wrote none
    desk.clock.set('2026-11-24T09:59:00.000Z'); // 17:59: the day shift ended at 17:30, grace 30 min
    expect(await checkMissed()).toEqual({ posted: 0 });
    desk.clock.set('2026-11-24T10:01:00.000Z'); // 18:01
    expect(await checkMissed()).toEqual({ posted: 1 });
    expect(await checkMissed()).toEqual({ posted: 0 });
    // the night shift writes its handover before leaving; its end passes without a warning
    await desk.signInAs('陈静');
    desk.clock.set('2026-11-24T16:55:00.000Z'); // 00:55
    await desk.signInAs('陈静');
    await startTo('王芳');
    desk.clock.set('2026-11-24T17:45:00.000Z'); // 01:45
    expect(await checkMissed()).toEqual({ posted: 0 });
    await desk.signInAs('李经理');
    const notes = await desk.ok('notifications.list');
    expect(notes.items.filter((n) => n.kind === 'handover_missing').map((n) => n.params)).toEqual([
      { date: '2026-11-24', shift: '白班', end: '17:30' },
      { date: '2026-11-23', shift: '晚班', end: '01:00' },
    ]);
    await desk.signInAs('王芳'); // receptionists are not the ones warned
    const mine = await desk.ok('notifications.list');
    expect(mine.items.some((n) => n.kind === 'handover_missing')).toBe(false);
  });
});

describe('the mail register', () => {
  test('arrivals wait at the desk by recipient until handed out; a hand-out is recorded once', async () => {
    await atDesk();
    const letter = await desk.ok('mail.receive', {
      recipient: '3-2-801 赵女士',
      kind: 'newspaper',
    });
    await desk.ok('mail.receive', { recipient: '1-1-101 钱先生', kind: 'magazine', count: 3 });
    expect((await snapshot()).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生', '3-2-801 赵女士']);
    const out = await desk.ok('mail.handOut', {
      mailId: letter.id,
      handedTo: '赵女士本人',
    });
    expect(out).toMatchObject({ handedTo: '赵女士本人', handedOutBy: '王芳' });
    expect(await desk.refused('mail.handOut', { mailId: letter.id, handedTo: '赵女士' })).toBe(
      'MAIL_ALREADY_HANDED_OUT',
    );
    expect((await snapshot()).mail.map((m) => m.recipient)).toEqual(['1-1-101 钱先生']);
    expect((await desk.ok('mail.list', { includeHandedOut: true })).length).toBe(2);
  });
});

describe('what survives a restart', () => {
  test('a locked handover reads the same after reopening the ledger, and verify finds every row intact', async () => {
    await atDesk();
    const h = await startTo('陈静', { newTasks: ['补贴价目表'], notes: '雨伞借出 1 把' });
    await desk.ok('handover.acknowledge', fullAck(h, await snapshot()));
    const before = await desk.ok('handover.get', { handoverId: h.id });
    const dataDir = desk.dataDir;
    await desk.close();
    desk = await testDesk({ dataDir, start: DAY_END });
    await desk.signInAs('李经理');
    expect(await desk.ok('handover.get', { handoverId: h.id })).toEqual(before);
    expect((await desk.ok('handover.desk')).holder?.name).toBe('陈静');
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });
});

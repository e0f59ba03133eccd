import { afterEach, describe, expect, test } from 'vitest';
import { handoversOfDate, openTasksAt } from '../../electron/core/services/handover';
import { testDesk, type TestDesk } from '../support/desk';
import { DAY_END, fullAck, known, receptionistAt, snapshot, startHandover } from '../support/handover';
import { rowCount } from '../support/rows';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('open tasks', () => {
  test('a task is carried from handover to handover until someone marks it done, with who and when', async () => {
    desk = await receptionistAt();
    const day = await startHandover(desk, '陈静', { newTasks: ['联系 8 栋王先生补交身份证复印件'] });
    expect(day.shiftName).toBe('白班');
    expect(day.businessDate).toBe('2026-11-23');
    const ack = await desk.ok('handover.acknowledge', fullAck(desk, day, await snapshot(desk)));
    expect(ack.acknowledgement!.openTasks.map((t) => t.text)).toEqual(['联系 8 栋王先生补交身份证复印件']);

    // The night shift writes its handover before leaving; the morning person acknowledges it.
    desk.clock.set('2026-11-23T16:50:00.000Z'); // 00:50
    await desk.signInAs('陈静');
    const night = await startHandover(desk, '王芳', { notes: '前台柜已锁' });
    expect(night).toMatchObject({ shiftName: '晚班', businessDate: '2026-11-23' });
    const nightSnap = await snapshot(desk);
    expect(nightSnap.openTasks.map((t) => t.text)).toEqual(['联系 8 栋王先生补交身份证复印件']);

    desk.clock.set('2026-11-24T00:35:00.000Z'); // 08:35 next morning
    await desk.signInAs('王芳'); // the incoming person signs in and signs with her own PIN
    const morning = await desk.ok('handover.acknowledge', {
      ...fullAck(desk, night, nightSnap, '王芳'),
    });
    expect(morning.acknowledgement!.openTasks).toHaveLength(1);
    expect((await desk.ok('handover.desk')).holder?.name).toBe('王芳');

    const [task] = await desk.ok('handover.tasks');
    const done = await desk.ok('handover.completeTask', { taskId: task!.id, note: '已收到' });
    expect(done).toMatchObject({ doneBy: '王芳', doneAt: '2026-11-24T00:35:00.000Z', doneNote: '已收到' });
    expect(await desk.refused('handover.completeTask', { taskId: task!.id })).toBe('TASK_ALREADY_DONE');
    expect((await snapshot(desk)).openTasks).toEqual([]);
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

describe('bad input', () => {
  test('oneself, negative counts, a locked handover, a second draft: refused with nothing written', async () => {
    desk = await receptionistAt();
    const snap = await snapshot(desk);
    const items = snap.items.map((i) => ({ name: i.name, count: known(i.count) }));
    expect(await desk.refused('handover.start', { toUserId: desk.userId('王芳'), items })).toBe(
      'HANDOVER_SELF',
    );
    expect(await desk.refused('handover.start', { toUserId: desk.userId('张伟'), items })).toBe(
      'HANDOVER_RECEIVER_ROLE',
    );
    expect(
      await desk.refused('handover.start', {
        toUserId: desk.userId('陈静'),
        items: [{ name: '对讲机', count: -1 }],
      }),
    ).toBe('HANDOVER_COUNT_NEGATIVE');
    expect(rowCount(desk, 'handovers')).toBe(0);

    const h = await startHandover(desk, '陈静', { newTasks: ['补打印价目表'] });
    expect(await desk.refused('handover.start', { toUserId: desk.userId('刘敏'), items })).toBe(
      'HANDOVER_PENDING',
    );
    const negative = { ...fullAck(desk, h, snap), items: [{ name: '鞋套', counted: -5 }] };
    expect(await desk.refused('handover.acknowledge', negative)).toBe('HANDOVER_COUNT_NEGATIVE');
    await desk.ok('handover.save', { handoverId: h.id, items, notes: '鞋套已补' });
    expect((await desk.ok('handover.get', { handoverId: h.id })).notes).toBe('鞋套已补');

    await desk.ok('handover.acknowledge', fullAck(desk, h, await snapshot(desk)));
    expect(await desk.refused('handover.save', { handoverId: h.id, items, notes: '改' })).toBe(
      'HANDOVER_LOCKED',
    );
    expect(await desk.refused('handover.acknowledge', fullAck(desk, h, await snapshot(desk)))).toBe(
      'HANDOVER_LOCKED',
    );
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

describe('what survives a restart', () => {
  test('a locked handover reads the same after reopening the ledger, and verify finds every row intact', async () => {
    desk = await receptionistAt();
    const h = await startHandover(desk, '陈静', { newTasks: ['补贴价目表'], notes: '雨伞借出 1 把' });
    await desk.ok('handover.acknowledge', fullAck(desk, h, await snapshot(desk)));
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

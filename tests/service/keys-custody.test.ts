import ExcelJS from 'exceljs';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { handlers } from '../../electron/core/handlers';
import { Router } from '../../electron/core/router';
import { handOverDeskKeys } from '../../electron/core/services/keys';
import { contract } from '../../shared/contract';
import { defineCall, type CallDef } from '../../shared/contract/define';
import { atFrontDesk, testDesk, type TestDesk } from '../support/desk';
import { keyBoard, keyOf, minutesFromNow, staffHolder } from '../support/keys';

let desk: TestDesk;
afterEach(async () => desk?.close());

describe('overdue keys', () => {
  test('flagged on the board and posted to the notification area once per issue', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: staffHolder(desk, '张伟'),
      purpose: '看房',
      dueBack: minutesFromNow(desk, 30),
    });
    expect(await desk.ok('keys.checkOverdue')).toEqual({ overdue: 0, posted: 0 });
    desk.clock.advance(31 * 60_000);
    await desk.signInAs('王芳'); // the idle lock took the screen meanwhile
    expect((await keyOf(desk, 'YBA')).copyStates[0]).toMatchObject({ state: 'out', overdue: true });
    expect(await desk.ok('keys.checkOverdue')).toEqual({ overdue: 1, posted: 1 });
    expect(await desk.ok('keys.checkOverdue')).toEqual({ overdue: 1, posted: 0 });
    // passing the key to a colleague keeps the same issue: no second notice
    await desk.ok('keys.handOver', { tag: 'YBA', toUserId: desk.userId('孙丽') });
    expect(await desk.ok('keys.checkOverdue')).toEqual({ overdue: 1, posted: 0 });

    const notes = await desk.ok('notifications.list', {});
    const overdue = notes.items.filter((n) => n.kind === 'overdue_key');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.params).toMatchObject({ tag: 'YBA', holder: '张伟', copy: 1 });
    await desk.signInAs('李经理');
    expect((await desk.ok('notifications.list', {})).items.map((n) => n.kind)).toContain('overdue_key');

    await desk.signInAs('王芳');
    await desk.ok('keys.return', { tag: 'YBA' });
    expect((await keyOf(desk, 'YBA')).copyStates[0]!.overdue).toBe(false);
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          'INSERT INTO key_overdue_notices SELECT NULL, issue_movement_id, notification_id, at, business_date, audit_id FROM key_overdue_notices',
        )
        .run(),
    ).toThrow(/UNIQUE/);
  });
});

describe('lost and found', () => {
  test('only a manager reports a copy lost; a lost copy is never issued until found', async () => {
    desk = await atFrontDesk();
    expect(await desk.refused('keys.reportLost', { tag: 'YBA', copyNo: 1, reason: '找不到' })).toBe(
      'FORBIDDEN',
    );
    await desk.ok('keys.issue', { tag: 'YBA', holder: staffHolder(desk, '周强'), purpose: '看房' });
    await desk.signInAs('李经理');
    await desk.ok('keys.reportLost', { tag: 'YBA', copyNo: 1, reason: '周强带客时遗失' });
    expect(await desk.refused('keys.reportLost', { tag: 'YBA', copyNo: 1, reason: '再报' })).toBe('KEY_LOST');
    await desk.signInAs('王芳');
    expect((await keyOf(desk, 'YBA')).copyStates.map((c) => c.state)).toEqual(['lost', 'home']);
    expect(
      await desk.refused('keys.issue', {
        tag: 'YBA',
        copyNo: 1,
        holder: staffHolder(desk, '张伟'),
        purpose: 'x',
      }),
    ).toBe('KEY_LOST');
    const issued = await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: staffHolder(desk, '张伟'),
      purpose: '看房',
    });
    expect(issued.copyStates[1]).toMatchObject({ state: 'out', holder: { name: '张伟' } });
    expect(await desk.refused('keys.found', { tag: 'YBA', copyNo: 2 })).toBe('KEY_NOT_LOST');
    await desk.ok('keys.found', { tag: 'YBA', copyNo: 1, reason: '在样板房鞋柜找到' });
    expect((await keyOf(desk, 'YBA')).copyStates.map((c) => c.state)).toEqual(['home', 'out']);
  });
});

describe('day-close key check', () => {
  test('every copy home or out overnight with a reason; the front-desk key spends the night in the office', async () => {
    desk = await atFrontDesk('2026-11-23T12:00:00.000Z'); // 20:00 in Shanghai
    await desk.ok('keys.issue', {
      tag: 'BGS',
      holder: { kind: 'outside', name: '保洁阿姨', phone: '13900001111' },
      purpose: '夜间保洁',
    });
    let check = await desk.ok('keys.dayCheck');
    expect(check.businessDate).toBe('2026-11-23');
    expect(check.complete).toBe(false);
    expect(check.items.find((i) => i.tag === 'QT')).toMatchObject({ state: 'home', place: '办公室指定位置' });
    expect(check.items.find((i) => i.tag === 'BGS')).toMatchObject({ state: 'out', overnightReason: null });
    expect(check.items).toHaveLength(7); // QT, YBA×2, YBB×2, BGS, XK

    expect(await desk.refused('keys.explainOvernight', { tag: 'QT', copyNo: 1, reason: 'x' })).toBe(
      'KEY_HOME',
    );
    await desk.ok('keys.explainOvernight', { tag: 'BGS', copyNo: 1, reason: '保洁明早 7 点归还' });
    check = await desk.ok('keys.dayCheck');
    expect(check.complete).toBe(true);
    expect(check.items.find((i) => i.tag === 'BGS')!.overnightReason).toBe('保洁明早 7 点归还');

    // the reason belongs to that time out: once back and issued again, it must be explained anew
    await desk.ok('keys.return', { tag: 'BGS' });
    await desk.ok('keys.issue', { tag: 'BGS', holder: staffHolder(desk, '张伟'), purpose: '加班' });
    expect((await desk.ok('keys.dayCheck')).complete).toBe(false);
  });
});

describe('shift handover', () => {
  test("handOverDeskKeys moves the outgoing person's keys to the incoming one, in the caller's transaction", async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', { tag: 'QT', holder: staffHolder(desk, '王芳'), purpose: '当班' });
    await desk.ok('keys.issue', { tag: 'YBA', holder: staffHolder(desk, '张伟'), purpose: '看房' });
    const extra: Record<string, CallDef> = {
      'test.handOverDesk': defineCall({
        summary: 'test',
        access: 'signedIn',
        mutates: true,
        input: z.object({ from: z.number(), to: z.number() }).strict(),
        output: z.array(z.object({ tag: z.string(), copyNo: z.number() })),
      }),
    };
    const router = new Router({
      ledger: desk.ledger,
      desk: desk.session,
      clock: desk.clock,
      handlers: {
        ...handlers,
        'test.handOverDesk': (i: { from: number; to: number }, ctx: never) =>
          handOverDeskKeys(ctx, i.from, i.to),
      } as never,
      registry: { ...(contract as unknown as Record<string, CallDef>), ...extra },
    });
    const res = await router.call('test.handOverDesk', {
      from: desk.userId('王芳'),
      to: desk.userId('陈静'),
    });
    expect(res).toEqual({ ok: true, data: [{ tag: 'QT', copyNo: 1 }] });
    expect((await keyOf(desk, 'QT')).copyStates[0]!.holder?.name).toBe('陈静');
    expect((await keyOf(desk, 'YBA')).copyStates[0]!.holder?.name).toBe('张伟');
    const [m] = await desk.ok('keys.movements', { tag: 'QT' });
    expect(m).toMatchObject({ kind: 'handed_over', purpose: '当班', byName: '王芳' });
  });
});

describe('the movements register', () => {
  test('filters by key, kind, person and business date; the .xlsx has a header, real dates, an autofilter, masked phones', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', {
      tag: 'YBA',
      holder: staffHolder(desk, '张伟'),
      purpose: '看房',
      dueBack: minutesFromNow(desk, 90),
    });
    await desk.ok('keys.issue', {
      tag: 'BGS',
      holder: { kind: 'outside', name: '维修工', phone: '13812345678' },
      purpose: '修空调',
    });
    desk.clock.advance(24 * 3_600_000);
    await desk.signInAs('王芳');
    await desk.ok('keys.return', { tag: 'YBA' });
    const list = (f: object) => desk.ok('keys.movements', f);
    expect((await list({})).length).toBe(3);
    expect((await list({ tag: 'yba' })).map((m) => m.kind)).toEqual(['returned', 'issued']);
    expect((await list({ kind: 'issued' })).map((m) => m.tag)).toEqual(['BGS', 'YBA']);
    expect((await list({ person: '维修' })).map((m) => m.tag)).toEqual(['BGS']);
    expect((await list({ person: '张伟' })).length).toBe(1);
    expect((await list({ from: '2026-11-24' })).map((m) => m.kind)).toEqual(['returned']);
    expect((await list({ to: '2026-11-23' })).length).toBe(2);

    await desk.signInAs('李经理'); // managers see full phones on screen, but exports still mask
    const file = await desk.ok('keys.exportRegister', {});
    expect(file.fileName).toBe('钥匙登记_2026-11-24_魅力晶都.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('时间');
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.rowCount).toBe(4);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBeInstanceOf(Date);
    expect((first.getCell(1).value as Date).toISOString()).toBe('2026-11-23T10:00:00.000Z'); // 10:00 local
    expect(first.getCell(6).value).toBe('借出');
    expect(first.getCell(12).value).toBeInstanceOf(Date);
    expect(sheet.getRow(3).getCell(8).value).toBe('138****5678');
  });
});

describe('what survives a restart', () => {
  test('holders are the same after reopening the ledger, and verify finds every key row intact', async () => {
    desk = await atFrontDesk();
    await desk.ok('keys.issue', { tag: 'YBB', holder: staffHolder(desk, '吴娜'), purpose: '看房' });
    const before = await keyBoard(desk);
    const dataDir = desk.dataDir;
    await desk.close();
    desk = await testDesk({ dataDir });
    await desk.signInAs('李经理');
    expect(await keyBoard(desk)).toEqual(before);
    expect(await desk.ok('audit.verify')).toMatchObject({ ok: true });
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import { handoversOfDate } from '../../electron/core/services/handover';
import type { TestDesk } from '../support/desk';
import { fullAck, receptionistAt, snapshot, startHandover } from '../support/handover';
import { balances, countersign, demoTypes } from '../support/tickets';
import { rowCount } from '../support/rows';

/** What passes from the outgoing to the incoming person when a handover is acknowledged. */
let desk: TestDesk;
afterEach(async () => desk?.close());

const holderOf = async (tag: string) =>
  (await desk.ok('keys.board', {})).find((k) => k.tag === tag)!.copyStates[0]!.holder?.name ?? null;

describe('custody on acknowledgement', () => {
  async function dayWithKeyAndCash() {
    desk = await receptionistAt();
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
    const h = await startHandover(desk, '陈静');
    const snap = await snapshot(desk);
    expect(snap.cashExpectedFen).toBe(14000);
    expect(snap.tickets.find((t) => t.typeId === twoD)!.expected).toBe(16);
    expect(snap.keys.find((k) => k.tag === 'YBA')).toMatchObject({ state: 'out', holderName: '张伟' });

    const ack = await desk.ok('handover.acknowledge', fullAck(desk, h, snap));
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
    const h = await startHandover(desk, '陈静');
    const snap = await snapshot(desk);
    const tables = ['key_movements', 'cash_movements', 'cash_transfers', 'ticket_counts', 'handover_acks'];
    const before = tables.map((t) => rowCount(desk, t));

    const wrongPin = { ...fullAck(desk, h, snap), countersign: countersign(desk, '陈静', '0000') };
    expect(await desk.refused('handover.acknowledge', wrongPin)).toBe('WRONG_SECRET');
    // an unexplained cash shortfall is refused by the ticket ledger
    const short = { ...fullAck(desk, h, snap), cash: { countedFen: 13000 }, reviewedDifferences: 1 };
    expect(await desk.refused('handover.acknowledge', short)).toBe('VARIANCE_UNEXPLAINED');
    // someone else's PIN is not the incoming person's
    const other = { ...fullAck(desk, h, snap), countersign: countersign(desk, '刘敏') };
    expect(await desk.refused('handover.acknowledge', other)).toBe('HANDOVER_WRONG_RECEIVER');

    // a failure at the very end, after the keys and the cash have moved inside the call, undoes
    // the whole acknowledgement: custody moves with the handover or not at all
    desk.ledger.sqlite.exec(
      "CREATE TEMP TRIGGER gremlin BEFORE INSERT ON handover_acks BEGIN SELECT RAISE(ABORT, 'gremlin'); END",
    );
    expect(await desk.refused('handover.acknowledge', fullAck(desk, h, snap))).toBe('LEDGER_REFUSED');
    desk.ledger.sqlite.exec('DROP TRIGGER gremlin');

    expect(tables.map((t) => rowCount(desk, t))).toEqual(before);
    // another receptionist does not get to read 王芳's cash through a handover not addressed to her
    await desk.signInAs('刘敏');
    expect(await desk.refused('handover.snapshot', { fromId: desk.userId('王芳') })).toBe('FORBIDDEN');
    // the incoming person may read it, once her blind count is entered (handover-blind.test.ts)
    await desk.signInAs('陈静');
    expect((await snapshot(desk, desk.userId('王芳'))).cashExpectedFen).toBeNull();
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
    desk = await receptionistAt();
    const { twoD } = await demoTypes(desk);
    await desk.ok('tickets.receive', { typeId: twoD, count: 10, batch: 'B2' });
    await desk.ok('tickets.sell', { typeId: twoD, count: 2, paymentMethod: 'cash' }); // ¥70.00
    await desk.ok('mail.receive', { recipient: '8-1-1201 刘先生', kind: 'letter', count: 2 });
    const h = await startHandover(desk, '陈静');
    const snap = await snapshot(desk);
    const base = fullAck(desk, h, snap);
    const ack = await desk.ok('handover.acknowledge', {
      ...base,
      items: base.items.map((i) => (i.name === '对讲机' ? { ...i, counted: 1 } : i)),
      mail: base.mail.map((m) => ({ ...m, confirmed: false })),
      cash: { countedFen: 6000, explanation: '少 10 元，待王芳核对' },
      reviewedDifferences: 3,
      note: '对讲机少一台',
    });
    expect(ack.differences).toEqual([
      { section: 'item', label: '对讲机', expected: '2', counted: '1', note: null },
      { section: 'mail', label: '8-1-1201 刘先生 信', expected: '2', counted: '缺失', note: null },
      {
        section: 'cash',
        label: '王芳 保管的票款',
        expected: '¥70.00',
        counted: '¥60.00',
        note: '少 10 元，待王芳核对',
      },
    ]);
    expect(ack.differenceCount).toBe(3);
    // what was counted passes; the shortfall is 王芳's variance, not cash she still holds
    expect(ack.acknowledgement!.cash.passedFen).toBe(6000);

    await desk.signInAs('李经理');
    expect(await balances(desk)).toMatchObject({ 王芳: 0, 陈静: 6000 });
    expect((await desk.ok('cash.variances', {})).map((v) => [v.holderName, v.amountFen])).toEqual([
      ['王芳', -1000],
    ]);
    const notes = await desk.ok('notifications.list');
    const diff = notes.items.filter((n) => n.kind === 'handover_difference');
    expect(diff).toHaveLength(1);
    expect(diff[0]!.params).toMatchObject({ from: '王芳', to: '陈静', count: 3 });
    const withDiff = await desk.ok('handover.log', { withDifferences: true });
    expect(withDiff.map((x) => x.id)).toEqual([h.id]);
    const [ofDate] = await handoversOfDate(desk.ledger.db, '2026-11-23');
    expect(ofDate!.differences).toEqual([
      '物品 对讲机：应为 2，实为 1',
      '信报刊 8-1-1201 刘先生 信：应为 2，实为 缺失',
      '票款 王芳 保管的票款：应为 ¥70.00，实为 ¥60.00（少 10 元，待王芳核对）',
    ]);
    // the next handover starts from what was really counted
    await desk.signInAs('陈静');
    expect((await snapshot(desk)).items.find((i) => i.name === '对讲机')!.count).toBe(1);
  });
});

import { afterEach, describe, expect, test } from 'vitest';
import type { InputOf } from '../../shared/contract';
import type { TestDesk } from '../support/desk';
import { closeAnEmptyDay, DAY, EVENING, NEXT } from '../support/dayclose';
import { rowCount } from '../support/rows';
import { morningAtDesk, walkIn } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const MIN = 60_000;
const PIN_OF = { 张伟: '5555', 孙丽: '5566' } as const;
const consultantPin = (d: TestDesk, name: keyof typeof PIN_OF, secret: string = PIN_OF[name]) => ({
  userId: d.userId(name),
  secret,
});

/** 孙丽's slip as she completes it: the channel the customer told her, what they want, how it ended. */
const completion = (visitId: number, extra: Partial<InputOf<'visits.completeSlip'>> = {}) => ({
  visitId,
  channel: '网络/新媒体',
  intentLayout: '三室两厅',
  intentAreaSqm: 128,
  intentBudgetFen: 300_000_000,
  outcome: 'left_phone' as const,
  ...extra,
});

/** 张伟 and 孙丽 each receive one visitor; the clock moves on 40 minutes (the desk is awake). */
async function twoVisitors(d: TestDesk) {
  const zhang = (await walkIn(d, { name: '王先生' })).visit.id;
  const sun = (await walkIn(d, { name: '李女士', channel: '路过' })).visit.id;
  d.clock.advance(4 * MIN);
  return { zhang, sun };
}

describe('the visitor slip is completed by the consultant who received the visitor (000:691, 004:243)', () => {
  test('signed in, the consultant completes their own slip: channel, intent, outcome, leaving time', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    expect((await desk.ok('visits.day')).visits.find((v) => v.id === sun)?.slipMissing).toEqual([
      'slip',
      'outcome',
      'left',
    ]);
    await desk.signInAs('孙丽');
    const done = await desk.ok('visits.completeSlip', completion(sun));
    expect(done).toMatchObject({
      channel: '路过', // the desk's own entry stays as it was logged
      slip: { channel: '网络/新媒体', intentLayout: '三室两厅', intentAreaSqm: 128, corrected: false },
      outcome: 'left_phone',
      leftAt: desk.clock.now().toISOString(),
      slipMissing: [],
    });
  });

  test('at the desk’s session the consultant types their own PIN; nobody else completes it', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    const writes = () => rowCount(desk, 'visit_slips') + rowCount(desk, 'visit_updates');
    const before = writes();
    expect(await desk.refused('visits.completeSlip', completion(sun))).toBe('SLIP_CONSULTANT_PIN');
    expect(
      await desk.refused(
        'visits.completeSlip',
        completion(sun, { countersign: consultantPin(desk, '张伟') }),
      ),
    ).toBe('SLIP_NOT_THEIRS');
    const wrong = await desk.router.call(
      'visits.completeSlip',
      completion(sun, { countersign: consultantPin(desk, '孙丽', '0000') }),
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_SECRET', params: { remaining: 4 } } });
    expect(writes()).toBe(before);

    await desk.ok('visits.completeSlip', completion(sun, { countersign: consultantPin(desk, '孙丽') }));
    const audit = desk.ledger.sqlite
      .prepare(
        `SELECT actor_id, countersigned_by FROM audit_log WHERE channel = 'visits.completeSlip' AND outcome = 'ok'`,
      )
      .get() as { actor_id: number; countersigned_by: number };
    expect(audit).toEqual({ actor_id: desk.userId('王芳'), countersigned_by: desk.userId('孙丽') });
    // Another consultant at their own session cannot write it either.
    await desk.signInAs('张伟');
    expect(
      await desk.refused('visits.completeSlip', completion(sun, { outcome: 'browse', reason: '改' })),
    ).toBe('SLIP_CONSULTANT_PIN');
  });

  test('a change is a new entry with a reason; the first stays; the same slip again changes nothing', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    await desk.signInAs('孙丽');
    const first = await desk.ok('visits.completeSlip', completion(sun));
    desk.clock.advance(2 * MIN);
    await desk.signInAs('孙丽');
    const changed = completion(sun, { channel: '朋友介绍', outcome: 'pledge', leftAt: first.leftAt! });
    const before = rowCount(desk, 'visit_slips') + rowCount(desk, 'visit_updates');
    expect(await desk.refused('visits.completeSlip', changed)).toBe('CORRECTION_REASON_REQUIRED');
    expect(rowCount(desk, 'visit_slips') + rowCount(desk, 'visit_updates')).toBe(before);
    const second = await desk.ok('visits.completeSlip', { ...changed, reason: '客户补充说是朋友介绍来的' });
    expect(second).toMatchObject({ slip: { channel: '朋友介绍', corrected: true }, outcome: 'pledge' });
    expect(second.leftAt).toBe(first.leftAt);
    const entries = desk.ledger.sqlite
      .prepare('SELECT channel, corrects_id, reason FROM visit_slips WHERE visit_id = ? ORDER BY id')
      .all(sun) as { channel: string; corrects_id: number | null; reason: string | null }[];
    expect(entries.map((e) => [e.channel, e.corrects_id !== null, e.reason])).toEqual([
      ['网络/新媒体', false, null],
      ['朋友介绍', true, '客户补充说是朋友介绍来的'],
    ]);
    expect(await desk.refused('visits.completeSlip', { ...changed, reason: '再存一次' })).toBe(
      'NOTHING_TO_AMEND',
    );
  });

  test('wrong values are refused with nothing written', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    await desk.signInAs('孙丽');
    const before = rowCount(desk, 'visit_slips') + rowCount(desk, 'visit_updates');
    for (const [extra, code] of [
      [{ channel: '街上' }, 'VISIT_CHANNEL_UNKNOWN'],
      [{ leftAt: '2026-11-23T00:00:00.000Z' }, 'LEFT_BEFORE_ARRIVAL'],
      [{ leftAt: '2026-11-23T23:00:00.000Z' }, 'LEFT_IN_FUTURE'],
    ] as const) {
      expect(await desk.refused('visits.completeSlip', completion(sun, extra)), code).toBe(code);
    }
    for (const extra of [
      { intentAreaSqm: 0 },
      { intentAreaSqm: 1.5 },
      { intentBudgetFen: -1 },
      { channel: '' },
    ]) {
      expect(await desk.untyped.refused('visits.completeSlip', completion(sun, extra as never))).toBe(
        'INVALID_INPUT',
      );
    }
    expect(rowCount(desk, 'visit_slips') + rowCount(desk, 'visit_updates')).toBe(before);
  });

  test('the database refuses a slip entry naming anyone but the receiving consultant', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    expect(() =>
      desk.ledger.sqlite
        .prepare(
          `INSERT INTO visit_slips (visit_id, consultant_id, channel, at, business_date, actor_id, audit_id)
           VALUES (?, ?, '路过', '2026-11-23T02:10:00.000Z', '2026-11-23', ?, 1)`,
        )
        .run(sun, desk.userId('张伟'), desk.userId('张伟')),
    ).toThrow(/completed by the consultant who received the visitor/);
  });

  test('the close and the manager see the incomplete slips per consultant, counted by hand', async () => {
    desk = await morningAtDesk();
    const { zhang, sun } = await twoVisitors(desk);
    const third = (await walkIn(desk, { name: '赵先生' })).visit.id; // 周强
    const fourth = (await walkIn(desk, { name: '钱先生', named: '孙丽' })).visit.id;
    await desk.signInAs('孙丽');
    await desk.ok('visits.completeSlip', completion(sun));
    await desk.signInAs('王芳');
    await desk.ok('visits.leave', { visitId: third });
    // by hand: 张伟 — 王先生 (all three parts); 孙丽 — 钱先生 (all three); 周强 — 赵先生 (slip, outcome)
    const review = await desk.ok('visits.closeReview', { businessDate: DAY });
    expect(review.incompleteSlips.total).toBe(3);
    expect(
      review.incompleteSlips.byConsultant.map((c) => [
        c.name,
        c.count,
        c.visits.map((v) => [v.visitId, v.slipMissing]),
      ]),
    ).toEqual([
      // one each: in pinyin order
      ['孙丽', 1, [[fourth, ['slip', 'outcome', 'left']]]],
      ['张伟', 1, [[zhang, ['slip', 'outcome', 'left']]]],
      ['周强', 1, [[third, ['slip', 'outcome']]]],
    ]);
    expect(review.inOffice.map((l) => l.visitId)).toEqual([zhang, fourth]);

    await desk.signInAs('李经理');
    expect(await desk.ok('visits.incompleteSlips', { from: '2026-11-17', to: DAY })).toMatchObject({
      from: '2026-11-17',
      to: DAY,
      total: 3,
    });
    expect(await desk.refused('visits.incompleteSlips', { from: DAY, to: '2026-11-17' })).toBe(
      'DATES_REVERSED',
    );
    expect(await desk.refused('visits.incompleteSlips', { from: '2026-01-01', to: DAY })).toBe(
      'DATE_RANGE_TOO_LONG',
    );
    // A consultant sees their own.
    await desk.signInAs('孙丽');
    const own = await desk.ok('visits.incompleteSlips', {});
    expect(own.byConsultant.map((c) => c.name)).toEqual(['孙丽']);
  });

  test('after the evening close, a closed day’s slip is completed into the next open date', async () => {
    desk = await morningAtDesk();
    const { sun } = await twoVisitors(desk);
    desk.clock.set(EVENING);
    await desk.signInAs('王芳');
    await closeAnEmptyDay(desk);
    desk.clock.advance(10 * MIN);
    await desk.signInAs('孙丽');
    const done = await desk.ok('visits.completeSlip', completion(sun));
    expect(done).toMatchObject({ businessDate: DAY, slipMissing: [] });
    expect(rowCount(desk, 'visit_slips', 'visit_id = ? AND business_date = ?', sun, NEXT)).toBe(1);
  });
});

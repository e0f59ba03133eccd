import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEMO_ADMIN } from '../../electron/core/demo';
import { seedDemoHistory } from '../../electron/core/demo/history';
import { weekOf } from '../../shared/domain/visitAnalysis';
import { testDesk, type TestDesk } from '../support/desk';
import { analysisOfRows } from '../support/visitAnalysis';
import { setTodaysOrder } from '../support/visits';

/**
 * The service reads the tallies the database keeps (0015); the figures must be those of the
 * plain rows folded one by one (shared/domain/visitAnalysis), whatever the rows: corrected
 * outcomes, a channel no longer configured, invitations, visits and calls at every hour.
 */
const TODAY = '2026-11-23'; // testDesk's clock: 10:00 in Shanghai, a Monday
let desk: TestDesk;

beforeAll(async () => {
  desk = await testDesk();
  await seedDemoHistory(desk.router, desk.clock, { days: 3 });
  await desk.signInAs('王芳');
  await setTodaysOrder(desk);
  // arrivals across three local hours (08:05 … 09:55), recorded at 10:00
  const arrivals = ['00:05', '00:50', '01:10', '01:40', '01:55'].map((t) => `${TODAY}T${t}:00.000Z`);
  const visits = [];
  for (const [i, channel] of ['户外广告', '路过', '户外广告', '老带新', '户外广告'].entries()) {
    visits.push(
      await desk.ok('visits.record', {
        customerName: `客人${i}`,
        phone: `1380000000${i}`,
        channel,
        partySize: i + 1,
        arrivedAt: arrivals[i],
      }),
    );
  }
  await desk.ok('visits.amend', { visitId: visits[0]!.visit.id, outcome: 'left_phone' });
  await desk.ok('visits.amend', { visitId: visits[0]!.visit.id, outcome: 'pledge', reason: '客户当场认筹' });
  await desk.ok('visits.amend', { visitId: visits[1]!.visit.id, outcome: 'browse' });
  await desk.ok('visits.amend', { visitId: visits[3]!.visit.id, note: '再来' });
  for (const [i, channel] of ['户外广告', '电话邀约', '户外广告'].entries()) {
    await desk.ok('calls.record', {
      callerName: `来电${i}`,
      phone: `1390000000${i}`,
      channel,
      ...(i === 1 ? { invitedFor: '2026-11-25' } : {}),
    });
  }
  // 户外广告 is taken off the list: its rows still count under its name.
  await desk.signInAs(DEMO_ADMIN.name);
  const settings = await desk.ok('settings.get');
  await desk.ok('settings.update', {
    visitChannels: settings.visitChannels.filter((c) => c !== '户外广告'),
  });
  await desk.signInAs('李经理');
}, 120_000);
afterAll(async () => desk?.close());

describe('来人来电分析 counted in SQL', () => {
  test('today: the figures of the rows, the corrected outcome and the unlisted channel included', async () => {
    const { funnel, ...day } = await desk.ok('visits.analysis', { period: 'day', date: TODAY });
    expect(day).toEqual(await analysisOfRows(desk, TODAY, TODAY));
    expect(funnel!.visits).toBe(5);
    expect(day.visits).toEqual({ total: 5, new: 5, returning: 0, people: 15 });
    expect(day.outcomes).toEqual([
      { outcome: 'pledge', count: 1 },
      { outcome: 'browse', count: 1 },
    ]);
    expect(day.byChannel.find((c) => c.channel === '户外广告')).toEqual({
      channel: '户外广告',
      visits: 3,
      calls: 2,
    });
    expect(day.calls).toMatchObject({ total: 3, invited: 1 });
    expect(day.byHour.filter((h) => h.visits > 0)).toEqual([
      { hour: 8, visits: 2, calls: 0 },
      { hour: 9, visits: 3, calls: 0 },
    ]);
  });

  test('each day of the history and its week: the figures of the rows', async () => {
    const dates = ['2026-11-20', '2026-11-21', '2026-11-22'];
    for (const date of dates) {
      const { funnel: _funnel, ...day } = await desk.ok('visits.analysis', { period: 'day', date });
      expect(day.visits.total).toBeGreaterThan(0);
      expect(day.outcomes.length).toBeGreaterThan(0);
      expect(day).toEqual(await analysisOfRows(desk, date, date));
    }
    for (const date of [dates[0]!, TODAY]) {
      const { from, to } = weekOf(date);
      const { funnel: _funnel, ...week } = await desk.ok('visits.analysis', { period: 'week', date });
      expect(week).toEqual(await analysisOfRows(desk, from, to));
    }
  });
});

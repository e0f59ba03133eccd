import { afterEach, describe, expect, test } from 'vitest';
import { analyseVisits, hoursOfQuarters, weekOf } from '../../shared/domain/visitAnalysis';

test('the week runs Monday to Sunday (the weekly report is made on Sunday)', () => {
  expect(weekOf('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // a Monday
  expect(weekOf('2026-11-29')).toEqual({ from: '2026-11-23', to: '2026-11-29' }); // its Sunday
  expect(weekOf('2026-12-01')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
});

test('a channel no longer configured still shows when it has rows; unused old ones do not', () => {
  const a = analyseVisits({
    from: '2026-11-23',
    to: '2026-11-23',
    channels: ['路过'],
    visits: [
      {
        arrivedAt: '2026-11-23T06:00:00.000Z',
        businessDate: '2026-11-23',
        returning: false,
        channel: '报纸',
        consultantId: 7,
        consultantName: '张伟',
        partySize: 3,
        outcome: 'pledge',
      },
    ],
    calls: [],
  });
  expect(a.byChannel).toEqual([
    { channel: '路过', visits: 0, calls: 0 },
    { channel: '报纸', visits: 1, calls: 0 },
  ]);
  expect(a.byHour).toEqual([{ hour: 14, visits: 1, calls: 0 }]);
  expect(a.outcomes).toEqual([{ outcome: 'pledge', count: 1 }]);
  expect(a.visits.people).toBe(3);
});

describe("each quarter hour's local hour", () => {
  const zones = [
    'Asia/Shanghai',
    'Europe/Berlin',
    'America/New_York',
    'Australia/Lord_Howe',
    'Asia/Kathmandu',
  ];
  // weeks with a DST change in one zone or another (Lord Howe moves by half an hour), and one without
  const weeks = ['2026-03-02', '2026-03-26', '2026-04-02', '2026-10-01', '2026-10-28', '2026-11-16'];
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  test.each(zones)(
    '%s: the hour Date gives for each, over a week with or without an offset change',
    (zone) => {
      process.env.TZ = zone;
      expect(new Date('2026-07-01T00:00:00.000Z').getHours()).toBe(
        {
          'Asia/Shanghai': 8,
          'Europe/Berlin': 2,
          'America/New_York': 20,
          'Australia/Lord_Howe': 10,
          'Asia/Kathmandu': 5,
        }[zone],
      );
      for (const monday of weeks) {
        const first = Date.parse(`${monday}T00:00:00.000Z`) / 900_000 - 96;
        const all = Array.from({ length: 96 * 9 }, (_, i) => ({ quarter: first + i, count: i % 3 }));
        const byDate = (qs: typeof all) =>
          qs.map(({ quarter, count }) => ({ hour: new Date(quarter * 900_000).getHours(), count }));
        expect(hoursOfQuarters(all), `${zone} ${monday}`).toEqual(byDate(all));
        // a few quarters only, unordered, far apart
        const some = [all[700]!, all[3]!, all[400]!, all[863]!, all[3]!];
        expect(hoursOfQuarters(some), `${zone} ${monday}`).toEqual(byDate(some));
        expect(hoursOfQuarters(some.slice(0, 1))).toEqual(byDate(some.slice(0, 1)));
      }
      expect(hoursOfQuarters([])).toEqual([]);
    },
  );
});

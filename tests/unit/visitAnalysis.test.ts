import { expect, test } from 'vitest';
import { analyseVisits, weekOf } from '../../shared/domain/visitAnalysis';

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

import { afterEach, describe, expect, test } from 'vitest';
import { errorMessage } from '../../shared/domain/errors';
import type { TestDesk } from '../support/desk';
import { rowCount } from '../support/rows';
import { morningAtDesk } from '../support/visits';

let desk: TestDesk;
afterEach(async () => desk?.close());

const written = (d: TestDesk) =>
  rowCount(d, 'visits') + rowCount(d, 'customers') + rowCount(d, 'rotation_events') + rowCount(d, 'calls');

/** Typed numbers are never coerced: the server refuses what the page would have to guess at. */
describe('what people type into the visit and call forms', () => {
  test('a party size of 0, 100, -2, 1.5, letters or nothing is refused; nothing is written', async () => {
    desk = await morningAtDesk();
    const before = written(desk);
    for (const partySize of [0, 51, 100, -2]) {
      expect(
        await desk.refused('visits.record', { customerName: '王先生', channel: '路过', partySize }),
        String(partySize),
      ).toBe('PARTY_SIZE');
    }
    for (const partySize of [1.5, 'abc', '', null, '３']) {
      expect(
        await desk.untyped.refused('visits.record', { customerName: '王先生', channel: '路过', partySize }),
        String(partySize),
      ).toBe('INVALID_INPUT');
    }
    for (const extra of [
      { intentAreaSqm: 0 },
      { intentAreaSqm: 10_001 },
      { intentAreaSqm: 89.5 },
      { intentBudgetFen: 0 },
      { intentBudgetFen: -100 },
      { intentBudgetFen: 1.5 },
    ]) {
      expect(
        await desk.untyped.refused('visits.record', { customerName: '王先生', channel: '路过', ...extra }),
        JSON.stringify(extra),
      ).toBe('INVALID_INPUT');
    }
    expect(written(desk)).toBe(before);
    expect(
      (await desk.ok('visits.record', { customerName: '王先生', channel: '路过', partySize: 50 })).visit
        .partySize,
    ).toBe(50);
  });

  test('an invalid phone is refused, and said in the language asked for', async () => {
    desk = await morningAtDesk();
    const before = written(desk);
    for (const phone of ['555', '1381234567a', '１３８', '12345678901234567890']) {
      expect(
        await desk.refused('visits.record', { customerName: '王先生', channel: '路过', phone }),
        phone,
      ).toBe('INVALID_PHONE');
    }
    expect(written(desk)).toBe(before);
  });

  test('calls have their own channels: 路过 is a walk-in’s, not a caller’s', async () => {
    desk = await morningAtDesk();
    const { callChannels, visitChannels } = await desk.ok('settings.get');
    expect(visitChannels).toContain('路过');
    expect(callChannels).not.toContain('路过');
    const before = written(desk);
    expect(await desk.refused('calls.record', { callerName: '刘女士', channel: '路过' })).toBe(
      'CALL_CHANNEL_UNKNOWN',
    );
    expect(written(desk)).toBe(before);
    for (const channel of callChannels) {
      expect((await desk.ok('calls.record', { callerName: '刘女士', channel })).channel).toBe(channel);
    }
    expect(errorMessage('CALL_CHANNEL_UNKNOWN', { channel: '路过' })).toBe('“路过”不在来电渠道列表中');
  });
});

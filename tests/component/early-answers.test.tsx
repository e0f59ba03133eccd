import { expect, test, vi } from 'vitest';
import { EARLY_ANSWER_TTL_MS, withEarlyAnswers } from '../../renderer/api/earlyAnswers';
import type { Transport } from '../../renderer/api/transport';

function countingTransport() {
  const asked: [string, unknown][] = [];
  const transport: Transport = vi.fn(async (channel: string, input: unknown) => {
    asked.push([channel, input]);
    return { ok: true as const, data: { channel, n: asked.length } };
  });
  return { transport, asked };
}

test('the start-up questions are asked at once, side by side, and answer the first call of each', async () => {
  const { transport, asked } = countingTransport();
  const early = withEarlyAnswers(transport, ['auth.session', 'auth.roster'], 'zh-CN');
  // Both asked before anybody called: the round trips overlap instead of following each other.
  expect(asked).toEqual([
    ['auth.session', {}],
    ['auth.roster', {}],
  ]);
  await expect(early('auth.roster', {}, 'zh-CN')).resolves.toEqual({
    ok: true,
    data: { channel: 'auth.roster', n: 2 },
  });
  await expect(early('auth.session', {}, 'zh-CN')).resolves.toEqual({
    ok: true,
    data: { channel: 'auth.session', n: 1 },
  });
  // Only once: the next question about the session goes to the host.
  await expect(early('auth.session', {}, 'zh-CN')).resolves.toEqual({
    ok: true,
    data: { channel: 'auth.session', n: 3 },
  });
  expect(asked).toHaveLength(3);
});

test('another channel, other input, or a first call after the time limit is asked afresh', async () => {
  let clock = 0;
  const { transport, asked } = countingTransport();
  const early = withEarlyAnswers(transport, ['auth.session', 'auth.roster'], 'en', () => clock);
  await early('users.list', { includeInactive: true }, 'en');
  expect(asked.at(-1)).toEqual(['users.list', { includeInactive: true }]);
  // A first call with input of its own is not what was asked early (and uses up the early one).
  await early('auth.roster', { extra: 1 }, 'en');
  expect(asked.at(-1)).toEqual(['auth.roster', { extra: 1 }]);
  // The desk left open on the loading screen: the early session is too old to stand for now.
  clock = EARLY_ANSWER_TTL_MS + 1;
  await expect(early('auth.session', {}, 'en')).resolves.toMatchObject({ data: { n: 5 } });
  expect(asked).toHaveLength(5);
});

test('a failed early question is not an unhandled rejection, and its caller hears the failure', async () => {
  const transport: Transport = vi.fn(async () => {
    throw new Error('host gone');
  });
  const early = withEarlyAnswers(transport, ['auth.session'], 'zh-CN');
  await expect(early('auth.session', {}, 'zh-CN')).rejects.toThrow('host gone');
});

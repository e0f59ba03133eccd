import type { Envelope } from '../../shared/contract/envelope';
import type { Locale } from '../../shared/domain/errors';
import type { Transport } from './transport';

/** How long an answer asked at start-up may stand in for the first call of its channel. */
export const EARLY_ANSWER_TTL_MS = 10_000;

/**
 * The first screen needs two answers — who is at the desk (auth.session) and the names to sign
 * in with (auth.roster) — and React asks for them one after the other: the session once the app
 * has drawn, the names once the session said nobody is signed in. On a cold start that is two
 * round trips after the scripts have run. This transport asks both questions the moment it is
 * made (main.tsx, before React draws anything) and answers the first call of each channel with
 * input `{}` from them. Any later call, a call with other input, or a first call made more than
 * EARLY_ANSWER_TTL_MS after the start goes to the host as usual: a stale list of names or an old
 * session is never shown. Both calls are public reads; asking for the names when somebody turns
 * out to be signed in costs one small answer nobody uses.
 */
export function withEarlyAnswers(
  transport: Transport,
  channels: readonly string[],
  locale: Locale,
  now: () => number = () => performance.now(),
): Transport {
  const askedAt = now();
  const early = new Map<string, Promise<Envelope>>();
  for (const channel of channels) {
    const answer = transport(channel, {}, locale);
    // Nobody may take it (the TTL passed): a failure must not surface as an unhandled rejection.
    answer.catch(() => undefined);
    early.set(channel, answer);
  }
  return (channel, input, callLocale) => {
    const answer = early.get(channel);
    if (answer !== undefined) {
      early.delete(channel);
      if (isEmptyInput(input) && now() - askedAt <= EARLY_ANSWER_TTL_MS) return answer;
    }
    return transport(channel, input, callLocale);
  };
}

function isEmptyInput(input: unknown): boolean {
  return (
    input === undefined ||
    (typeof input === 'object' && input !== null && !Array.isArray(input) && Object.keys(input).length === 0)
  );
}

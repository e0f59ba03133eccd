import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { useClient, useSession } from '../desk/DeskContext';
import { afterPaint } from './afterPaint';
import { inputKeyOf, questionOf, takeAskedAhead } from './askedAhead';
import { Asker, type Outcome } from './asker';

/** The latest answer to one question, as a page shows it. */
export interface Answer<T, I = unknown> {
  /** Undefined until the first answer. */
  data: T | undefined;
  /** The last failure, or null; the next answer clears it. */
  error: unknown;
  /** True while a call is under way (the first, or any later one). */
  loading: boolean;
  /**
   * The newest answer that has come, even if React has not drawn it yet (useWrittenOver lays a
   * write over it). Undefined until the first answer.
   */
  received(): T | undefined;
  /** Asks again now (after the call under way, if any); resolves once answered. */
  refresh(): Promise<void>;
  /**
   * Asks `input` now, from the event that chose it, before the render that makes it the hook's
   * input: that render then asks nothing more. For a question whose answer a person waits for
   * (a search on Enter): the request leaves within the key, not after the page has redrawn.
   */
  askNow(input: I): void;
  clearError(): void;
}

export interface AnswerOptions {
  /** Whether to ask at all (e.g. only for those who may); true by default. */
  enabled?: boolean;
  /** Asks again whenever this changes (compared as is: a number or a string), e.g. a count of saves. */
  version?: unknown;
}

/**
 * A channel's answer, asked again every `ms` while someone is at the desk: not while the
 * screen is locked (the call would be refused, and each refusal sends the app to re-read the
 * session), not while the page is hidden. Unlocking or showing the page asks at once; calls
 * never overlap, and the polls never come faster than `ms`. See `Asker` for the rules.
 */
export function usePolled<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  ms: number,
  options: AnswerOptions = {},
): Answer<OutputOf<C>, InputOf<C>> {
  return useAnswer(channel, input, ms, options);
}

/**
 * A channel's answer, asked when the page opens and again when the input (compared by value)
 * or `options.version` changes, or on `refresh()`. Asked while the screen is locked, the
 * question waits for the unlock.
 */
export function useLoaded<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  options: AnswerOptions = {},
): Answer<OutputOf<C>, InputOf<C>> {
  return useAnswer(channel, input, null, options);
}

function useAnswer<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  ms: number | null,
  { enabled = true, version }: AnswerOptions,
): Answer<OutputOf<C>, InputOf<C>> {
  const client = useClient();
  const open = useDeskOpen();
  const visible = usePageVisible();
  const [data, setData] = useState<OutputOf<C>>();
  const [error, setError] = useState<unknown>(null);
  // Loading from the first render, so a table does not say "no data" before it was asked.
  const [loading, setLoading] = useState(enabled);
  const newest = useRef<OutputOf<C>>(undefined);
  const [asker] = useState(
    () =>
      new Asker<OutputOf<C>>(
        (outcome: Outcome<OutputOf<C>>) => {
          if (outcome.ok) {
            newest.current = outcome.data;
            setData(outcome.data);
            setError(null);
          } else {
            setError(outcome.error);
          }
        },
        ms,
        setLoading,
      ),
  );
  // Inputs are plain JSON (they cross IPC and HTTP as such): compared by value, so a literal
  // written in the render does not ask again on every render.
  const key = inputKeyOf(input);

  // The same question asked again for a new `version` — a re-read after a write the page shows
  // already — is sent once that is painted: its answer confirms what is on screen, and starting
  // the call (~1 ms of the page's time each) would delay the write's own frame.
  const asked = useRef<string | null>(null);
  const askedAhead = useRef<string | null>(null);
  useEffect(() => {
    const question = questionOf(channel, key);
    const again = asked.current === question;
    asked.current = question;
    const ahead = askedAhead.current === question;
    askedAhead.current = null;
    if (ahead) return;
    asker.setQuestion(
      // the first ask may take a call the event that drew this part already made (askedAhead.ts)
      () => takeAskedAhead<C>(question) ?? client.call(channel, JSON.parse(key) as InputOf<C>),
      again ? afterPaint : undefined,
    );
  }, [asker, client, channel, key, version]);
  useEffect(() => asker.setPeriod(ms), [asker, ms]);
  const active = enabled && open && (ms === null || visible);
  useEffect(() => {
    asker.setActive(active);
  }, [asker, active]);
  useEffect(() => () => asker.setActive(false), [asker]);

  const refresh = useCallback(() => asker.request(), [asker]);
  const askNow = useCallback(
    (next: InputOf<C>) => {
      const nextKey = inputKeyOf(next);
      askedAhead.current = questionOf(channel, nextKey);
      asker.setQuestion(() => client.call(channel, JSON.parse(nextKey) as InputOf<C>));
    },
    [asker, client, channel],
  );
  const clearError = useCallback(() => setError(null), []);
  const received = useCallback(() => newest.current, []);
  return { data, error, loading, received, refresh, askNow, clearError };
}

/** Someone is signed in and the screen is not locked: a call now is not refused for that. */
export function useDeskOpen(): boolean {
  return useSession((s) => s.user !== null && !s.locked);
}

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}

/** Whether the page is on screen: a minimised window or a tab in the background is not. */
export function usePageVisible(): boolean {
  return useSyncExternalStore(
    subscribeVisibility,
    () => document.visibilityState !== 'hidden',
    () => true,
  );
}

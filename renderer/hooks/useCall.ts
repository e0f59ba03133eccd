import { useCallback, useRef, useState } from 'react';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { useClient } from '../desk/DeskContext';

/** Work a person started (a submit, a button), as the page shows it. */
export interface Action {
  /**
   * Runs `work`. Resolves to its result, or to `undefined` when it failed: the failure is kept
   * in `error` for an `<ErrorAlert>` (a refusal in the current language, anything else as
   * unexpected), so the caller only goes on when there is a result.
   */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  /** True while any run is under way: the submit button shows it (antd ignores clicks on it then). */
  busy: boolean;
  /** The last run's failure, or null; a new run clears it. */
  error: unknown;
  clearError(): void;
}

/** Busy and error of work a person started, when it is more than one call (or no call at all). */
export function useAction(): Action {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<unknown>(null);
  // Only the latest run's outcome is shown, even if an earlier one settles after it.
  const latest = useRef(0);
  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    const mine = ++latest.current;
    setRunning((n) => n + 1);
    setError(null);
    try {
      return await work();
    } catch (failure) {
      if (mine === latest.current) setError(failure);
      return undefined;
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { run, busy: running > 0, error, clearError };
}

/** One channel a person calls, typed by the contract: `run(input)` answers the output, or undefined. */
export interface Call<C extends Channel> extends Omit<Action, 'run'> {
  run(input: InputOf<C>): Promise<OutputOf<C> | undefined>;
}

/**
 * A call a person makes from a form or a button. No output of the contract is `undefined`, so
 * `undefined` means refused (or failed), and the reason is in `error`.
 */
export function useCall<C extends Channel>(channel: C): Call<C> {
  const client = useClient();
  const { run: runAction, ...state } = useAction();
  const run = useCallback(
    (input: InputOf<C>) => runAction(() => client.call(channel, input)),
    [runAction, client, channel],
  );
  return { ...state, run };
}

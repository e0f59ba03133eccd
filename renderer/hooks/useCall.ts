import { useCallback, useEffect, useRef, useState } from 'react';
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
  /**
   * True while any run is under way (with `busyAfterMs`, once it has lasted that long): the submit
   * button shows it, and antd ignores clicks on it then.
   */
  busy: boolean;
  /** The last run's failure, or null; a new run clears it. */
  error: unknown;
  clearError(): void;
}

/**
 * How long a form's own work may run before its button shows it busy, where a second submit is
 * dropped anyway (useOneAtATime): a walk-in or a sale is answered in ~10–20 ms, and showing it
 * busy at once redrew the whole form within the key — before the request's answer could be drawn
 * — only to redraw it again with the answer. A wait a person would notice still shows.
 */
export const SHOW_BUSY_AFTER_MS = 150;

export interface ActionOptions {
  /**
   * Show `busy` only once a run has lasted this long (0: at once). Only for work a second press
   * cannot repeat meanwhile: until then antd does not ignore clicks on the button.
   */
  busyAfterMs?: number;
}

/** Busy and error of work a person started, when it is more than one call (or no call at all). */
export function useAction({ busyAfterMs = 0 }: ActionOptions = {}): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(0);
  const showBusy = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(showBusy.current), []);
  // Only the latest run's outcome is shown, even if an earlier one settles after it.
  const latest = useRef(0);
  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      const mine = ++latest.current;
      if (++running.current === 1) {
        if (busyAfterMs > 0) showBusy.current = setTimeout(() => setBusy(running.current > 0), busyAfterMs);
        else setBusy(true);
      }
      setError(null);
      try {
        return await work();
      } catch (failure) {
        if (mine === latest.current) setError(failure);
        return undefined;
      } finally {
        if (--running.current === 0) {
          clearTimeout(showBusy.current);
          setBusy(false);
        }
      }
    },
    [busyAfterMs],
  );
  const clearError = useCallback(() => setError(null), []);
  return { run, busy, error, clearError };
}

/** One channel a person calls, typed by the contract: `run(input)` answers the output, or undefined. */
export interface Call<C extends Channel> extends Omit<Action, 'run'> {
  run(input: InputOf<C>): Promise<OutputOf<C> | undefined>;
}

/**
 * A call a person makes from a form or a button. No output of the contract is `undefined`, so
 * `undefined` means refused (or failed), and the reason is in `error`.
 */
export function useCall<C extends Channel>(channel: C, options: ActionOptions = {}): Call<C> {
  const client = useClient();
  const { run: runAction, ...state } = useAction(options);
  const run = useCallback(
    (input: InputOf<C>) => runAction(() => client.call(channel, input)),
    [runAction, client, channel],
  );
  return { ...state, run };
}

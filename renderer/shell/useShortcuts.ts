import { useEffect, useRef } from 'react';
import { firstField } from '../hooks/useInitialFocus';
import { isHelpKey, matchShortcut, type Shortcut } from './shortcuts';

/** How long an act waits for its page to load its form before giving up on the caret. */
const FOCUS_WAIT_MS = 3000;

/**
 * Puts the caret in the act's field once the page has rendered it (pages load their data
 * first), else in the page's first field. Gives up quietly if the form never appears (e.g. the
 * person may see the page but not record).
 */
export function focusAct(shortcut: Shortcut, main: () => HTMLElement | null): () => void {
  const started = Date.now();
  let frame = 0;
  const attempt = () => {
    const root = main();
    // A named field is waited for (for a while: the page may show other fields first); without
    // one, the first field there is will do.
    const late = Date.now() - started > FOCUS_WAIT_MS / 2;
    const named = shortcut.focus ? (root?.querySelector<HTMLElement>(shortcut.focus) ?? null) : null;
    const target = named ?? ((!shortcut.focus || late) && root ? firstField(root) : null);
    if (target) {
      target.focus();
      return;
    }
    if (Date.now() - started < FOCUS_WAIT_MS) frame = window.setTimeout(attempt, 50);
  };
  frame = window.setTimeout(attempt, 0);
  return () => window.clearTimeout(frame);
}

/**
 * The shell's keyboard: the daily acts and the help key, from anywhere in the app (also while
 * typing in a field, as Ctrl+L does), but not while the app is covered by the sign-in overlay
 * or a dialog has the focus (its own keys come first: Escape, Enter).
 */
export function useShortcuts(options: {
  enabled: boolean;
  shortcuts: readonly Shortcut[];
  onAct: (shortcut: Shortcut) => void;
  onHelp: () => void;
}): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const { enabled, shortcuts, onAct, onHelp } = latest.current;
      if (e.defaultPrevented) return;
      const help = isHelpKey(e);
      const shortcut = help ? undefined : matchShortcut(e, shortcuts);
      if (!help && !shortcut) return;
      // Claimed even when not acted on, so F5 never reloads the desk from under a dialog.
      if (help || e.key !== '?') e.preventDefault();
      const inDialog = e.target instanceof Element && e.target.closest('[role="dialog"]') !== null;
      if (!enabled || inDialog || e.repeat) return;
      if (help) onHelp();
      else if (shortcut) onAct(shortcut);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

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
  // A key after the act's own, once the page is drawn, means the person is already at work (the
  // field was there, they typed on and perhaps tabbed away): the caret is theirs. On a loaded
  // machine the browser handles their keys before this timer, so it would otherwise pull it back.
  let typedOn = false;
  const onKey = () => void (typedOn = true);
  window.addEventListener('keydown', onKey, true);
  const stop = () => {
    window.clearTimeout(frame);
    window.removeEventListener('keydown', onKey, true);
  };
  const attempt = () => {
    const root = main();
    // A named field is waited for (for a while: the page may show other fields first); without
    // one, the first field there is will do.
    const late = Date.now() - started > FOCUS_WAIT_MS / 2;
    const named = shortcut.focus ? (root?.querySelector<HTMLElement>(shortcut.focus) ?? null) : null;
    const target = named ?? ((!shortcut.focus || late) && root ? firstField(root) : null);
    // the page is drawn and the person is already at work in it: leave the caret where they put it
    const active = document.activeElement;
    if (target && typedOn && active && active !== document.body && root?.contains(active)) return stop();
    if (target) {
      target.focus();
      return stop();
    }
    if (Date.now() - started < FOCUS_WAIT_MS) frame = window.setTimeout(attempt, 50);
    else stop();
  };
  frame = window.setTimeout(attempt, 0);
  return stop;
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

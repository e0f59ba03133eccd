import { useEffect, useRef, type RefObject } from 'react';

const FIRST_FIELD =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

export function firstField(root: HTMLElement): HTMLElement | null {
  return root.querySelector<HTMLElement>(FIRST_FIELD);
}

/**
 * Puts the caret where the form starts. `autoFocus` does not do it inside antd dialogs: React
 * focuses while the dialog's portal is still detached, and the dialog then focuses itself. So
 * focus once mounted, and again as `deps` change until a target exists (e.g. a list that is
 * still loading). Leaves the focus alone if the person already moved it into the form.
 *
 * A dialog opening over another one (the lock screen over a half-filled form) can be refused at
 * first: the one underneath traps the caret until the new one's trap is set up, a render later,
 * and pulls it straight back. The new trap then moves the caret into its dialog, wherever it
 * likes (the language switch); so after a refusal, a move of the caret into the same dialog tries
 * again. Only then: a page under the sign-in screen is refused too, and must not take the caret
 * from wherever the person puts it once signed in.
 */
export function useInitialFocus(
  root: RefObject<HTMLElement | null>,
  pick: (root: HTMLElement) => HTMLElement | null = firstField,
  deps: readonly unknown[] = [],
): void {
  const done = useRef(false);
  const pickRef = useRef(pick);
  useEffect(() => {
    pickRef.current = pick;
  });
  useEffect(() => {
    if (done.current) return;
    let timer = 0;
    let waitingForRelease = false;
    const stopWaiting = () => {
      if (waitingForRelease) document.removeEventListener('focusin', onCaretMoved);
      waitingForRelease = false;
    };
    const onCaretMoved = (event: FocusEvent) => {
      const dialog = root.current?.closest('[role="dialog"]');
      if (!dialog || !(event.target instanceof Node) || !dialog.contains(event.target)) return stopWaiting();
      // after the trap that moved it has finished with this focus event
      window.clearTimeout(timer);
      timer = window.setTimeout(attempt, 0);
    };
    const attempt = () => {
      const element = root.current;
      if (!element || done.current) return stopWaiting();
      if (element.contains(document.activeElement) && document.activeElement !== element) {
        done.current = true;
        return stopWaiting();
      }
      const target = pickRef.current(element);
      if (!target) return;
      stopWaiting();
      target.focus();
      // Refused outside a dialog (a page under the sign-in screen): given up, as a person's
      // later work elsewhere must not be interrupted.
      if (document.activeElement === target || !element.closest('[role="dialog"]')) {
        done.current = true;
        return;
      }
      waitingForRelease = true;
      document.addEventListener('focusin', onCaretMoved);
    };
    timer = window.setTimeout(attempt, 0);
    return () => {
      window.clearTimeout(timer);
      stopWaiting();
    };
    // The caller's deps are only the trigger to try again; `pick` is read through its ref.
  }, [root, ...deps]);
}

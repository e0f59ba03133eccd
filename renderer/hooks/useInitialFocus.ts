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
    const timer = setTimeout(() => {
      const element = root.current;
      if (!element) return;
      if (element.contains(document.activeElement) && document.activeElement !== element) {
        done.current = true;
        return;
      }
      const target = pickRef.current(element);
      if (target) {
        target.focus();
        done.current = true;
      }
    }, 0);
    return () => clearTimeout(timer);
    // The caller's deps are only the trigger to try again; `pick` is read through its ref.
  }, [root, ...deps]);
}

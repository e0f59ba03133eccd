import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'pointerdown', 'wheel', 'touchstart'] as const;
/** How often activity is reported to the main process, whose own idle check must agree. */
export const TOUCH_INTERVAL_MS = 30_000;

export interface IdleLockOptions {
  enabled: boolean;
  idleMs: number;
  /** Nobody touched keys or mouse for `idleMs`. */
  onIdle: () => void;
  /** There was activity; called at most once per TOUCH_INTERVAL_MS. */
  onActive: () => void;
}

/**
 * Watches keyboard and mouse activity on the whole window. One timer, re-armed for the time
 * still left, rather than a tick every second.
 */
export function useIdleLock({ enabled, idleMs, onIdle, onActive }: IdleLockOptions): void {
  const callbacks = useRef({ onIdle, onActive });
  useEffect(() => {
    callbacks.current = { onIdle, onActive };
  });

  useEffect(() => {
    if (!enabled) return;
    let lastActivity = Date.now();
    let lastTouch = lastActivity;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const arm = (delay: number) => {
      timer = setTimeout(check, Math.max(delay, 50));
    };
    function check() {
      const idleFor = Date.now() - lastActivity;
      if (idleFor >= idleMs) callbacks.current.onIdle();
      else arm(idleMs - idleFor);
    }
    const onActivity = () => {
      const now = Date.now();
      lastActivity = now;
      if (now - lastTouch >= TOUCH_INTERVAL_MS) {
        lastTouch = now;
        callbacks.current.onActive();
      }
    };

    arm(idleMs);
    for (const name of ACTIVITY_EVENTS)
      window.addEventListener(name, onActivity, { passive: true, capture: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [enabled, idleMs]);
}

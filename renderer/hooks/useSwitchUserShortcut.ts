import { useEffect, useRef } from 'react';

/** Ctrl+L, from anywhere in the app, including while typing in a field (SPEC §1: two keys). */
export function isSwitchUserKey(e: KeyboardEvent): boolean {
  return e.ctrlKey && !e.altKey && !e.metaKey && e.key.toLowerCase() === 'l';
}

/**
 * Always claims the keys, so a browser never jumps to its address bar instead; switches only
 * while `enabled` (not while the sign-in overlay is already up).
 */
export function useSwitchUserShortcut(enabled: boolean, onSwitch: () => void): void {
  const latest = useRef({ enabled, onSwitch });
  useEffect(() => {
    latest.current = { enabled, onSwitch };
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (!isSwitchUserKey(e)) return;
      e.preventDefault();
      if (latest.current.enabled && !e.repeat) latest.current.onSwitch();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}

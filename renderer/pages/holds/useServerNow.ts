import { useEffect, useState } from 'react';

interface Reading {
  /** The main process's instant the clock was last set from. */
  serverNow: string | null;
  /** The main process's clock minus this page's. */
  offset: number;
  now: number;
}

function readingOf(serverNow: string | null): Reading {
  if (!serverNow) return { serverNow, offset: 0, now: Date.now() };
  const at = new Date(serverNow).getTime();
  return { serverNow, offset: at - Date.now(), now: at };
}

/**
 * The main process's clock, ticking each second: countdowns are measured against the instant
 * the board was read at, so a PC clock that is off does not shorten or lengthen a hold. A new
 * reading is taken in the render that brings it (React's state from the previous render), not in
 * an effect after it: the board's first drawing of a hold would otherwise measure it against the
 * page's clock, and show it expired, or with hours left, for a frame.
 */
export function useServerNow(serverNow: string | null): number {
  const [reading, setReading] = useState(() => readingOf(serverNow));
  const current = reading.serverNow === serverNow ? reading : readingOf(serverNow);
  if (current !== reading) setReading(current);
  useEffect(() => {
    const timer = setInterval(() => setReading((r) => ({ ...r, now: Date.now() + r.offset })), 1000);
    return () => clearInterval(timer);
  }, []);
  return current.now;
}

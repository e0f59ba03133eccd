import { useEffect, useRef, useState } from 'react';

/**
 * The main process's clock, ticking each second: countdowns are measured against the instant
 * the board was read at, so a PC clock that is off does not shorten or lengthen a hold.
 */
export function useServerNow(serverNow: string | null): number {
  const offset = useRef(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (serverNow) offset.current = new Date(serverNow).getTime() - Date.now();
    setNow(Date.now() + offset.current);
  }, [serverNow]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now() + offset.current), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

import { useCallback, useRef, useState } from 'react';

/**
 * A page's answer with a write's own result laid over it, shown at once: a saved walk-in is in
 * today's list the moment the write answers, not a second round trip later. The next answer
 * (the re-read the write asks for) replaces the overlay, so the list ends as the ledger has it.
 * `write(apply)` lays `apply(shown)` over the answer now shown; until there is one it does nothing.
 */
export function useWrittenOver<T>(data: T | undefined): [T | undefined, (apply: (shown: T) => T) => void] {
  const [over, setOver] = useState<{ base: T; shown: T } | null>(null);
  const current = over !== null && over.base === data ? over.shown : data;
  const latest = useRef({ data, current });
  latest.current = { data, current };
  const write = useCallback((apply: (shown: T) => T) => {
    const { data: base, current: shown } = latest.current;
    if (base === undefined || shown === undefined) return;
    const next = apply(shown);
    latest.current = { data: base, current: next };
    setOver({ base, shown: next });
  }, []);
  return [current, write];
}

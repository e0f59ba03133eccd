import { useCallback, useRef, useState } from 'react';

/**
 * A page's answer with a write's own result laid over it, shown at once: a saved walk-in is in
 * today's list the moment the write answers, not a second round trip later. The next answer
 * (the re-read the write asks for) replaces the overlay, so the list ends as the ledger has it.
 * `write(apply)` lays `apply(shown)` over the answer now shown; until there is one it does nothing.
 *
 * `received` (the Answer's `received`) names the newest answer that has come, drawn or not: an
 * answer that arrived in the same moment as the write — a re-read asked before it, still in
 * React's queue — is the one the write is laid over. Built on the answer last drawn instead, the
 * overlay was dropped as soon as that answer was drawn, and the list showed the ledger as it was
 * before the write until the write's own re-read came back (a ticket sale's stock, one sale in five
 * on a loaded machine).
 */
export function useWrittenOver<T>(
  data: T | undefined,
  received?: () => T | undefined,
): [T | undefined, (apply: (shown: T) => T) => void] {
  const [over, setOver] = useState<{ base: T; shown: T } | null>(null);
  const current = over !== null && over.base === data ? over.shown : data;
  const latest = useRef({ data, current });
  latest.current = { data, current };
  const newest = useRef(received);
  newest.current = received;
  const write = useCallback((apply: (shown: T) => T) => {
    const drawn = latest.current;
    const base = newest.current?.() ?? drawn.data;
    // What is on screen builds on `base` if it was drawn from it; a newer answer starts afresh.
    const shown = base === drawn.data ? drawn.current : base;
    if (base === undefined || shown === undefined) return;
    const next = apply(shown);
    latest.current = { data: base, current: next };
    setOver({ base, shown: next });
  }, []);
  return [current, write];
}

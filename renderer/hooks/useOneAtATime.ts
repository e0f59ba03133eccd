import { useCallback, useRef } from 'react';

/**
 * A form's submit, one at a time: a second Enter or click while the first submit's call is under
 * way is dropped. The desk's fast forms send within the key (sendIfCertain), well before the page
 * shows them busy, so a double press would otherwise sell the tickets twice or log one visitor as
 * two. The submit answers once its call is done, whatever the main process said; the next press
 * after that goes as usual. The returned function stays the same while the component lives.
 */
export function useOneAtATime<V>(submit: (values: V) => Promise<unknown>): (values: V) => void {
  const latest = useRef(submit);
  latest.current = submit;
  const running = useRef(false);
  return useCallback((values: V) => {
    if (running.current) return;
    running.current = true;
    void latest.current(values).finally(() => {
      running.current = false;
    });
  }, []);
}

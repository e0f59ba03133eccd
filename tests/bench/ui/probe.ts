/**
 * The in-page side of the UI bench, installed before the app loads (a string: it runs in the
 * page as it is written). `arm(kind, arg)` starts a measurement: the next key or pointer event
 * is the start (its event time, marked with performance.mark), and the end is the next animation
 * frame after the DOM shows the result (`kind` names the check, re-run on every DOM change and
 * frame). `result()` waits for it and answers the time with the act's requests to the host, from
 * Resource Timing: when the first left and when the last answer had come (null when the act
 * asked nothing). Long tasks (the Long Tasks API) are kept for the whole visit.
 *
 * The checks read an element's text before asking whether it is shown: text is in the DOM, while
 * "shown" (getClientRects) makes the browser lay the page out there and then — on every DOM change
 * of an act, before the page's own next frame — which is the probe's cost, not the page's.
 */
export const PROBE = String.raw`
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const visible = (el) => !!el && el.getClientRects().length > 0;
  const rows = (label) =>
    [...(label === null ? document.querySelectorAll('table') : document.querySelectorAll('[aria-label="' + label + '"]'))]
      .map((el) => (el.tagName === 'TABLE' ? el : el.querySelector('table')))
      .filter(Boolean)
      .flatMap((table) => [...table.querySelectorAll('tbody tr')])
      .filter((r) => !r.classList.contains('ant-table-measure-row'));
  const checks = {
    // a row of the table named arg.table (of any table when null) shows all of arg.texts
    row: (a) => rows(a.table).some((r) => a.texts.every((t) => r.textContent.includes(t)) && visible(r)),
    // the table named arg.table has rows, and every one shows arg.text
    allRows: (a) => {
      const rs = rows(a.table).filter((r) => r.classList.contains('ant-table-row'));
      return rs.length > 0 && rs.every((r) => r.textContent.includes(a.text));
    },
    // an element matching arg.selector is shown and its text is arg.text
    text: (a) => [...document.querySelectorAll(a.selector)].some((e) => e.textContent.trim() === a.text && visible(e)),
    // an element matching arg.selector is shown, whatever it says
    shown: (a) => [...document.querySelectorAll(a.selector)].some(visible),
    // no element matching arg.selector that shows arg.text is left on screen
    gone: (a) => ![...document.querySelectorAll(a.selector)].some((e) => e.textContent.includes(a.text) && visible(e)),
  };
  let armed = null;
  let last = null;
  const check = () => {
    if (!armed || armed.t0 === null || armed.seen) return;
    if (!checks[armed.kind](armed.arg)) return;
    armed.seen = true;
    const done = armed;
    requestAnimationFrame(() => {
      const ms = performance.now() - done.t0;
      performance.measure('ui-bench', { start: done.t0, end: done.t0 + ms });
      const calls = performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/rpc/') && e.startTime >= done.t0 && e.startTime <= done.t0 + ms);
      const answered = calls.filter((e) => e.responseEnd > 0 && e.responseEnd <= done.t0 + ms);
      armed = null;
      last = {
        ms,
        sentMs: calls.length ? Math.min(...calls.map((e) => e.startTime)) - done.t0 : null,
        answeredMs: answered.length ? Math.max(...answered.map((e) => e.responseEnd)) - done.t0 : null,
      };
      done.resolve(last);
    });
  };
  const onInput = (e) => {
    if (!armed || armed.t0 !== null) return;
    armed.t0 = e.timeStamp;
    performance.mark('ui-bench-input');
    check();
  };
  addEventListener('keydown', onInput, true);
  addEventListener('pointerdown', onInput, true);
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  const frame = () => { check(); requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  window.__uiBench = {
    arm(kind, arg) {
      // the buffer holds 250 entries by default: each act starts with it empty
      performance.clearResourceTimings();
      armed = { kind, arg, t0: null, seen: false, resolve: null };
      armed.done = new Promise((resolve) => (armed.resolve = resolve));
      return true;
    },
    result(timeoutMs) {
      const pending = armed;
      if (!pending) return Promise.resolve(last);
      return Promise.race([pending.done, new Promise((_, reject) => setTimeout(() => reject(new Error('no result within ' + timeoutMs + ' ms: ' + pending.kind + ' ' + JSON.stringify(pending.arg))), timeoutMs))]);
    },
    now: () => performance.now(),
    longTasks: (from, to) => longTasks.filter((t) => t.start >= from && t.start <= to),
  };
})();
`;

/**
 * Runs `work` once the page has painted what is being drawn now: for what follows a person's act
 * without being its result — a toast confirming it — so the result reaches the screen first.
 * Two frames, not one: the result is often still a render React has queued as a task of its
 * own, which a frame due at once would come before; by the second frame it is drawn. A frame
 * callback runs before that frame's paint; the task queued from it runs after. When no frame
 * comes (a hidden window draws none), it runs after a short wait instead, so it is never lost;
 * either way it runs once.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function')
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(once, 0)));
  setTimeout(once, NO_FRAME_MS);
}

/** Longer than two frames at 60 Hz on a loaded PC, shorter than a person notices. */
const NO_FRAME_MS = 150;

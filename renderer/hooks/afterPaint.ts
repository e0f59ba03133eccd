/**
 * Runs `work` once the frame now being prepared has been painted: for what follows a person's
 * act without being its result — a toast confirming it — so the result reaches the screen first.
 * A frame callback runs before that frame's paint; a task queued from it runs after. When no
 * frame comes (a hidden window draws none), it runs after a short wait instead, so it is never
 * lost; either way it runs once.
 */
export function afterPaint(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, NO_FRAME_MS);
}

/** Longer than a frame at 60 Hz on a loaded PC, shorter than a person notices. */
const NO_FRAME_MS = 100;

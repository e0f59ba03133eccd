import os from 'node:os';

/**
 * Lowers a backup helper's CPU priority below the desk's: the daily backup starts with the desk,
 * and its copy and verify (tens of seconds on a five-year ledger) took one of the front-desk PC's
 * two cores from the browser drawing the day's first sign-in screen. The backup is not waited
 * for by anyone; it still gets every cycle the desk leaves idle. Never above the desk's own: a
 * desk started at a lower priority still (as its child) starts the helper at its own. Where the
 * system refuses, the helper keeps the priority it was born with (nothing else changes).
 */
function helperPriority(): number {
  // larger is lower, on every platform (Windows' classes map onto the same scale)
  return Math.max(os.getPriority(), os.constants.priority.PRIORITY_BELOW_NORMAL);
}

export function yieldToTheDesk(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    os.setPriority(pid, helperPriority());
  } catch {
    // an exited process, or a platform that refuses: the backup runs at the normal priority
  }
}

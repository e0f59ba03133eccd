import os from 'node:os';

/**
 * Lowers a backup helper's CPU priority below the desk's: the daily backup starts with the desk,
 * and its copy and verify (tens of seconds on a five-year ledger) took one of the front-desk PC's
 * two cores from the browser drawing the day's first sign-in screen. The backup is not waited
 * for by anyone; it still gets every cycle the desk leaves idle. Where the system refuses, the
 * helper keeps the normal priority (nothing else changes).
 */
export function yieldToTheDesk(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    os.setPriority(pid, os.constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // an exited process, or a platform that refuses: the backup runs at the normal priority
  }
}

/**
 * A sales office's id at the group headquarters: set once, when the ledger is created (`init`,
 * the first-run screen), and the name HQ files the office's ledger under. Lowercase letters,
 * digits and hyphens, 2–32 of them, starting with a letter or digit: it becomes part of the
 * office's PostgreSQL role name at HQ.
 */
export const OFFICE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,31}$/;

/** The demo office's id: fixed, so the demo office is the same office at HQ every time. */
export const DEMO_OFFICE_ID = 'demo-mljd';

export function isOfficeId(value: string): boolean {
  return OFFICE_ID_PATTERN.test(value);
}

import type { Role } from './vocab/office';

/** The roles of SPEC §1, a closed set of the office's vocabulary. A person may hold several. */
export { ROLES, ROLE_LABELS, type Role } from './vocab/office';

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((r) => held.includes(r));
}

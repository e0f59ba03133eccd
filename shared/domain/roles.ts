/** The roles of SPEC §1. A person may hold several. */
export const ROLES = [
  'receptionist',
  'assistant',
  'consultant',
  'deputy',
  'manager',
  'cashier',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function hasAnyRole(held: readonly Role[], wanted: readonly Role[]): boolean {
  return wanted.some((r) => held.includes(r));
}

import type { Role } from '../../../shared/domain/roles';

/** A person of the office as the pickers offer them (the sign-in roster). */
export interface Person {
  id: number;
  name: string;
  roles: Role[];
}

/** Who can be complained about, receive or handle a complaint: the office's staff, not the administrator. */
export function officeStaff(roster: readonly Person[] | undefined): Person[] {
  return (roster ?? []).filter((p) => p.roles.some((r) => r !== 'admin'));
}

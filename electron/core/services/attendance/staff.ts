import type { ReadableDB } from '../../../../db/access';
import { AppError } from '../../../../shared/domain/errors';
import type { Role } from '../../../../shared/domain/roles';
import { findUser, rolesOf, type UserRow } from '../../auth/users';
import { listUsers } from '../users';

/** A person of the office as the people registers name them. */
export interface StaffMember {
  id: number;
  name: string;
  roles: Role[];
  active: boolean;
}

/** Everyone holding a role other than the administrator's clocks in, goes out and is rostered. */
export function isStaff(roles: readonly Role[]): boolean {
  return roles.some((r) => r !== 'admin');
}

function member(row: UserRow): StaffMember {
  return { id: row.id, name: row.name, roles: rolesOf(row), active: row.active === 1 };
}

/** The office's staff, by name; the deactivated too when asked (a past month names them). */
export async function officeStaff(db: ReadableDB, includeInactive = false): Promise<StaffMember[]> {
  return (await listUsers(db, includeInactive)).map(member).filter((m) => isStaff(m.roles));
}

/** An active member of staff, or the refusal saying why not. */
export async function requireStaffMember(
  db: ReadableDB,
  userId: number,
): Promise<StaffMember & { row: UserRow }> {
  const row = await findUser(db, userId);
  if (!row) throw new AppError('USER_NOT_FOUND', { id: userId });
  const m = member(row);
  if (!m.active) throw new AppError('USER_INACTIVE', { name: m.name });
  if (!isStaff(m.roles)) throw new AppError('ATTENDANCE_NOT_STAFF', { name: m.name });
  return { ...m, row };
}

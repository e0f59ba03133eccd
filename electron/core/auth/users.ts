import type { Selectable } from 'kysely';
import type { ReadableDB } from '../../../db/access';
import type { UsersTable } from '../../../db/schema';
import type { Role } from '../../../shared/domain/roles';

/**
 * The users as core reads them to admit a caller and check a second person's PIN; the users
 * service, which writes them, reads them through these too.
 */
export type UserRow = Selectable<UsersTable>;

export function rolesOf(row: Pick<UserRow, 'roles'>): Role[] {
  return JSON.parse(row.roles) as Role[];
}

export async function findUser(db: ReadableDB, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

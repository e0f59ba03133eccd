import type { ReadableDB } from '../../../../db/access';
import type { UserView } from '../../../../shared/contract/users';
import { AppError } from '../../../../shared/domain/errors';
import type { Role } from '../../../../shared/domain/roles';
import { classifySecret, hashSecret } from '../../auth/secrets';
import { findUser, rolesOf, type UserRow } from '../../auth/users';
import type { Actor, CallContext, CallReader } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    name: row.name,
    roles: rolesOf(row),
    secretKind: row.secret_kind,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function requireUser(db: ReadableDB, id: number): Promise<UserRow> {
  const row = await findUser(db, id);
  if (!row) throw new AppError('USER_NOT_FOUND', { id });
  return row;
}

/** The signed-in user as the router sees them, or null when they no longer may act. */
export async function loadActor(db: ReadableDB, id: number): Promise<Actor | null> {
  const row = await findUser(db, id);
  if (!row || row.active !== 1) return null;
  return { id: row.id, name: row.name, roles: rolesOf(row) };
}

/**
 * The reader a list that names people runs with: the call's context inside a call; outside one
 * (a test, a tool) the ledger itself, the staff's names read from the file once. Inside a call
 * the names always come from ctx.staffNames(), which the router keeps between calls.
 */
export async function readerOf(source: CallReader | ReadableDB): Promise<CallReader> {
  if ('staffNames' in source) return source;
  const names = new Map((await listUsers(source, true)).map((u) => [u.id, u.name]));
  return { db: source, staffNames: () => names };
}

export async function countUsers(db: ReadableDB): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listUsers(db: ReadableDB, includeInactive: boolean): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll().orderBy('name');
  if (!includeInactive) q = q.where('active', '=', 1);
  return q.execute();
}

export async function createUser(
  ctx: CallContext,
  input: { name: string; roles: Role[]; secret: string },
): Promise<UserRow> {
  const roles = uniqueRoles(input.roles);
  const kind = classifySecret(input.secret, roles);
  const clash = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('name', '=', input.name)
    .executeTakeFirst();
  if (clash) throw new AppError('NAME_TAKEN', { name: input.name });
  return ctx.writer.insert('users', {
    name: input.name,
    roles: JSON.stringify(roles),
    secret_kind: kind,
    secret_hash: await hashSecret(input.secret),
    secret_set_at: ctx.at,
    active: 1,
    created_at: ctx.at,
  });
}

export async function setUserSecret(ctx: CallContext, user: UserRow, secret: string): Promise<UserRow> {
  const kind = classifySecret(secret, rolesOf(user));
  return ctx.writer.update('users', user.id, {
    secret_kind: kind,
    secret_hash: await hashSecret(secret),
    secret_set_at: ctx.at,
  });
}

function uniqueRoles(roles: Role[]): Role[] {
  return [...new Set(roles)];
}

async function otherActiveAdmins(db: ReadableDB, exceptId: number): Promise<number> {
  const rows = await db
    .selectFrom('users')
    .select('roles')
    .where('active', '=', 1)
    .where('id', '!=', exceptId)
    .execute();
  return rows.filter((r) => rolesOf(r).includes('admin')).length;
}

async function guardLastAdmin(db: ReadableDB, user: UserRow): Promise<void> {
  if (rolesOf(user).includes('admin') && (await otherActiveAdmins(db, user.id)) === 0) {
    throw new AppError('LAST_ADMIN');
  }
}

export const usersHandlers: HandlersOf<'users'> = {
  'users.list': async (input, ctx) => (await listUsers(ctx.db, input.includeInactive)).map(toUserView),

  'users.create': async (input, ctx) => toUserView(await createUser(ctx, input)),

  'users.setRoles': async (input, ctx) => {
    const user = await requireUser(ctx.db, input.userId);
    const roles = uniqueRoles(input.roles);
    if (!roles.includes('admin') && user.active === 1) await guardLastAdmin(ctx.db, user);
    if (user.secret_kind === 'password' && !roles.includes('manager') && !roles.includes('admin')) {
      throw new AppError('PASSWORD_NOT_ALLOWED');
    }
    return toUserView(await ctx.writer.update('users', user.id, { roles: JSON.stringify(roles) }));
  },

  'users.resetSecret': async (input, ctx) => {
    const user = await requireUser(ctx.db, input.userId);
    return toUserView(await setUserSecret(ctx, user, input.secret));
  },

  'users.deactivate': async (input, ctx) => {
    const user = await requireUser(ctx.db, input.userId);
    if (user.active === 0) return toUserView(user);
    await guardLastAdmin(ctx.db, user);
    const row = await ctx.writer.update('users', user.id, { active: 0 });
    if (ctx.desk.userId === user.id) ctx.desk.signOut();
    return toUserView(row);
  },

  'users.reactivate': async (input, ctx) => {
    const user = await requireUser(ctx.db, input.userId);
    if (user.active === 1) return toUserView(user);
    return toUserView(await ctx.writer.update('users', user.id, { active: 1 }));
  },
};

export const usersService: ServiceModule<'users'> = {
  handlers: usersHandlers,
};

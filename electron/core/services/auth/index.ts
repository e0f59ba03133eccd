import type { Kysely, Selectable } from 'kysely';
import type { Database, UsersTable } from '../../../../db/schema';
import type { SessionView } from '../../../../shared/contract/auth';
import { AppError } from '../../../../shared/domain/errors';
import type { Role } from '../../../../shared/domain/roles';
import { verifySecret } from '../../auth/secrets';
import type { Actor, CallContext } from '../../context';
import type { HandlersOf } from '../../handler';
import { postNotification } from '../notifications';
import { writeSettings } from '../settings';
import { countUsers, createUser, findUser, listUsers, loadActor, rolesOf, setUserSecret } from '../users';

/** Five wrong PINs in a row lock that user for five minutes (SPEC §1). */
export const MAX_WRONG_SECRETS = 5;
export const LOCKOUT_MS = 5 * 60_000;

type Purpose = 'sign_in' | 'countersign' | 'change_secret';
type UserRow = Selectable<UsersTable>;

interface LockState {
  lockedUntil: string | null;
  consecutiveFailures: number;
}

/**
 * Derived from the append-only attempts: failures count since the last success, the last
 * lock-out, or the last PIN reset, whichever is latest.
 */
export async function lockState(db: Kysely<Database>, user: UserRow, now: Date): Promise<LockState> {
  const recent = await db
    .selectFrom('sign_in_attempts')
    .select(['ok', 'at', 'locked_until'])
    .where('user_id', '=', user.id)
    .where('at', '>=', user.secret_set_at)
    .orderBy('id', 'desc')
    .limit(MAX_WRONG_SECRETS)
    .execute();
  let failures = 0;
  for (const attempt of recent) {
    if (attempt.locked_until !== null) {
      if (attempt.locked_until > now.toISOString()) {
        return { lockedUntil: attempt.locked_until, consecutiveFailures: failures + 1 };
      }
      break;
    }
    if (attempt.ok === 1) break;
    failures++;
  }
  return { lockedUntil: null, consecutiveFailures: failures };
}

function localTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/**
 * Checks a user's PIN or password, recording the attempt. A wrong secret is refused with
 * `keepWrites`, so the attempt survives the refusal and counts towards the lock-out.
 */
export async function checkSecret(
  ctx: CallContext,
  user: UserRow,
  secret: string,
  purpose: Purpose,
): Promise<void> {
  if (user.active !== 1) throw new AppError('USER_INACTIVE', { name: user.name });
  const state = await lockState(ctx.db, user, ctx.now);
  if (state.lockedUntil) {
    throw new AppError('USER_LOCKED_OUT', { name: user.name, until: localTime(state.lockedUntil) });
  }
  const ok = await verifySecret(secret, user.secret_hash);
  const failures = ok ? 0 : state.consecutiveFailures + 1;
  const lockedUntil =
    failures >= MAX_WRONG_SECRETS ? new Date(ctx.now.getTime() + LOCKOUT_MS).toISOString() : null;
  await ctx.writer.insert(
    'sign_in_attempts',
    {
      user_id: user.id,
      at: ctx.at,
      business_date: ctx.businessDate,
      purpose,
      ok: ok ? 1 : 0,
      locked_until: lockedUntil,
    },
    { survivesRefusal: true },
  );
  if (ok) return;
  if (lockedUntil) {
    await postNotification(ctx, {
      survivesRefusal: true,
      kind: 'user_locked_out',
      severity: 'warning',
      titleKey: 'userLockedOut',
      params: { name: user.name, until: localTime(lockedUntil) },
      forRoles: ['manager', 'admin'],
    });
    throw new AppError(
      'USER_LOCKED_OUT',
      { name: user.name, until: localTime(lockedUntil) },
      { keepWrites: true },
    );
  }
  throw new AppError('WRONG_SECRET', { remaining: MAX_WRONG_SECRETS - failures }, { keepWrites: true });
}

/**
 * The second person of a two-person act: someone other than the actor, holding one of the
 * roles, with their own PIN typed into the same dialog (SPEC §1).
 */
export async function verifyCountersign(
  ctx: CallContext,
  countersign: { userId: number; secret: string } | undefined,
  roles: readonly Role[],
): Promise<Actor> {
  const needs = roles.join(', ');
  if (!countersign) throw new AppError('COUNTERSIGN_REQUIRED', { roles: needs });
  if (ctx.actor && countersign.userId === ctx.actor.id) throw new AppError('COUNTERSIGN_SELF');
  const user = await findUser(ctx.db, countersign.userId);
  if (!user) throw new AppError('USER_NOT_FOUND', { id: countersign.userId });
  const held = rolesOf(user);
  if (!roles.some((r) => held.includes(r))) {
    throw new AppError('COUNTERSIGN_ROLE', { name: user.name, roles: needs });
  }
  await checkSecret(ctx, user, countersign.secret, 'countersign');
  return { id: user.id, name: user.name, roles: held };
}

export async function sessionView(ctx: CallContext): Promise<SessionView> {
  const actor = ctx.desk.userId === null ? null : await loadActor(ctx.db, ctx.desk.userId);
  return {
    setupRequired: (await countUsers(ctx.db)) === 0,
    user: actor,
    locked: actor !== null && ctx.desk.locked,
    idleLockSeconds: ctx.settings.idleLockMinutes * 60,
    projectName: ctx.settings.projectName,
  };
}

export const authHandlers: HandlersOf<'auth'> = {
  'auth.session': (_input, ctx) => sessionView(ctx),

  'auth.roster': async (_input, ctx) => {
    const users = await listUsers(ctx.db, false);
    return Promise.all(
      users.map(async (u) => ({
        id: u.id,
        name: u.name,
        roles: rolesOf(u),
        secretKind: u.secret_kind,
        lockedUntil: (await lockState(ctx.db, u, ctx.now)).lockedUntil,
      })),
    );
  },

  'auth.setup': async (input, ctx) => {
    if ((await countUsers(ctx.db)) > 0) throw new AppError('SETUP_DONE');
    const admin = await createUser(ctx, {
      name: input.adminName,
      roles: ['admin'],
      secret: input.adminSecret,
    });
    ctx.settings = await writeSettings(ctx, { projectName: input.projectName });
    ctx.desk.signIn(admin.id, ctx.now.getTime());
    return sessionView(ctx);
  },

  'auth.signIn': async (input, ctx) => {
    const user = await findUser(ctx.db, input.userId);
    if (!user) throw new AppError('USER_NOT_FOUND', { id: input.userId });
    // The audit row of a sign-in, accepted or refused, names the person who tried, not whoever
    // held the desk before.
    ctx.actor = { id: user.id, name: user.name, roles: rolesOf(user) };
    await checkSecret(ctx, user, input.secret, 'sign_in');
    ctx.desk.signIn(user.id, ctx.now.getTime());
    return sessionView(ctx);
  },

  'auth.signOut': (_input, ctx) => {
    ctx.desk.signOut();
    return sessionView(ctx);
  },

  'auth.lock': (_input, ctx) => {
    ctx.desk.lock();
    return sessionView(ctx);
  },

  'auth.touch': () => ({ done: true as const }),

  'auth.changeOwnSecret': async (input, ctx) => {
    const user = await findUser(ctx.db, ctx.actor!.id);
    if (!user) throw new AppError('USER_NOT_FOUND', { id: ctx.actor!.id });
    await checkSecret(ctx, user, input.currentSecret, 'change_secret');
    await setUserSecret(ctx, user, input.newSecret);
    return { done: true as const };
  },
};

import type { ReadableDB } from '../../../db/access';
import { AppError } from '../../../shared/domain/errors';
import type { Role } from '../../../shared/domain/roles';
import type { SignInPurpose } from '../../../shared/domain/vocab';
import { localTime } from '../clock';
import type { Actor, CallContext } from '../context';
import { postNotification } from '../notifications';
import { verifySecret } from './secrets';
import { findUser, rolesOf, type UserRow } from './users';

/**
 * Checking a person's PIN or password — their own at sign-in, or a second person's for a
 * two-person act — and recording every attempt, which is what the lock-out counts.
 */

/** Five wrong PINs in a row lock that user for five minutes (SPEC §1). */
export const MAX_WRONG_SECRETS = 5;
export const LOCKOUT_MS = 5 * 60_000;

type Purpose = SignInPurpose;

interface LockState {
  lockedUntil: string | null;
  consecutiveFailures: number;
}

/**
 * Derived from the append-only attempts: failures count since the last success, the last
 * lock-out, or the last PIN reset, whichever is latest.
 */
export async function lockState(db: ReadableDB, user: UserRow, now: Date): Promise<LockState> {
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

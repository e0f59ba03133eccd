import { AppError } from '../../../shared/domain/errors';
import type { Role } from '../../../shared/domain/roles';
import type { Actor, CallContext } from '../context';
import { checkSecret } from './attempts';
import { findUser, rolesOf } from './users';

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

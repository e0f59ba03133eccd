import type { HoldViewLevel } from '../../../../shared/domain/vocab';
import { AppError } from '../../../../shared/domain/errors';
import type { Actor, ReadCallContext } from '../../context';

/**
 * Who reads what of the 销控 (000:719-721 rules 37-38: staff may not look at the 销控表 or the
 * reports without the manager's consent; 000:629-637: the manager runs it, the deputy in his
 * absence). Decided here, in the main process, for every call that answers about holds; the
 * renderer only shows what it is given.
 *
 * - `full`: the manager and the deputy, the app itself, and anyone they authorised for a period
 *   that is running now — the board with customers and prices, the whole register, the funnel.
 * - `status`: when the office chose `boardVisibility: statusForAll`, everyone else sees the
 *   board's colours (never customers, prices or expiries of others' holds) and their own holds.
 * - `own`: otherwise, their own holds only, and "is this unit free?" one named unit at a time.
 */
export interface Viewer {
  actor: Actor | null;
  level: HoldViewLevel;
}

export function isManagerOrDeputy(actor: Actor): boolean {
  return actor.roles.includes('manager') || actor.roles.includes('deputy');
}

/** The authorisation in force for a person now, if any: its end. */
export async function grantInForce(ctx: ReadCallContext, userId: number): Promise<string | null> {
  const row = await ctx.db
    .selectFrom('hold_board_grants as g')
    .select('g.until_at')
    .where('g.grantee_id', '=', userId)
    .where('g.from_at', '<=', ctx.at)
    .where('g.until_at', '>', ctx.at)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(selectFrom('hold_board_revocations as r').select('r.id').whereRef('r.grant_id', '=', 'g.id')),
      ),
    )
    .orderBy('g.until_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.until_at ?? null;
}

/** What the caller may read of the 销控, and why (the end of their authorisation, if that is it). */
export async function viewAccess(
  ctx: ReadCallContext,
): Promise<{ level: HoldViewLevel; grantUntil: string | null }> {
  const actor = ctx.actor;
  if (actor === null || isManagerOrDeputy(actor)) return { level: 'full', grantUntil: null };
  const until = await grantInForce(ctx, actor.id);
  if (until !== null) return { level: 'full', grantUntil: until };
  return { level: ctx.settings.boardVisibility === 'statusForAll' ? 'status' : 'own', grantUntil: null };
}

export async function viewerOf(ctx: ReadCallContext): Promise<Viewer> {
  return { actor: ctx.actor, level: (await viewAccess(ctx)).level };
}

/** The board is for those who read the 销控, or everyone's colours when the office chose so. */
export async function requireBoard(ctx: ReadCallContext): Promise<Viewer> {
  const viewer = await viewerOf(ctx);
  if (viewer.level === 'own') throw new AppError('HOLDS_CONFIDENTIAL');
  return viewer;
}

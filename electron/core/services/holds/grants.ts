import { MAX_GRANT_DAYS, type BoardGrant } from '../../../../shared/contract/holdAccess';
import { AppError } from '../../../../shared/domain/errors';
import { findUser, rolesOf } from '../../auth/users';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { postNotification } from '../../notifications';
import { localDateTime } from './format';

/**
 * Authorisations to read the 销控 for a period (000:721 rule 38: "未经专案或经理级以上人员同意"):
 * granted by the manager or the deputy — who, to whom, from when until when, why — and ended
 * early by a revocation. Both are facts; whether one is in force is derived from the clock.
 */

const DAY_MS = 86_400_000;

interface GrantRow {
  id: number;
  grantee_id: number;
  granted_by: number;
  from_at: string;
  until_at: string;
  reason: string;
  at: string;
  revoked_at: string | null;
  revoked_by: number | null;
  revoke_reason: string | null;
}

function grantsQuery(ctx: ReadCallContext) {
  return ctx.db
    .selectFrom('hold_board_grants as g')
    .leftJoin('hold_board_revocations as r', 'r.grant_id', 'g.id')
    .select([
      'g.id',
      'g.grantee_id',
      'g.granted_by',
      'g.from_at',
      'g.until_at',
      'g.reason',
      'g.at',
      'r.at as revoked_at',
      'r.revoked_by',
      'r.reason as revoke_reason',
    ]);
}

function toGrantView(ctx: ReadCallContext, g: GrantRow): BoardGrant {
  const names = ctx.staffNames();
  const name = (id: number) => names.get(id) ?? `#${id}`;
  return {
    id: g.id,
    granteeId: g.grantee_id,
    granteeName: name(g.grantee_id),
    grantedByName: name(g.granted_by),
    from: g.from_at,
    until: g.until_at,
    reason: g.reason,
    at: g.at,
    revoked:
      g.revoked_at === null
        ? null
        : { at: g.revoked_at, byName: name(g.revoked_by!), reason: g.revoke_reason },
    active: g.revoked_at === null && g.from_at <= ctx.at && ctx.at < g.until_at,
  };
}

/** Every authorisation, the ones in force or still to come first, then the newest. */
export async function listGrants(ctx: ReadCallContext): Promise<BoardGrant[]> {
  const rows = (await grantsQuery(ctx).orderBy('g.id', 'desc').limit(500).execute()) as GrantRow[];
  const views = rows.map((g) => toGrantView(ctx, g));
  const current = (v: BoardGrant) => v.revoked === null && v.until > ctx.at;
  return [...views.filter(current), ...views.filter((v) => !current(v))];
}

async function grantView(ctx: ReadCallContext, id: number): Promise<BoardGrant> {
  const row = await grantsQuery(ctx).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('GRANT_NOT_FOUND', { id });
  return toGrantView(ctx, row);
}

export async function grantBoardAccess(
  ctx: CallContext,
  input: { userId: number; from?: string; until: string; reason: string },
): Promise<BoardGrant> {
  const actor = requireActor(ctx);
  const user = await findUser(ctx.db, input.userId);
  if (!user) throw new AppError('USER_NOT_FOUND', { id: input.userId });
  if (user.active !== 1) throw new AppError('GRANT_INACTIVE_USER', { name: user.name });
  const roles = rolesOf(user);
  if (user.id === actor.id || roles.includes('manager') || roles.includes('deputy')) {
    throw new AppError('GRANT_NOT_NEEDED', { name: user.name });
  }
  const from = new Date(input.from ?? ctx.at);
  const until = new Date(input.until);
  const longest = from.getTime() + MAX_GRANT_DAYS * DAY_MS;
  if (until.getTime() <= ctx.now.getTime() || until <= from || until.getTime() > longest) {
    throw new AppError('GRANT_BAD_PERIOD', { days: MAX_GRANT_DAYS });
  }
  const row = await ctx.writer.insert('hold_board_grants', {
    grantee_id: user.id,
    granted_by: actor.id,
    from_at: from.toISOString(),
    until_at: until.toISOString(),
    reason: input.reason,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  // The deputy runs the 销控 in the manager's absence and tells him at once (000:629).
  if (!actor.roles.includes('manager')) {
    await postNotification(ctx, {
      kind: 'board_access_granted',
      severity: 'warning',
      titleKey: 'holdBoardGranted',
      params: {
        by: actor.name,
        name: user.name,
        until: localDateTime(until.toISOString()),
        reason: input.reason,
      },
      forRoles: ['manager'],
    });
  }
  return grantView(ctx, row.id);
}

export async function revokeBoardAccess(
  ctx: CallContext,
  input: { grantId: number; reason?: string },
): Promise<BoardGrant> {
  const actor = requireActor(ctx);
  const grant = await grantView(ctx, input.grantId);
  if (grant.revoked !== null || grant.until <= ctx.at) {
    throw new AppError('GRANT_ALREADY_ENDED', { id: grant.id });
  }
  await ctx.writer.insert('hold_board_revocations', {
    grant_id: grant.id,
    revoked_by: actor.id,
    reason: input.reason ?? null,
    at: ctx.at,
    business_date: ctx.businessDate,
  });
  return grantView(ctx, grant.id);
}

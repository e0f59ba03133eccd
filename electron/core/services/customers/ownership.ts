import { sql, type Selectable } from 'kysely';
import type { ReadableDB } from '../../../../db/access';
import { selectRows } from '../../../../db/rows';
import type { OwnershipClaimsTable, OwnershipDecisionsTable } from '../../../../db/schema';
import type { DisputeView } from '../../../../shared/contract/customers';
import { AppError } from '../../../../shared/domain/errors';
import type { CallContext, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import type { HandlersOf } from '../../handler';
import { customerView, loadCustomer, loadCustomers } from './records';
import { postNotification } from '../../notifications';

/**
 * Customer ownership disputes (客户归属, 004:233-255, 004:337 rule 8): a second consultant's claim
 * on an owned customer waits for the manager, whose decision (with a reason) sets the owner from
 * then on. Claims and decisions are facts; the owner is derived (see loadCustomers).
 */
type ClaimRow = Selectable<OwnershipClaimsTable>;

async function openClaimOn(db: ReadableDB, customerId: number): Promise<ClaimRow | undefined> {
  return db
    .selectFrom('ownership_claims as c')
    .leftJoin('ownership_decisions as d', 'd.claim_id', 'c.id')
    .selectAll('c')
    .where('c.customer_id', '=', customerId)
    .where('d.id', 'is', null)
    .orderBy('c.id')
    .executeTakeFirst();
}

/** Raises a dispute, or returns the one already waiting for the manager on this customer. */
export async function raiseClaim(
  ctx: CallContext,
  claim: { customerId: number; claimantId: number; visitId: number | null; note: string | null },
): Promise<number> {
  const open = await openClaimOn(ctx.db, claim.customerId);
  if (open) return open.id;
  const row = await ctx.writer.insert('ownership_claims', {
    customer_id: claim.customerId,
    claimant_id: claim.claimantId,
    visit_id: claim.visitId,
    note: claim.note,
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: requireActor(ctx).id,
  });
  const names = ctx.staffNames();
  await postNotification(ctx, {
    kind: 'ownership_dispute',
    severity: 'warning',
    titleKey: 'ownershipDispute',
    params: { claimant: names.get(claim.claimantId) ?? '', customerId: claim.customerId },
    forRoles: ['manager'],
  });
  return row.id;
}

type DecisionRow = Selectable<OwnershipDecisionsTable>;

async function decisionsOf(ctx: ReadCallContext, claims: ClaimRow[]): Promise<Map<number, DecisionRow>> {
  const decisions = claims.length
    ? await ctx.db
        .selectFrom('ownership_decisions')
        .selectAll()
        .where(
          'claim_id',
          'in',
          claims.map((c) => c.id),
        )
        .execute()
    : [];
  return new Map(decisions.map((d) => [d.claim_id, d]));
}

/** `decisions`: the claims' decisions when already read (by claim), else they are read here. */
async function disputeViews(
  ctx: ReadCallContext,
  claims: ClaimRow[],
  known?: Map<number, DecisionRow>,
): Promise<DisputeView[]> {
  const actor = requireActor(ctx);
  const names = ctx.staffNames();
  const customers = await loadCustomers(
    ctx.db,
    claims.map((c) => c.customer_id),
    ctx.raw,
  );
  const decisions = known ?? (await decisionsOf(ctx, claims));
  return claims.map((c) => {
    const d = decisions.get(c.id);
    return {
      claimId: c.id,
      at: c.at,
      customer: customerView(customers.get(c.customer_id)!, actor, names),
      claimantId: c.claimant_id,
      claimantName: names.get(c.claimant_id) ?? '',
      visitId: c.visit_id,
      note: c.note,
      decision: d
        ? {
            ownerId: d.owner_id,
            ownerName: names.get(d.owner_id) ?? '',
            reason: d.reason,
            at: d.at,
            by: names.get(d.decided_by) ?? '',
          }
        : null,
    };
  });
}

async function requireClaim(db: ReadableDB, id: number): Promise<ClaimRow> {
  const claim = await db.selectFrom('ownership_claims').selectAll().where('id', '=', id).executeTakeFirst();
  if (!claim) throw new AppError('DISPUTE_NOT_FOUND', { id });
  return claim;
}

export const ownershipHandlers = {
  'customers.claim': async (input, ctx) => {
    const actor = requireActor(ctx);
    const customer = await loadCustomer(ctx.db, input.customerId);
    if (customer.ownerId === null) throw new AppError('CUSTOMER_UNOWNED');
    if (customer.ownerId === actor.id) throw new AppError('ALREADY_OWNER');
    if (await openClaimOn(ctx.db, customer.id)) throw new AppError('DISPUTE_OPEN');
    const id = await raiseClaim(ctx, {
      customerId: customer.id,
      claimantId: actor.id,
      visitId: null,
      note: input.note,
    });
    return (await disputeViews(ctx, [await requireClaim(ctx.db, id)]))[0]!;
  },

  'customers.disputes': async (input, ctx) => {
    // Open ones first, then newest first; a page at a time, each customer's record (counts,
    // owner) worked out for the page only.
    const claims = selectRows(
      ctx.raw,
      ctx.db
        .selectFrom('ownership_claims as c')
        .leftJoin('ownership_decisions as d', 'd.claim_id', 'c.id')
        .selectAll('c')
        .$if(!input.includeDecided, (q) => q.where('d.id', 'is', null))
        .$if(input.beforeId !== undefined, (q) => q.where('c.id', '<', input.beforeId!))
        .$if(input.includeDecided, (q) => q.orderBy(sql`d.id IS NOT NULL`))
        .orderBy('c.id', 'desc')
        .limit(input.limit)
        .offset(input.offset),
    );
    // Open claims have no decision: nothing more to read for them.
    return disputeViews(ctx, claims, input.includeDecided ? undefined : new Map());
  },

  'customers.decide': async (input, ctx) => {
    const actor = requireActor(ctx);
    const claim = await requireClaim(ctx.db, input.claimId);
    const decided = await ctx.db
      .selectFrom('ownership_decisions')
      .select('id')
      .where('claim_id', '=', claim.id)
      .executeTakeFirst();
    if (decided) throw new AppError('DISPUTE_DECIDED');
    const customer = await loadCustomer(ctx.db, claim.customer_id);
    if (input.ownerId !== customer.ownerId && input.ownerId !== claim.claimant_id) {
      throw new AppError('DISPUTE_OWNER_INVALID');
    }
    await ctx.writer.insert('ownership_decisions', {
      claim_id: claim.id,
      customer_id: claim.customer_id,
      owner_id: input.ownerId,
      reason: input.reason,
      at: ctx.at,
      business_date: ctx.businessDate,
      decided_by: actor.id,
    });
    return (await disputeViews(ctx, [claim]))[0]!;
  },
} satisfies Partial<HandlersOf<'customers'>>;

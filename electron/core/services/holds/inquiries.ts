import type { InquiryView } from '../../../../shared/contract/holdAccess';
import { selectRows } from '../../../../db/rows';
import { requireActor, type CallContext, type ReadCallContext } from '../../context';
import { requireUnit, unitLabel, unitNamesByIds } from '../units';
import { claimedHold, lapsed } from './state';

/**
 * "Is 3-1-302 free?" (000:631: the consultant asks the manager before selling a unit). Answered
 * free or not free — never who holds it or why — and every question is kept with its answer, so
 * the manager sees who asked about what (a way round the board would show up here).
 */
export async function askWhetherFree(
  ctx: CallContext,
  unitId: number,
): Promise<{ unitId: number; unitLabel: string; free: boolean; at: string }> {
  const actor = requireActor(ctx);
  const unit = await requireUnit(ctx.db, unitId);
  const hold = await claimedHold(ctx, unit.id);
  // A hold whose time ran out no longer claims the unit, even before the job records it.
  const free = unit.withheld === 0 && (hold === null || lapsed(hold, ctx.now));
  await ctx.writer.insert('hold_inquiries', {
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: actor.id,
    unit_id: unit.id,
    free: free ? 1 : 0,
  });
  return { unitId: unit.id, unitLabel: unitLabel(unit), free, at: ctx.at };
}

export function listInquiries(
  ctx: ReadCallContext,
  page: { beforeId?: number; limit: number },
): InquiryView[] {
  const rows = selectRows(
    ctx.raw,
    ctx.db
      .selectFrom('hold_inquiries')
      .selectAll()
      .$if(page.beforeId !== undefined, (q) => q.where('id', '<', page.beforeId!))
      .orderBy('id', 'desc')
      .limit(page.limit),
  );
  const units = unitNamesByIds(
    ctx,
    rows.map((r) => r.unit_id),
  );
  const names = ctx.staffNames();
  return rows.map((r) => ({
    id: r.id,
    at: r.at,
    askedByName: names.get(r.actor_id) ?? `#${r.actor_id}`,
    unitLabel: unitLabel(units.get(r.unit_id)!),
    free: r.free === 1,
  }));
}

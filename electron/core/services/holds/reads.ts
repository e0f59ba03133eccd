import type { HoldView } from '../../../../shared/contract/holds';
import { selectRows } from '../../../../db/rows';
import { requireActor } from '../../context';
import type { HandlersOf } from '../../handler';
import { listBuildings, unitNamesByIds, unitsOfBuilding } from '../units';
import { loadDeposits, loadFacts } from './facts';
import { boardFacts, claimedHoldsOf } from './boardReads';
import { lapsed, loadHoldHeads, loadHolds, openClaimedHolds, type DerivedHold } from './state';
import { mayRead, toBoardUnit, toEventView, toHoldView } from './views';
import { requireBoard, viewerOf, type Viewer } from './visibility';
import type { ReadCallContext } from '../../context';

/** Holds as the viewer may read them, each with its unit, its report, deposit and refund. */
function holdViews(ctx: ReadCallContext, holds: DerivedHold[], viewer: Viewer): HoldView[] {
  const units = unitNamesByIds(
    ctx,
    holds.map((h) => h.row.unit_id),
  );
  const facts = loadFacts(
    ctx,
    holds.map((h) => h.row.id),
  );
  return holds.map((h) => toHoldView(h, units.get(h.row.unit_id)!, viewer, facts, ctx));
}

/** The readings of the 销控: the board, one's own holds, the managers' lists, the register. */
export const readHandlers = {
  'holds.board': async (input, ctx) => {
    const viewer = await requireBoard(ctx);
    // One building at a time: a big project's 2,000 units are 20 buildings of 100.
    const buildings = listBuildings(ctx);
    const building =
      input.building !== undefined && buildings.includes(input.building)
        ? input.building
        : (buildings[0] ?? null);
    if (building === null) return { now: ctx.at, buildings: [...buildings], building, units: [] }; // no units yet
    const units = unitsOfBuilding(ctx, building);
    const claimed = claimedHoldsOf(
      ctx,
      building,
      units.map((u) => u.id),
    );
    // Only what the cells show: the reports and deposits of the holds the viewer may read now.
    const readable = [...claimed.values()].filter((h) => !lapsed(h, ctx.now) && mayRead(viewer, h));
    const facts = boardFacts(ctx, building, claimed, readable);
    return {
      now: ctx.at,
      buildings: [...buildings],
      building,
      units: units.map((u) => toBoardUnit(u, claimed.get(u.id), viewer, ctx.now, facts, ctx)),
    };
  },

  'holds.mine': async (input, ctx) => {
    const actor = requireActor(ctx);
    const ids = await ctx.db
      .selectFrom('holds')
      .select('id')
      .where((eb) => eb.or([eb('consultant_id', '=', actor.id), eb('requested_by', '=', actor.id)]))
      .orderBy('id', 'desc')
      .limit(input.limit)
      .execute();
    const holds = (
      await loadHolds(
        ctx,
        ids.map((r) => r.id),
      )
    ).sort((a, b) => b.row.id - a.row.id);
    return holdViews(ctx, holds, await viewerOf(ctx));
  },

  'holds.queue': async (_input, ctx) => {
    // Only the claims waiting for a decision are loaded, not the whole project's (2,000 sold or
    // reserved units on a big site): the open ones, off their own index (0050); the state derived
    // from the events stays the authority on what is pending.
    const waiting = [...openClaimedHolds(ctx).values()].filter((h) => h.state === 'pending');
    const pending = (
      await loadHolds(
        ctx,
        waiting.map((h) => h.row.id),
      )
    )
      .filter((h) => h.state === 'pending')
      .sort((a, b) => a.row.id - b.row.id);
    return holdViews(ctx, pending, await viewerOf(ctx));
  },

  'holds.reports': async (_input, ctx) => {
    // A report is one event a hold may have; the live ones are those still holding their claim.
    const reported = await ctx.db
      .selectFrom('hold_events as e')
      .innerJoin('unit_claims as c', 'c.hold_id', 'e.hold_id')
      .select('e.hold_id')
      .where('e.kind', '=', 'reported')
      .execute();
    const open = (
      await loadHolds(
        ctx,
        reported.map((r) => r.hold_id),
      )
    )
      .filter((h) => (h.state === 'pending' || h.state === 'held') && !lapsed(h, ctx.now))
      .sort((a, b) => a.row.id - b.row.id);
    return holdViews(ctx, open, await viewerOf(ctx));
  },

  'holds.register': async (input, ctx) => {
    // The page is chosen in SQL (newest events first, older than the last line already shown,
    // the caller's own holds unless they read the whole 销控), then its holds, units, deposits
    // and the names are read once each: the cost is the page, not the five years behind it.
    const viewer = await viewerOf(ctx);
    const actor = ctx.actor;
    const page = selectRows(
      ctx.raw,
      ctx.db
        .selectFrom('hold_events as e')
        .innerJoin('holds as h', 'h.id', 'e.hold_id')
        .selectAll('e')
        .$if(input.kind !== undefined, (q) => q.where('e.kind', '=', input.kind!))
        .$if(input.unitId !== undefined, (q) => q.where('h.unit_id', '=', input.unitId!))
        .$if(input.businessDate !== undefined, (q) => q.where('e.business_date', '=', input.businessDate!))
        .$if(input.beforeId !== undefined, (q) => q.where('e.id', '<', input.beforeId!))
        .$if(viewer.level !== 'full', (q) =>
          q.where((eb) =>
            eb.or([eb('h.consultant_id', '=', actor!.id), eb('h.requested_by', '=', actor!.id)]),
          ),
        )
        .orderBy('e.id', 'desc')
        .limit(input.limit),
    );
    const names = ctx.staffNames();
    const holds = loadHoldHeads(
      ctx,
      page.map((e) => e.hold_id),
      names,
    );
    const units = unitNamesByIds(
      ctx,
      [...holds.values()].map((h) => h.row.unit_id),
    );
    const deposits = new Map(
      loadDeposits(ctx, {
        holdIds: page.filter((e) => e.kind === 'deposit').map((e) => e.hold_id),
      }).map((d) => [d.holdId, d]),
    );
    return page.flatMap((e) => {
      const hold = holds.get(e.hold_id)!;
      if (!mayRead(viewer, hold)) return [];
      return [toEventView(e, hold, units.get(hold.row.unit_id)!, viewer, names, deposits)];
    });
  },
} satisfies Partial<HandlersOf<'holds'>>;

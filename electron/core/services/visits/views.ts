import type { Selectable } from 'kysely';
import { inJson } from '../../../../db/rows';
import type { ReadableDB } from '../../../../db/access';
import type { VisitOutcome, VisitSlipsTable, VisitsTable, VisitUpdatesTable } from '../../../../db/schema';
import type { VisitView } from '../../../../shared/contract/visits';
import type { SlipPart } from '../../../../shared/domain/vocab';
import { AppError } from '../../../../shared/domain/errors';
import type { Actor, CallReader, ReadCallContext } from '../../context';
import { customerView, loadCustomers, seesOwnOnly } from '../customers/records';

export type VisitRow = Selectable<VisitsTable>;
type UpdateRow = Selectable<VisitUpdatesTable>;
export type SlipRow = Selectable<VisitSlipsTable>;

/** What a visit is now: the row plus its later entries, the latest of each kind winning. */
export interface VisitState {
  row: VisitRow;
  outcome: { id: number; value: VisitOutcome } | null;
  left: { id: number; at: string } | null;
  notes: string[];
  makeupGranted: boolean;
  /** The consultant's latest slip entry, and whether an earlier one was corrected. */
  slip: { row: SlipRow; corrected: boolean } | null;
}

/** What the visit's slip still lacks (000:691): the consultant's entry, the outcome, the leaving time. */
export function slipMissing(state: Pick<VisitState, 'slip' | 'outcome' | 'left'>): SlipPart[] {
  const missing: SlipPart[] = [];
  if (!state.slip) missing.push('slip');
  if (!state.outcome) missing.push('outcome');
  if (!state.left) missing.push('left');
  return missing;
}

export async function visitStates(db: ReadableDB, rows: VisitRow[]): Promise<VisitState[]> {
  if (rows.length === 0) return [];
  // The ids as one JSON parameter: a day's 150 visits bound one by one, twice, cost more than
  // the two index searches.
  const ids = inJson(rows.map((r) => r.id));
  const updates = await db
    .selectFrom('visit_updates')
    .selectAll()
    .where('visit_id', 'in', ids)
    .orderBy('id')
    .execute();
  const makeups = await db
    .selectFrom('rotation_events')
    .select('visit_id')
    .where('kind', '=', 'makeup')
    .where('visit_id', 'in', ids)
    .execute();
  const slips = await db
    .selectFrom('visit_slips')
    .selectAll()
    .where('visit_id', 'in', ids)
    .orderBy('id')
    .execute();
  const granted = new Set(makeups.map((m) => m.visit_id));
  const byVisit = new Map<number, UpdateRow[]>();
  for (const u of updates) byVisit.set(u.visit_id, [...(byVisit.get(u.visit_id) ?? []), u]);
  const slipsOf = new Map<number, SlipRow[]>();
  for (const e of slips) slipsOf.set(e.visit_id, [...(slipsOf.get(e.visit_id) ?? []), e]);
  return rows.map((row) => {
    const mine = byVisit.get(row.id) ?? [];
    const lastOutcome = mine.filter((u) => u.kind === 'outcome').at(-1);
    const lastLeft = mine.filter((u) => u.kind === 'left').at(-1);
    const entries = slipsOf.get(row.id) ?? [];
    const lastSlip = entries.at(-1);
    return {
      slip: lastSlip ? { row: lastSlip, corrected: entries.length > 1 } : null,
      row,
      outcome: lastOutcome ? { id: lastOutcome.id, value: lastOutcome.outcome! } : null,
      left: lastLeft ? { id: lastLeft.id, at: lastLeft.left_at! } : null,
      notes: [row.notes, ...mine.filter((u) => u.kind === 'note').map((u) => u.note)].filter(
        (n): n is string => n !== null,
      ),
      makeupGranted: granted.has(row.id),
    };
  });
}

export async function requireVisit(db: ReadableDB, id: number): Promise<VisitState> {
  const row = await db.selectFrom('visits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('VISIT_NOT_FOUND', { id });
  return (await visitStates(db, [row]))[0]!;
}

export async function visitViews(
  ctx: CallReader & Partial<Pick<ReadCallContext, 'raw'>>,
  states: VisitState[],
  actor: Actor | null,
): Promise<VisitView[]> {
  const names = ctx.staffNames();
  // a page of visitors' customers is read as arrays where the call's raw handle is at hand
  const customers = await loadCustomers(
    ctx.db,
    states.map((s) => s.row.customer_id),
    ctx.raw,
  );
  return states.map(({ row, outcome, left, notes, makeupGranted, slip }) => ({
    id: row.id,
    customer: customerView(customers.get(row.customer_id)!, actor, names),
    arrivedAt: row.arrived_at,
    businessDate: row.business_date,
    partySize: row.party_size,
    channel: row.channel,
    returning: row.is_returning === 1,
    consultantId: row.consultant_id,
    consultantName: names.get(row.consultant_id) ?? '',
    chosenBy: row.chosen_by,
    intentLayout: row.intent_layout,
    intentAreaSqm: row.intent_area_sqm,
    intentBudgetFen: row.intent_budget_fen,
    outcome: outcome?.value ?? null,
    leftAt: left?.at ?? null,
    notes,
    makeupGranted,
    recordedBy: names.get(row.recorded_by) ?? '',
    slip: slip && {
      channel: slip.row.channel,
      intentLayout: slip.row.intent_layout,
      intentAreaSqm: slip.row.intent_area_sqm,
      intentBudgetFen: slip.row.intent_budget_fen,
      at: slip.row.at,
      corrected: slip.corrected,
    },
    slipMissing: slipMissing({ slip, outcome, left }),
  }));
}

export async function visitView(ctx: CallReader, id: number, actor: Actor | null): Promise<VisitView> {
  return (await visitViews(ctx, [await requireVisit(ctx.db, id)], actor))[0]!;
}

/** A business date's visits in arrival order, phones masked (no viewer: exports mask, SPEC §2). */
export async function visitsOn(ctx: CallReader, date: string): Promise<VisitView[]> {
  const rows = await ctx.db
    .selectFrom('visits')
    .selectAll()
    .where('business_date', '=', date)
    .orderBy('arrived_at')
    .orderBy('id')
    .execute();
  return visitViews(ctx, await visitStates(ctx.db, rows), null);
}

/**
 * The visits of a date that `actor` may see (`visits.day`), in arrival order: a consultant without
 * a desk role sees the visitors they received and the customers they own.
 */
export async function visibleVisitsOn(ctx: CallReader, date: string, actor: Actor): Promise<VisitView[]> {
  const rows = await ctx.db
    .selectFrom('visits')
    .selectAll()
    .where('business_date', '=', date)
    .orderBy('arrived_at')
    .orderBy('id')
    .execute();
  const views = await visitViews(ctx, await visitStates(ctx.db, rows), actor);
  if (!seesOwnOnly(actor)) return views;
  return views.filter((v) => v.consultantId === actor.id || v.customer.ownerId === actor.id);
}

/** One line of a date's review (the guided close): when, and who was received by whom. */
export interface VisitReviewLine {
  at: string;
  customerName: string;
  consultantName: string;
}

/**
 * A date's visits as the day close reviews them: the same visits `visits.day` lists for `actor`,
 * in arrival order (the list shows the latest first), but only arrival, customer and consultant — one joined
 * read instead of each visit's full view (its updates, the customer's owner and counts). A
 * consultant who sees only their own visitors needs each customer's owner: theirs is the full
 * list, filtered as `visits.day` filters it.
 */
export async function visitsReviewOn(
  ctx: CallReader,
  date: string,
  actor: Actor,
): Promise<VisitReviewLine[]> {
  const names = ctx.staffNames();
  const consultantName = (id: number) => names.get(id) ?? '';
  if (seesOwnOnly(actor)) {
    return (await visibleVisitsOn(ctx, date, actor)).map((v) => ({
      at: v.arrivedAt,
      customerName: v.customer.name,
      consultantName: v.consultantName,
    }));
  }
  const rows = await ctx.db
    .selectFrom('visits as v')
    .innerJoin('customers as c', 'c.id', 'v.customer_id')
    .select(['v.arrived_at', 'v.consultant_id', 'c.name'])
    .where('v.business_date', '=', date)
    .orderBy('v.arrived_at')
    .orderBy('v.id')
    .execute();
  return rows.map((r) => ({
    at: r.arrived_at,
    customerName: r.name,
    consultantName: consultantName(r.consultant_id),
  }));
}

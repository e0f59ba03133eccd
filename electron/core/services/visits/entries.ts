import type { VisitOutcome } from '../../../../db/schema';
import type { InputOf } from '../../../../shared/contract';
import { AppError } from '../../../../shared/domain/errors';
import type { CallContext, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import { loadCustomers, seesOwnOnly } from '../customers/records';
import { requireVisit, visitStates, visitView, visitViews, type VisitState } from './views';

/**
 * The later entries on a visit's slip (visit_updates): the outcome, the leaving time, notes.
 * Nothing is overwritten: an entry that replaces an earlier one names it and gives a reason.
 */

/** Consultants write only on the slips of the visitors they received. */
export async function visitToWrite(ctx: ReadCallContext, visitId: number): Promise<VisitState> {
  const actor = requireActor(ctx);
  const state = await requireVisit(ctx.db, visitId);
  if (seesOwnOnly(actor) && state.row.consultant_id !== actor.id) throw new AppError('NOT_YOUR_VISIT');
  return state;
}

export async function appendUpdate(
  ctx: CallContext,
  visitId: number,
  entry: {
    kind: 'outcome' | 'left' | 'note';
    outcome?: VisitOutcome;
    leftAt?: string;
    note?: string;
    correctsId?: number | null;
    reason?: string | null;
  },
): Promise<void> {
  await ctx.writer.insert('visit_updates', {
    visit_id: visitId,
    kind: entry.kind,
    outcome: entry.outcome ?? null,
    left_at: entry.leftAt ?? null,
    note: entry.note ?? null,
    corrects_id: entry.correctsId ?? null,
    reason: entry.correctsId ? (entry.reason ?? null) : null,
    at: ctx.at,
    business_date: ctx.businessDate,
    actor_id: requireActor(ctx).id,
  });
}

function checkLeftAt(ctx: ReadCallContext, state: VisitState, leftAt: string): void {
  if (leftAt > ctx.at) throw new AppError('LEFT_IN_FUTURE');
  if (leftAt < state.row.arrived_at) throw new AppError('LEFT_BEFORE_ARRIVAL');
}

export async function leave(ctx: CallContext, input: InputOf<'visits.leave'>) {
  const state = await visitToWrite(ctx, input.visitId);
  const leftAt = input.leftAt ?? ctx.at;
  checkLeftAt(ctx, state, leftAt);
  if (state.left && !input.reason) throw new AppError('CORRECTION_REASON_REQUIRED');
  await appendUpdate(ctx, state.row.id, {
    kind: 'left',
    leftAt,
    correctsId: state.left?.id ?? null,
    reason: input.reason ?? null,
  });
  return visitView(ctx, state.row.id, ctx.actor);
}

/**
 * Several parties left at once (the close offers it for those with no leaving time). All or
 * nothing: a party that has left meanwhile (another window) refuses the whole step, by name.
 */
export async function markLeft(ctx: CallContext, input: InputOf<'visits.markLeft'>) {
  const actor = requireActor(ctx);
  const ids = [...new Set(input.visitIds)];
  const rows = await ctx.db.selectFrom('visits').selectAll().where('id', 'in', ids).execute();
  const missing = ids.find((id) => !rows.some((r) => r.id === id));
  if (missing !== undefined) throw new AppError('VISIT_NOT_FOUND', { id: missing });
  const states = await visitStates(ctx.db, rows);
  const leftAt = input.leftAt ?? ctx.at;
  const gone = states.find((s) => s.left !== null);
  if (gone) {
    const customers = await loadCustomers(ctx.db, [gone.row.customer_id]);
    throw new AppError('VISIT_ALREADY_LEFT', { name: customers.get(gone.row.customer_id)?.name ?? '' });
  }
  for (const state of states) {
    checkLeftAt(ctx, state, leftAt);
    await appendUpdate(ctx, state.row.id, { kind: 'left', leftAt });
  }
  return { visits: await visitViews(ctx, await visitStates(ctx.db, rows), actor) };
}

export async function amend(ctx: CallContext, input: InputOf<'visits.amend'>) {
  const state = await visitToWrite(ctx, input.visitId);
  if (!input.outcome && !input.note) throw new AppError('NOTHING_TO_AMEND');
  if (input.outcome && input.outcome !== state.outcome?.value) {
    if (state.outcome && !input.reason) throw new AppError('CORRECTION_REASON_REQUIRED');
    await appendUpdate(ctx, state.row.id, {
      kind: 'outcome',
      outcome: input.outcome,
      correctsId: state.outcome?.id ?? null,
      reason: input.reason ?? null,
    });
  }
  if (input.note) await appendUpdate(ctx, state.row.id, { kind: 'note', note: input.note });
  return visitView(ctx, state.row.id, ctx.actor);
}

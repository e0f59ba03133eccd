import type { IncompleteSlips, VisitLine } from '../../../../shared/contract/visits';
import type { InputOf } from '../../../../shared/contract';
import { addDays } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { sql } from 'kysely';
import { allColumns, jsonTable, queryText, rowObjects } from '../../../../db/rows';
import type { Actor, CallContext, CallReader, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import { verifyCountersign } from '../../auth/secretChecks';
import { customerNames, seesOwnOnly } from '../customers/records';
import { checkChannel } from './channels';
import { appendUpdate } from './entries';
import { requireVisit, slipMissing, visitStates, visitView, type VisitRow, type VisitState } from './views';

/**
 * The visitor slip 来人条 completed by the consultant who received the visitor (000:691; 004:243:
 * the consultant asks a new customer how they heard of the project). Each part is an entry of
 * its own — the slip (channel as the customer tells it, intent), the outcome, the leaving time —
 * and a part already written is changed only by a later entry that names it and gives a reason.
 * At a session other than the consultant's own (the shared desk PC), the consultant types their
 * PIN into the same dialog.
 */
export async function completeSlip(ctx: CallContext, input: InputOf<'visits.completeSlip'>) {
  const actor = requireActor(ctx);
  const state = await requireVisit(ctx.db, input.visitId);
  const consultantId = state.row.consultant_id;
  if (actor.id !== consultantId) {
    const name = ctx.staffNames().get(consultantId) ?? '';
    if (!input.countersign) throw new AppError('SLIP_CONSULTANT_PIN', { name });
    if (input.countersign.userId !== consultantId) throw new AppError('SLIP_NOT_THEIRS', { name });
    ctx.countersigner = await verifyCountersign(ctx, input.countersign, ['consultant']);
  }
  checkChannel(ctx, input.channel);
  const leftAt = input.leftAt ?? state.left?.at ?? ctx.at;
  if (leftAt > ctx.at) throw new AppError('LEFT_IN_FUTURE');
  if (leftAt < state.row.arrived_at) throw new AppError('LEFT_BEFORE_ARRIVAL');

  const slip = {
    channel: input.channel,
    intent_layout: input.intentLayout ?? null,
    intent_area_sqm: input.intentAreaSqm ?? null,
    intent_budget_fen: input.intentBudgetFen ?? null,
  };
  const before = state.slip?.row;
  const slipChanged =
    !before ||
    before.channel !== slip.channel ||
    before.intent_layout !== slip.intent_layout ||
    before.intent_area_sqm !== slip.intent_area_sqm ||
    before.intent_budget_fen !== slip.intent_budget_fen;
  const outcomeChanged = state.outcome?.value !== input.outcome;
  const leftChanged = state.left?.at !== leftAt;
  if (!slipChanged && !outcomeChanged && !leftChanged) throw new AppError('NOTHING_TO_AMEND');
  const corrects =
    (before && slipChanged) || (state.outcome && outcomeChanged) || (state.left && leftChanged);
  if (corrects && !input.reason) throw new AppError('CORRECTION_REASON_REQUIRED');
  const reason = corrects ? input.reason! : null;

  if (slipChanged) {
    await ctx.writer.insert('visit_slips', {
      visit_id: state.row.id,
      consultant_id: consultantId,
      ...slip,
      corrects_id: before?.id ?? null,
      reason: before ? reason : null,
      at: ctx.at,
      business_date: ctx.businessDate,
      actor_id: actor.id,
    });
  }
  if (outcomeChanged) {
    await appendUpdate(ctx, state.row.id, {
      kind: 'outcome',
      outcome: input.outcome,
      correctsId: state.outcome?.id ?? null,
      reason,
    });
  }
  if (leftChanged) {
    await appendUpdate(ctx, state.row.id, {
      kind: 'left',
      leftAt,
      correctsId: state.left?.id ?? null,
      reason,
    });
  }
  return visitView(ctx, state.row.id, actor);
}

/** The longest span of business dates one look at incomplete slips covers. */
export const SLIP_RANGE_DAYS = 62;

/** A call's reader with its raw handle: a day's visits (a busy day's 150) are read as arrays. */
type SlipReader = CallReader & Pick<ReadCallContext, 'raw'>;

/** Visits of some business dates as lines: who, when, what the slip lacks. */
function visitLines(ctx: SlipReader, states: VisitState[]): VisitLine[] {
  const names = ctx.staffNames();
  const customers = customerNames(
    ctx,
    states.map((s) => s.row.customer_id),
  );
  return states.map((s) => ({
    visitId: s.row.id,
    businessDate: s.row.business_date,
    arrivedAt: s.row.arrived_at,
    customerName: customers.get(s.row.customer_id) ?? '',
    partySize: s.row.party_size,
    consultantId: s.row.consultant_id,
    consultantName: names.get(s.row.consultant_id) ?? '',
    slipMissing: slipMissing(s),
  }));
}

/** A visit's row, every column, in this order (read with jsonTable). */
const VISIT_COLUMNS = allColumns<VisitRow>()(
  'id',
  'customer_id',
  'arrived_at',
  'business_date',
  'party_size',
  'channel',
  'is_returning',
  'consultant_id',
  'chosen_by',
  'intent_layout',
  'intent_area_sqm',
  'intent_budget_fen',
  'notes',
  'recorded_at',
  'recorded_by',
  'audit_id',
);
// The dates' visits as one JSON text (jsonTable) by a query text built once: a busy day's 150
// rows of 16 columns crossed from SQLite a value at a time cost more than the search.
const VISITS_BETWEEN = queryText((db) =>
  db
    .selectFrom('visits')
    .select((eb) =>
      eb.fn
        .agg<string | null>('json_group_array', [
          eb.fn(
            'json_array',
            VISIT_COLUMNS.map((c) => eb.ref(c)),
          ),
        ])
        .orderBy('arrived_at')
        .orderBy('id')
        .as('rows'),
    )
    .where('business_date', '>=', sql<string>`?`)
    .where('business_date', '<=', sql<string>`?`),
);

async function statesBetween(ctx: SlipReader, from: string, to: string): Promise<VisitState[]> {
  const rows = rowObjects<VisitRow>(jsonTable(ctx.raw, VISITS_BETWEEN(ctx.db), [from, to]), VISIT_COLUMNS);
  return visitStates(ctx.db, rows);
}

function perConsultant(lines: VisitLine[]): IncompleteSlips {
  const incomplete = lines.filter((l) => l.slipMissing.length > 0);
  const groups = new Map<number, VisitLine[]>();
  for (const line of incomplete)
    groups.set(line.consultantId, [...(groups.get(line.consultantId) ?? []), line]);
  const byConsultant = [...groups.entries()]
    .map(([consultantId, visits]) => ({
      consultantId,
      name: visits[0]!.consultantName,
      count: visits.length,
      visits,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'zh-CN'));
  return { total: incomplete.length, byConsultant };
}

/** The slips not yet completed over some business dates, per consultant; a consultant sees their own. */
export async function incompleteSlips(
  ctx: SlipReader,
  actor: Actor,
  from: string,
  to: string,
): Promise<IncompleteSlips> {
  if (from > to) throw new AppError('DATES_REVERSED', { from, to });
  if (addDays(from, SLIP_RANGE_DAYS - 1) < to)
    throw new AppError('DATE_RANGE_TOO_LONG', { days: SLIP_RANGE_DAYS });
  const lines = visitLines(ctx, await statesBetween(ctx, from, to));
  return perConsultant(seesOwnOnly(actor) ? lines.filter((l) => l.consultantId === actor.id) : lines);
}

/**
 * What the close shows of a date's visitors: the parties with no leaving time (it offers to mark
 * them left in one step) and the slips not yet completed, per consultant.
 */
export async function closeReview(ctx: SlipReader, date: string) {
  const lines = visitLines(ctx, await statesBetween(ctx, date, date));
  return {
    businessDate: date,
    inOffice: lines.filter((l) => l.slipMissing.includes('left')),
    incompleteSlips: perConsultant(lines),
  };
}

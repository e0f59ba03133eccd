import type { VisitOutcome } from '../../../../db/schema';
import type { Proposal } from '../../../../shared/contract/visits';
import { businessDateOf } from '../../../../shared/domain/businessDate';
import { AppError } from '../../../../shared/domain/errors';
import { normalizePhone } from '../../../../shared/domain/phone';
import type { CallContext, ReadCallContext } from '../../context';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { invitedOn } from '../calls';
import {
  customerByPhone,
  customerView,
  findOrCreateCustomer,
  phoneInput,
  seesOwnOnly,
  type CustomerRecord,
} from '../customers/records';
import { raiseClaim } from '../customers/ownership';
import {
  consultantIn,
  consumeTurn,
  dayRotation,
  rotationViewOf,
  staffOf,
  type DayQueue,
  type Staff,
} from '../rotation';
import { analysisHandlers } from './analysis';
import { visitorPage } from './visitorList';
import { requireVisit, visitView, type VisitState } from './views';
import { isClosed } from '../../closedDateQueries';

/**
 * Reception (004:233-255): the desk asks whether the visitor has dealt with one of our
 * consultants. A named consultant, or the owner recognised by phone, receives without taking a
 * rotation turn; anyone else is new and goes to the consultant whose turn it is, who moves to the
 * end. A named consultant who is not the owner raises an ownership dispute for the manager.
 */
interface Reception {
  consultant: { id: number; name: string };
  chosenBy: 'rotation' | 'owner' | 'named';
  ownerOffDuty: boolean;
  disputes: boolean;
}

/** Decided on the day's rotation and the staff as this call read them (one read of each). */
function decideReception(
  queue: DayQueue,
  staff: Staff,
  customer: CustomerRecord | null,
  namedConsultantId: number | undefined,
): Reception {
  const ownerId = customer?.ownerId ?? null;
  if (namedConsultantId !== undefined) {
    const named = consultantIn(staff, namedConsultantId);
    if (!queue.order.includes(named.id)) throw new AppError('CONSULTANT_NOT_ON_DUTY', { name: named.name });
    return {
      consultant: named,
      chosenBy: 'named',
      ownerOffDuty: false,
      disputes: ownerId !== null && ownerId !== named.id,
    };
  }
  const ownerOnDuty = ownerId !== null && queue.order.includes(ownerId);
  if (ownerId !== null && ownerOnDuty) {
    return {
      consultant: { id: ownerId, name: staff.names.get(ownerId) ?? '' },
      chosenBy: 'owner',
      ownerOffDuty: false,
      disputes: false,
    };
  }
  if (!queue.set) throw new AppError('ROTATION_NOT_SET');
  if (queue.next === null) throw new AppError('NO_CONSULTANT_AVAILABLE');
  return {
    consultant: { id: queue.next, name: staff.names.get(queue.next) ?? '' },
    chosenBy: 'rotation',
    ownerOffDuty: ownerId !== null,
    disputes: false,
  };
}

async function checkArrival(ctx: ReadCallContext, arrivedAt: string): Promise<void> {
  if (arrivedAt > ctx.at) throw new AppError('ARRIVAL_IN_FUTURE');
  const arrivalDate = businessDateOf(new Date(arrivedAt), ctx.settings.dayCutoff);
  if (arrivalDate !== ctx.businessDate) {
    // A visitor after the evening close belongs to a closed day's rotation: say so plainly.
    if (await isClosed(ctx.db, arrivalDate)) throw new AppError('DAY_CLOSED', { date: arrivalDate });
    throw new AppError('ARRIVAL_NOT_TODAY', { date: ctx.businessDate });
  }
}

export function checkChannel(ctx: ReadCallContext, channel: string): void {
  if (!ctx.settings.visitChannels.includes(channel)) throw new AppError('VISIT_CHANNEL_UNKNOWN', { channel });
}

/** Consultants write only on the slips of the visitors they received. */
async function visitToWrite(ctx: ReadCallContext, visitId: number): Promise<VisitState> {
  const actor = requireActor(ctx);
  const state = await requireVisit(ctx.db, visitId);
  if (seesOwnOnly(actor) && state.row.consultant_id !== actor.id) throw new AppError('NOT_YOUR_VISIT');
  return state;
}

async function appendUpdate(
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

/** Visitors (来访): reception by rotation or owner, the slip's later entries, the day's list. */
export const visitsHandlers: HandlersOf<'visits'> = {
  'visits.propose': async (input, ctx): Promise<Proposal> => {
    const actor = requireActor(ctx);
    const phone = input.phone ? normalizePhone(input.phone) : null;
    const customer = phone ? await customerByPhone(ctx.db, phone) : null;
    const staff = await staffOf(ctx);
    const view = customer ? customerView(customer, actor, staff.names) : null;
    const base = {
      phoneValid: !input.phone || phone !== null,
      customer: view,
      returning: (customer?.visits ?? 0) > 0 || input.namedConsultantId !== undefined,
    };
    try {
      const today = await dayRotation(ctx.db, ctx.businessDate);
      const r = decideReception(today.queue, staff, customer, input.namedConsultantId);
      return { ...base, ...r, refusal: null };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return {
        ...base,
        consultant: null,
        chosenBy: null,
        ownerOffDuty: false,
        disputes: false,
        refusal: { code: error.code, params: error.params },
      };
    }
  },

  'visits.record': async (input, ctx) => {
    const actor = requireActor(ctx);
    if (input.partySize < 1 || input.partySize > 50) throw new AppError('PARTY_SIZE');
    const phone = phoneInput(input.phone);
    const arrivedAt = input.arrivedAt ?? ctx.at;
    await checkArrival(ctx, arrivedAt);
    checkChannel(ctx, input.channel);
    const known = phone ? await customerByPhone(ctx.db, phone) : null;
    // The day's rotation and the staff are read once: the decision, the turn and the panel
    // returned all use them (the call holds the write lock; its own event is added, not re-read).
    const today = await dayRotation(ctx.db, ctx.businessDate);
    const staff = await staffOf(ctx);
    const reception = decideReception(today.queue, staff, known, input.namedConsultantId);
    if (input.expectedConsultantId !== undefined && input.expectedConsultantId !== reception.consultant.id) {
      throw new AppError('ROTATION_MOVED', { name: reception.consultant.name });
    }
    const customer = known ?? (await findOrCreateCustomer(ctx, input.customerName, phone));
    const row = await ctx.writer.insert('visits', {
      customer_id: customer.id,
      arrived_at: arrivedAt,
      business_date: ctx.businessDate,
      party_size: input.partySize,
      channel: input.channel,
      is_returning: customer.visits > 0 || reception.chosenBy === 'named' ? 1 : 0,
      consultant_id: reception.consultant.id,
      chosen_by: reception.chosenBy,
      intent_layout: input.intentLayout ?? null,
      intent_area_sqm: input.intentAreaSqm ?? null,
      intent_budget_fen: input.intentBudgetFen ?? null,
      notes: input.notes ?? null,
      recorded_at: ctx.at,
      recorded_by: actor.id,
    });
    const visitId = row.id;
    const after =
      reception.chosenBy === 'rotation'
        ? await consumeTurn(ctx, today, reception.consultant.id, visitId)
        : today;
    const disputeId = reception.disputes
      ? await raiseClaim(ctx, {
          customerId: customer.id,
          claimantId: reception.consultant.id,
          visitId,
          note: null,
        })
      : null;
    return {
      visit: await visitView(ctx, visitId, actor),
      disputeId,
      rotation: await rotationViewOf(ctx, after, staff),
    };
  },

  'visits.leave': async (input, ctx) => {
    const state = await visitToWrite(ctx, input.visitId);
    const leftAt = input.leftAt ?? ctx.at;
    if (leftAt > ctx.at) throw new AppError('LEFT_IN_FUTURE');
    if (leftAt < state.row.arrived_at) throw new AppError('LEFT_BEFORE_ARRIVAL');
    if (state.left && !input.reason) throw new AppError('CORRECTION_REASON_REQUIRED');
    await appendUpdate(ctx, state.row.id, {
      kind: 'left',
      leftAt,
      correctsId: state.left?.id ?? null,
      reason: input.reason ?? null,
    });
    return visitView(ctx, state.row.id, ctx.actor);
  },

  'visits.amend': async (input, ctx) => {
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
  },

  'visits.day': async (input, ctx) => {
    const actor = requireActor(ctx);
    const date = input.date ?? ctx.businessDate;
    const page = await visitorPage(ctx, date, actor, input);
    return { date, ...page, invited: await invitedOn(ctx, date) };
  },

  ...analysisHandlers,
};

export const visitsService: ServiceModule<'visits'> = {
  handlers: visitsHandlers,
};

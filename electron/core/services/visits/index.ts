import type { Proposal } from '../../../../shared/contract/visits';
import { AppError } from '../../../../shared/domain/errors';
import { normalizePhone } from '../../../../shared/domain/phone';
import type { CallContext } from '../../context';
import { requireActor } from '../../context';
import type { HandlersOf, ServiceModule } from '../../handler';
import { closedThisEvening } from '../../closedDates';
import { localTime } from '../../clock';
import { postNotification } from '../../notifications';
import { invitedOn } from '../calls';
import { customerByPhone, customerView, findOrCreateCustomer, phoneInput } from '../customers/records';
import { raiseClaim } from '../customers/ownership';
import {
  consumeTurn,
  receivingRotation,
  rotationToWrite,
  rotationView,
  rotationViewOf,
  staffOf,
} from '../rotation';
import { analysisHandlers } from './analysis';
import { checkChannel } from './channels';
import { amend, leave, markLeft } from './entries';
import { checkArrival, decideReception, type Reception } from './reception';
import { closeReview, completeSlip, incompleteSlips } from './slips';
import { visitorPage } from './visitorList';
import { visitView } from './views';

/** "登记并通知顾问": the consultant a visitor is handed to is told, by name, why it is them. */
const RECEIVE_TITLE = {
  rotation: 'visitorByRotation',
  owner: 'visitorYourCustomer',
  named: 'visitorNamedYou',
} as const satisfies Record<Reception['chosenBy'], string>;

async function notifyConsultant(
  ctx: CallContext,
  reception: Reception,
  visit: { customerName: string; partySize: number; arrivedAt: string },
): Promise<void> {
  await postNotification(ctx, {
    kind: 'visitor_to_receive',
    severity: 'info',
    titleKey: RECEIVE_TITLE[reception.chosenBy],
    params: {
      customer: visit.customerName,
      party: visit.partySize,
      at: localTime(visit.arrivedAt),
      desk: requireActor(ctx).name,
    },
    forRoles: [],
    forUsers: [reception.consultant.id],
  });
}

/** Visitors (来访): reception by rotation or owner, the slip and its entries, the day's list. */
export const visitsHandlers: HandlersOf<'visits'> = {
  'visits.propose': async (input, ctx): Promise<Proposal> => {
    const actor = requireActor(ctx);
    const phone = input.phone ? normalizePhone(input.phone) : null;
    const customer = phone ? await customerByPhone(ctx.db, phone) : null;
    const staff = await staffOf(ctx);
    const view = customer ? customerView(customer, actor, staff.names) : null;
    const base = { phoneValid: !input.phone || phone !== null, customer: view };
    try {
      const { queue } = await receivingRotation(ctx);
      const r = decideReception(queue, staff, customer, input.namedConsultantId, ctx.settings.ownership);
      return {
        ...base,
        returning: r.returning,
        consultant: r.consultant,
        chosenBy: r.chosenBy,
        ownerOffDuty: r.ownerOffDuty,
        disputes: r.disputes,
        ownershipQuestion: r.ownershipQuestion,
        refusal: null,
      };
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return {
        ...base,
        returning: input.namedConsultantId !== undefined,
        consultant: null,
        chosenBy: null,
        ownerOffDuty: false,
        disputes: false,
        ownershipQuestion: false,
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
    // The rotation and the staff are read once: the decision, the turn and the panel returned
    // all use them (the call holds the write lock; its own events are added, not re-read).
    const receiving = await receivingRotation(ctx);
    const staff = await staffOf(ctx);
    const reception = decideReception(
      receiving.queue,
      staff,
      known,
      input.namedConsultantId,
      ctx.settings.ownership,
    );
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
      is_returning: reception.returning ? 1 : 0,
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
    const disputeId =
      reception.disputes || reception.ownershipQuestion
        ? await raiseClaim(ctx, {
            customerId: customer.id,
            claimantId: reception.consultant.id,
            visitId,
            note: null,
          })
        : null;
    await notifyConsultant(ctx, reception, {
      customerName: customer.name,
      partySize: input.partySize,
      arrivedAt,
    });
    let rotation;
    if (reception.chosenBy === 'rotation') {
      const today = await rotationToWrite(ctx, receiving);
      rotation = await rotationViewOf(
        ctx,
        await consumeTurn(ctx, today, reception.consultant.id, visitId),
        staff,
      );
    } else {
      rotation = receiving.carried
        ? await rotationView(ctx)
        : await rotationViewOf(ctx, receiving.today, staff);
    }
    return { visit: await visitView(ctx, visitId, actor), disputeId, rotation };
  },

  'visits.leave': (input, ctx) => leave(ctx, input),
  'visits.markLeft': (input, ctx) => markLeft(ctx, input),
  'visits.amend': (input, ctx) => amend(ctx, input),
  'visits.completeSlip': (input, ctx) => completeSlip(ctx, input),

  'visits.day': async (input, ctx) => {
    const actor = requireActor(ctx);
    const date = input.date ?? ctx.businessDate;
    // After the evening's close, the closed date's parties still in the office stay on the list.
    const carriedFrom = date === ctx.businessDate ? closedThisEvening(ctx) : [];
    const page = await visitorPage(ctx, date, actor, { ...input, carriedFrom });
    return { date, ...page, invited: await invitedOn(ctx, date) };
  },

  'visits.closeReview': (input, ctx) => closeReview(ctx, input.businessDate),

  'visits.incompleteSlips': async (input, ctx) => {
    const to = input.to ?? ctx.businessDate;
    const from = input.from ?? to;
    return { from, to, ...(await incompleteSlips(ctx, requireActor(ctx), from, to)) };
  },

  ...analysisHandlers,
};

export const visitsService: ServiceModule<'visits'> = {
  handlers: visitsHandlers,
};
